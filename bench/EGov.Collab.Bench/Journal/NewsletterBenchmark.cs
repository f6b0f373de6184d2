using System.Diagnostics;
using System.Globalization;
using EGov.Collab.App.Common;
using EGov.Collab.App.Journal;
using EGov.Collab.App.Journal.Newsletter;
using EGov.Collab.App.Mail;
using EGov.Collab.Data;
using EGov.Collab.Data.Common;
using EGov.Collab.Data.Sqlite;
using EGov.Collab.Domain.Journal;
using Hangfire;
using Hangfire.InMemory;
using Microsoft.AspNetCore.DataProtection;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;

namespace EGov.Collab.Bench.Journal;

/// <summary>
/// Generates a newsletter issue and delivers it to N confirmed subscribers (default 10,000) through the portal's real
/// path: generation, approval, fan-out into delivery rows, chunk jobs on a Hangfire server (in-memory storage, two
/// workers as on a 2-core host), MailKit SMTP with pooled connections to aiosmtpd on loopback, SQLite in WAL mode.
/// Options: --subscribers N, --workers W, --chunk C, --parallel P.
/// </summary>
public sealed class NewsletterBenchmark : IBenchmark
{
    public string Name => "newsletter";

    public string Description => "generate and deliver a newsletter issue to 10,000 subscribers via loopback SMTP (target ≤ 60 s)";

    public async Task RunAsync(string[] args)
    {
        var subscribers = Option(args, "--subscribers", 10_000);
        var workers = Option(args, "--workers", Math.Max(2, Environment.ProcessorCount));
        var chunk = Option(args, "--chunk", 500);
        var parallel = Option(args, "--parallel", 4);
        var folder = Path.Combine(Path.GetTempPath(), "egov-collab-bench-newsletter", Guid.NewGuid().ToString("N"));
        Directory.CreateDirectory(folder);
        await using var smtp = await LoopbackSmtp.StartAsync(folder);

        var builder = Host.CreateApplicationBuilder();
        // A service the newsletter's path cannot make fails here, at once, not as chunk jobs retried in silence.
        builder.ConfigureContainer(new DefaultServiceProviderFactory(new ServiceProviderOptions { ValidateOnBuild = true, ValidateScopes = true }));
        builder.Logging.ClearProviders();
        builder.Configuration.AddInMemoryCollection(new Dictionary<string, string?>
        {
            ["Mail:Smtp:Host"] = "127.0.0.1",
            ["Mail:Smtp:Port"] = smtp.Port.ToString(CultureInfo.InvariantCulture),
            ["Mail:Smtp:UseTls"] = "false",
            ["Portal:PublicUrl"] = "https://egov.example.ua",
            ["Newsletter:ChunkSize"] = chunk.ToString(CultureInfo.InvariantCulture),
            ["Newsletter:Parallelism"] = parallel.ToString(CultureInfo.InvariantCulture),
        });
        var connection = $"Data Source={Path.Combine(folder, "bench.db")};Default Timeout=60";
        var services = builder.Services;
        services.AddSingleton(TimeProvider.System);
        services.AddDataProtection().UseEphemeralDataProtectionProvider();
        services.AddDbContextFactory<SqliteCollabDbContext>(o => o.UseSqlite(connection));
        services.AddSingleton<IDbContextFactory<CollabDbContext>>(sp => new Upcast(sp.GetRequiredService<IDbContextFactory<SqliteCollabDbContext>>()));
        services.AddSingleton(new PortalPaths(folder));
        services.AddMail(builder.Configuration);
        services.AddNewsletterCore();
        services.AddScoped<INewsletterChunkScheduler, HangfireChunkScheduler>();
        services.AddTransient<NewsletterChunkJob>();
        services.AddSingleton<JobStorage>(_ => new InMemoryStorage());
        services.AddHangfire(c => c.SetDataCompatibilityLevel(CompatibilityLevel.Version_180).UseSimpleAssemblyNameTypeSerializer().UseRecommendedSerializerSettings());
        services.AddHangfireServer(o =>
        {
            o.WorkerCount = workers;
            o.SchedulePollingInterval = TimeSpan.FromSeconds(1);
        });
        using var host = builder.Build();

        var factory = host.Services.GetRequiredService<IDbContextFactory<CollabDbContext>>();
        await SeedAsync(factory, subscribers);
        await host.StartAsync();
        Console.WriteLine($"subscribers={subscribers:N0} hangfire workers={workers} chunk={chunk} parallel sends per chunk={parallel}");

        using var meter = new ProcessMeter();
        var total = Stopwatch.StartNew();
        Guid issueId;
        await using (var scope = host.Services.CreateAsyncScope())
        {
            var outcome = await scope.ServiceProvider.GetRequiredService<NewsletterGenerator>().GenerateAsync();
            issueId = outcome.IssueId ?? throw new InvalidOperationException("Nothing to send.");
            Console.WriteLine($"generated issue in {total.Elapsed.TotalSeconds:F2} s");
            var approved = await scope.ServiceProvider.GetRequiredService<NewsletterIssues>().ApproveAutomaticallyAsync(issueId);
            if (!approved.IsSuccess) throw new InvalidOperationException(approved.Error!.ToString());
            Console.WriteLine($"approved and fanned out (delivery rows + chunk jobs) at {total.Elapsed.TotalSeconds:F2} s");
        }

        // A benchmark may poll: wait until no delivery is pending or in flight.
        while (true)
        {
            await using var db = await factory.CreateDbContextAsync();
            if (!await db.NewsletterDeliveries.AnyAsync(d => d.IssueId == issueId && (d.State == DeliveryState.Pending || d.State == DeliveryState.Sending))) break;
            await Task.Delay(100);
        }
        total.Stop();
        await host.StopAsync();

        await using var check = await factory.CreateDbContextAsync();
        var sent = await check.NewsletterDeliveries.CountAsync(d => d.IssueId == issueId && d.State == DeliveryState.Sent);
        var failed = await check.NewsletterDeliveries.CountAsync(d => d.IssueId == issueId && d.State == DeliveryState.Failed);
        var ids = smtp.ReceivedIds();
        Console.WriteLine($"total {total.Elapsed.TotalSeconds:F2} s · {sent / total.Elapsed.TotalSeconds:F0} deliveries/s · sent={sent:N0} failed={failed} received by SMTP={ids.Count:N0} distinct Message-IDs={ids.Distinct(StringComparer.Ordinal).Count():N0}");
        Console.WriteLine(meter);
        Console.WriteLine(total.Elapsed <= TimeSpan.FromSeconds(60) ? "target ≤ 60 s: met" : "target ≤ 60 s: MISSED");

        // The floor, in the same run and against the same server: as many concurrent senders as the portal had
        // (chunk jobs running at once × sends per chunk).
        var receivedBefore = ids.Count;
        var (floor, floorCount) = await BareSmtpFloor.SendAsync(host.Services, issueId, workers * parallel, smtp.Port);
        Console.WriteLine($"bare SMTP floor: {floorCount:N0} messages on {workers * parallel} connections in {floor.TotalSeconds:F2} s · received by SMTP={smtp.ReceivedIds().Count - receivedBefore:N0}");
        var ratio = total.Elapsed / floor;
        Console.WriteLine(ratio <= 1.5 ? "target ratio ≤ 1.5: met" : "target ratio ≤ 1.5: MISSED");
        Console.WriteLine(string.Create(CultureInfo.InvariantCulture,
            $"newsletter: {sent:N0} delivered in {total.Elapsed.TotalSeconds:F2} s; bare SMTP floor {floor.TotalSeconds:F2} s; ratio {ratio:F2}"));
        SqliteConnectionPools();
        try
        {
            Directory.Delete(folder, recursive: true);
        }
        catch (IOException)
        {
            // Left for the OS.
        }
    }

