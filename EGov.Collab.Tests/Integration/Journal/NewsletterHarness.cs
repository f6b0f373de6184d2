using EGov.Collab.App.Live;
using System.Collections.Concurrent;
using EGov.Collab.App.Common;
using EGov.Collab.App.Journal;
using EGov.Collab.App.Journal.Newsletter;
using EGov.Collab.App.Mail;
using EGov.Collab.Data;
using EGov.Collab.Data.Common;
using EGov.Collab.Data.Sqlite;
using EGov.Collab.Domain.Common;
using EGov.Collab.Domain.Journal;
using EGov.Collab.Tests.Support;
using Microsoft.AspNetCore.DataProtection;
using Microsoft.Data.Sqlite;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Hosting.Internal;
using Microsoft.Extensions.Logging;

namespace EGov.Collab.Tests.Integration.Journal;

/// <summary>
/// The newsletter's services over a SQLite file (WAL, so concurrent workers really contend) and MailKit SMTP to a
/// loopback aiosmtpd. Chunk jobs are recorded instead of given to Hangfire, so a test decides who runs them and when.
/// </summary>
public sealed class NewsletterHarness : IAsyncDisposable
{
    private readonly string _folder;
    private readonly ServiceProvider _services;

    private NewsletterHarness(string folder, ServiceProvider services, SmtpCapture smtp)
    {
        _folder = folder;
        _services = services;
        Smtp = smtp;
    }

    public static readonly DateTimeOffset Start = new(2026, 11, 23, 7, 0, 0, TimeSpan.Zero);

    public SmtpCapture Smtp { get; }

    public TestClock Clock { get; } = new(Start);

    public RecordingChunkScheduler Chunks { get; } = new();

    public IServiceProvider Services => _services;

    public static async Task<NewsletterHarness> StartAsync(int chunkSize = 7, Func<IMailSender, IMailSender>? wrapSender = null)
    {
        var smtp = await SmtpCapture.StartAsync();
        var folder = Path.Combine(Path.GetTempPath(), "egov-collab-newsletter", Guid.NewGuid().ToString("N"));
        Directory.CreateDirectory(folder);
        var connection = $"Data Source={Path.Combine(folder, "newsletter.db")};Default Timeout=60";
        var configuration = new ConfigurationBuilder().AddInMemoryCollection(new Dictionary<string, string?>
        {
            ["Mail:Smtp:Host"] = "127.0.0.1",
            ["Mail:Smtp:Port"] = smtp.Port.ToString(System.Globalization.CultureInfo.InvariantCulture),
            ["Mail:Smtp:UseTls"] = "false",
            ["Portal:PublicUrl"] = "https://egov.example.ua",
            ["Newsletter:ChunkSize"] = chunkSize.ToString(System.Globalization.CultureInfo.InvariantCulture),
            ["Newsletter:Parallelism"] = "3",
        }).Build();

        NewsletterHarness? harness = null;
        var services = new ServiceCollection();
        services.AddSingleton<IConfiguration>(configuration);
        services.AddSingleton<IHostEnvironment>(new HostingEnvironment { EnvironmentName = Environments.Production });
        services.AddLogging(b => b.SetMinimumLevel(LogLevel.Warning));
        services.AddDataProtection().UseEphemeralDataProtectionProvider();
        services.AddDbContextFactory<SqliteCollabDbContext>(o => o.UseSqlite(connection));
        services.AddSingleton<IDbContextFactory<CollabDbContext>>(sp => new Upcast(sp.GetRequiredService<IDbContextFactory<SqliteCollabDbContext>>()));
        services.AddSingleton(new PortalPaths(folder));
        services.AddMail(configuration);
        if (wrapSender is not null)
        {
            services.AddSingleton<SmtpMailSender>();
            services.AddSingleton(sp => wrapSender(sp.GetRequiredService<SmtpMailSender>()));
        }
        services.AddNewsletterCore();
        services.AddSingleton<TimeProvider>(_ => harness!.Clock);
        services.AddSingleton<INewsletterChunkScheduler>(_ => harness!.Chunks);
        // Validated as built: a service of the newsletter's core that cannot be made fails every newsletter test here.
        var provider = services.BuildServiceProvider(new ServiceProviderOptions { ValidateOnBuild = true, ValidateScopes = true });
        harness = new NewsletterHarness(folder, provider, smtp);

        await using var db = harness.CreateContext();
        await db.Database.MigrateAsync();
        await db.Database.ExecuteSqlRawAsync("PRAGMA journal_mode=WAL;");
        return harness;
    }

    public CollabDbContext CreateContext() => _services.GetRequiredService<IDbContextFactory<CollabDbContext>>().CreateDbContext();

    public T Get<T>() where T : notnull => _services.CreateScope().ServiceProvider.GetRequiredService<T>();

    /// <summary>A section, an author and one published Ukrainian article; returns the article's title.</summary>
    public async Task<string> PublishArticleAsync(string title = "Громади переходять на е-послуги: її досвід і їхні цифри")
    {
        await using var db = CreateContext();
        var section = await db.JournalSections.FirstOrDefaultAsync();
        if (section is null)
        {
            section = Section.Create("news", "Новини", "News", 0);
            db.JournalSections.Add(section);
        }
        var author = await db.Users.FirstOrDefaultAsync();
        if (author is null)
        {
            author = new EGov.Collab.Data.Common.Member { Id = Guid.CreateVersion7(), UserName = "editor@test.ua", Email = "editor@test.ua", FullName = "Ольга Мороз" };
            db.Users.Add(author);
        }
        var text = "Текст статті: громади, послуги, ґанок і їжак.";
        var article = Article.Publish(new ArticleContent(section.Id, title, "Анонс українською", $"<p>{text}</p>", text, ["послуги"], "uk", Audiences.All),
            author.Id, author.FullName, Clock.GetUtcNow().AddHours(-1)).Value;
        db.JournalArticles.Add(article);
        await db.SaveChangesAsync();
        return title;
    }