    private static async Task SeedAsync(IDbContextFactory<CollabDbContext> factory, int subscribers)
    {
        await using var db = await factory.CreateDbContextAsync();
        await db.Database.MigrateAsync();
        await db.Database.ExecuteSqlRawAsync("PRAGMA journal_mode=WAL;");
        var now = DateTimeOffset.UtcNow;
        var section = Section.Create("news", "Новини", "News", 0);
        var author = new Member { Id = Guid.CreateVersion7(), UserName = "editor@bench.ua", Email = "editor@bench.ua", FullName = "Ольга Мороз" };
        db.JournalSections.Add(section);
        db.Users.Add(author);
        for (var i = 0; i < 5; i++)
        {
            var text = $"Стаття {i}: громади переходять на електронні послуги, її досвід і їхні цифри. " + string.Concat(Enumerable.Repeat("Текст абзацу. ", 100));
            db.JournalArticles.Add(Article.Publish(new ArticleContent(section.Id, $"Новина тижня № {i + 1}: цифрові громади", "Анонс", $"<p>{text}</p>", text, ["громади"], "uk", Audiences.All),
                author.Id, author.FullName, now.AddHours(-i - 1)).Value);
        }
        await db.SaveChangesAsync();
        foreach (var batch in Enumerable.Range(0, subscribers).Chunk(2000))
        {
            await using var batchDb = await factory.CreateDbContextAsync();
            batchDb.ChangeTracker.AutoDetectChangesEnabled = false;
            foreach (var i in batch)
            {
                var subscriber = Subscriber.Create($"reader{i}@bench.ua", AudienceRules.All[i % 3], NewsletterLanguages.All[i / 3 % 2], null, now).Value;
                subscriber.Confirm(now);
                batchDb.NewsletterSubscribers.Add(subscriber);
            }
            await batchDb.SaveChangesAsync();
        }
    }

    private static void SqliteConnectionPools() => Microsoft.Data.Sqlite.SqliteConnection.ClearAllPools();

    private static int Option(string[] args, string name, int fallback)
    {
        var at = Array.IndexOf(args, name);
        return at >= 0 && at + 1 < args.Length && int.TryParse(args[at + 1], CultureInfo.InvariantCulture, out var value) ? value : fallback;
    }

    private sealed class Upcast(IDbContextFactory<SqliteCollabDbContext> inner) : IDbContextFactory<CollabDbContext>
    {
        public CollabDbContext CreateDbContext() => inner.CreateDbContext();
    }
}