    /// <summary>Subscribers named <paramref name="prefix"/>N@test.ua spread over audiences and languages.</summary>
    /// <summary>A member, by default holding the journal's editor role (the module and its organisation made once).</summary>
    public async Task<Member> EditorAsync(string email = "olha.editor@test.ua", bool grant = true)
    {
        await using var db = CreateContext();
        var member = new Member { Id = Guid.CreateVersion7(), UserName = email, Email = email, FullName = "Редакторка Тест" };
        db.Users.Add(member);
        if (grant && !await db.Modules.AnyAsync(m => m.Key == ModuleKey.Journal))
        {
            // The grant refers to the module, which refers to the organisation administering it (seeded reference data in the portal).
            var organisation = Organisation.Create("Національний центр електронного урядування", OrganisationKind.CivilSociety, Regions.Kyiv.Code, null,
                OrganisationStatus.Approved, Clock.GetUtcNow()).Value;
            db.Organisations.Add(organisation);
            db.Modules.Add(new PortalModule(ModuleKey.Journal, organisation.Id));
        }
        await db.SaveChangesAsync();
        if (grant) db.ModuleRoleGrants.Add(ModuleRoleGrant.Create(member.Id, ModuleKey.Journal, ModuleRole.Editor, null, Clock.GetUtcNow()).Value);
        await db.SaveChangesAsync();
        return member;
    }

    public async Task<IReadOnlyList<Subscriber>> AddSubscribersAsync(int count, SubscriberStatus status = SubscriberStatus.Confirmed, string prefix = "reader")
    {
        var list = new List<Subscriber>();
        await using var db = CreateContext();
        db.ChangeTracker.AutoDetectChangesEnabled = false;
        for (var i = 0; i < count; i++)
        {
            var audience = AudienceRules.All[i % AudienceRules.All.Count];
            var language = NewsletterLanguages.All[i / AudienceRules.All.Count % NewsletterLanguages.All.Count];
            var subscriber = Subscriber.Create($"{prefix}{i}@test.ua", audience, language, null, Clock.GetUtcNow()).Value;
            if (status != SubscriberStatus.Pending) subscriber.Confirm(Clock.GetUtcNow());
            if (status == SubscriberStatus.Unsubscribed) subscriber.Unsubscribe(Clock.GetUtcNow());
            list.Add(subscriber);
        }
        db.NewsletterSubscribers.AddRange(list);
        await db.SaveChangesAsync();
        return list;
    }

    /// <summary>Generates the issue and approves it as automatic sending would; chunk jobs are recorded, not run.</summary>
    public async Task<NewsletterIssue> GenerateAndApproveAsync()
    {
        var outcome = await Get<NewsletterGenerator>().GenerateAsync();
        Assert.Equal(RunOutcome.Generated, outcome.Outcome);
        var approved = await Get<NewsletterIssues>().ApproveAutomaticallyAsync(outcome.IssueId!.Value);
        Assert.True(approved.IsSuccess);
        await using var db = CreateContext();
        return await db.NewsletterIssues.AsNoTracking().SingleAsync(i => i.Id == outcome.IssueId);
    }

    /// <summary>Runs every distinct recorded chunk once, the way Hangfire workers would.</summary>
    public async Task RunChunksAsync(Guid issueId, CancellationToken stopping = default)
    {
        foreach (var chunk in Chunks.Enqueued.Where(c => c.IssueId == issueId).Select(c => c.Chunk).Distinct().Order())
            await Get<NewsletterDispatcher>().ProcessChunkAsync(issueId, chunk, stopping);
    }

    public async Task<Dictionary<DeliveryState, int>> StatesAsync(Guid issueId)
    {
        await using var db = CreateContext();
        return await db.NewsletterDeliveries.Where(d => d.IssueId == issueId).GroupBy(d => d.State)
            .Select(g => new { g.Key, Count = g.Count() }).ToDictionaryAsync(x => x.Key, x => x.Count);
    }

    public async ValueTask DisposeAsync()
    {
        await _services.DisposeAsync();
        await Smtp.DisposeAsync();
        SqliteConnection.ClearAllPools();
        try
        {
            Directory.Delete(_folder, recursive: true);
        }
        catch (IOException)
        {
            // Left for the OS to clean.
        }
    }

    private sealed class Upcast(IDbContextFactory<SqliteCollabDbContext> inner) : IDbContextFactory<CollabDbContext>
    {
        public CollabDbContext CreateDbContext() => inner.CreateDbContext();
    }
}

public sealed class RecordingChunkScheduler : INewsletterChunkScheduler
{
    public ConcurrentQueue<(Guid IssueId, int Chunk)> Enqueued { get; } = new();

    public ConcurrentQueue<(Guid IssueId, int Chunk, TimeSpan Delay)> Scheduled { get; } = new();

    public void Enqueue(Guid issueId, int chunk) => Enqueued.Enqueue((issueId, chunk));

    public void Schedule(Guid issueId, int chunk, TimeSpan delay) => Scheduled.Enqueue((issueId, chunk, delay));
}
