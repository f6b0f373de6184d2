using System.Net;
using System.Xml.Linq;
using EGov.Collab.App.Journal;
using EGov.Collab.App.Journal.Newsletter;
using EGov.Collab.App.Journal.Subscriptions;
using EGov.Collab.App.Mail;
using EGov.Collab.Data;
using EGov.Collab.Data.Seeding;
using EGov.Collab.Domain.Journal;
using EGov.Collab.Tests.Support;
using Hangfire;
using Hangfire.Storage;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace EGov.Collab.Tests.Integration.Journal;

[Collection(SharedPortal.Name)]
public sealed class JournalPortalTests(PortalFactory portal)
{
    private static T Service<T>(IServiceScope scope) where T : notnull => scope.ServiceProvider.GetRequiredService<T>();

    [Fact]
    public async Task Unsubscribe_TamperedLink_400WithAClearMessage_PageAndOneClick()
    {
        using var client = portal.CreatePlainClient();
        string token;
        using (var scope = portal.Services.CreateScope())
        {
            await using var db = await Service<IDbContextFactory<CollabDbContext>>(scope).CreateDbContextAsync();
            var subscriber = await db.NewsletterSubscribers.FirstAsync(s => s.Status == SubscriberStatus.Confirmed);
            token = Service<SubscriberTokens>(scope).Create(subscriber.Id, SubscriberTokenPurpose.Manage);
        }
        var tampered = token[..^4] + (token.EndsWith("AAAA", StringComparison.Ordinal) ? "BBBB" : "AAAA");

        var (status, body) = await client.GetPageAsync("/journal/unsubscribe?token=" + Uri.EscapeDataString(tampered));
        using var oneClick = await client.PostAsync(new Uri("/journal/unsubscribe/one-click?token=" + Uri.EscapeDataString(tampered), UriKind.Relative),
            new FormUrlEncodedContent(new Dictionary<string, string> { ["List-Unsubscribe"] = "One-Click" }));

        Assert.Equal(HttpStatusCode.BadRequest, status);
        Assert.Contains("data-testid=\"link-invalid\"", body, StringComparison.Ordinal);
        Assert.Equal(HttpStatusCode.BadRequest, oneClick.StatusCode);
        var (preferences, _) = await client.GetPageAsync("/journal/subscription?token=garbage");
        Assert.Equal(HttpStatusCode.BadRequest, preferences);
    }

    [Fact]
    public async Task Subscribe_DoubleOptIn_ThenOneClickUnsubscribe()
    {
        using var client = portal.CreatePlainClient();
        using var scope = portal.Services.CreateScope();
        var subscriptions = Service<SubscriptionService>(scope);
        var email = $"reader-{Guid.NewGuid():N}@example.org";

        Assert.True((await subscriptions.SubscribeAsync(email, SubscriberAudience.Media, "uk", null)).IsSuccess);
        Assert.Equal(JournalErrors.AlreadySubscribed, (await subscriptions.SubscribeAsync(email.ToUpperInvariant(), SubscriberAudience.Public, "en", null)).Error);
        Assert.Equal(JournalErrors.EmailInvalid, (await subscriptions.SubscribeAsync("not an email", SubscriberAudience.Public, "uk", null)).Error);

        var mail = Service<Outbox>(scope).List().First(m => m.To.Contains(email, StringComparison.Ordinal));
        var message = await Service<Outbox>(scope).ReadAsync(mail.FileName);
        var confirmUrl = System.Text.RegularExpressions.Regex.Match(message!.TextBody ?? "", @"https?://\S+/journal/subscribe/confirm\?token=\S+").Value;
        var (confirmed, confirmBody) = await client.GetPageAsync(new Uri(confirmUrl).PathAndQuery);
        Assert.Equal(HttpStatusCode.OK, confirmed);
        Assert.Contains("data-testid=\"confirm-done\"", confirmBody, StringComparison.Ordinal);

        await using var db = await Service<IDbContextFactory<CollabDbContext>>(scope).CreateDbContextAsync();
        var subscriber = await db.NewsletterSubscribers.AsNoTracking().SingleAsync(s => s.Email == email);
        Assert.Equal(SubscriberStatus.Confirmed, subscriber.Status);
        var oneClick = new Uri(Service<SubscriberLinks>(scope).For(subscriber.Id).OneClick).PathAndQuery;
        using var response = await client.PostAsync(new Uri(oneClick, UriKind.Relative),
            new FormUrlEncodedContent(new Dictionary<string, string> { ["List-Unsubscribe"] = "One-Click" }));
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal(SubscriberStatus.Unsubscribed, (await db.NewsletterSubscribers.AsNoTracking().SingleAsync(s => s.Email == email)).Status);
    }

    [Fact]
    public async Task Feed_IsAtomWithPublishedArticles_NotSubmissions()
    {
        using var client = portal.CreatePlainClient();

        using var response = await client.GetAsync(new Uri("/journal/feed.atom", UriKind.Relative));
        var feed = XDocument.Parse(await response.Content.ReadAsStringAsync());

        Assert.Equal("application/atom+xml", response.Content.Headers.ContentType?.MediaType);
        XNamespace atom = "http://www.w3.org/2005/Atom";
        var titles = feed.Root!.Elements(atom + "entry").Select(e => e.Element(atom + "title")!.Value).ToList();
        Assert.Contains("Вінниця: «прозорий офіс» онлайн за пів року", titles);
        Assert.DoesNotContain(JournalDemoData.PendingSubmissionTitle, titles);
    }

    [Fact]
    public async Task Submission_WithScript_IsSanitised_AndTheEditorsDecisionMailsTheAuthor()
    {
        var contributor = await portal.MemberByEmailAsync("contributor@demo.egov.ua");
        var editor = await portal.MemberByEmailAsync("editor@demo.egov.ua");
        using var scope = portal.Services.CreateScope();
        var sections = await Service<ArticleService>(scope).SectionsAsync();
        var title = "Тест " + Guid.NewGuid().ToString("N")[..8];
        var form = new ArticleForm
        {
            SectionId = sections[0].Id,
            Title = title,
            Body = "<p onclick=\"steal()\">Корисний текст</p><script>alert('x')</script><a href=\"javascript:alert(1)\">посилання</a>",
            Format = BodyFormat.Html,
        };

        var submitted = await Service<SubmissionService>(scope).SubmitAsync(PortalForms.PrincipalOf(contributor.Id), form);
        var byContributor = await Service<SubmissionService>(scope).DecideAsync(PortalForms.PrincipalOf(contributor.Id), submitted.Value, ModerationDecision.Accept, null);
        var decided = await Service<SubmissionService>(scope).DecideAsync(PortalForms.PrincipalOf(editor.Id), submitted.Value, ModerationDecision.RequestChanges, "Додайте джерела");

        Assert.True(submitted.IsSuccess);
        Assert.False(byContributor.IsSuccess);
        Assert.True(decided.IsSuccess);
        await using var db = await Service<IDbContextFactory<CollabDbContext>>(scope).CreateDbContextAsync();
        var article = await db.JournalArticles.AsNoTracking().SingleAsync(a => a.Id == submitted.Value);
        Assert.DoesNotContain("script", article.BodyHtml, StringComparison.OrdinalIgnoreCase);
        Assert.DoesNotContain("onclick", article.BodyHtml, StringComparison.OrdinalIgnoreCase);
        Assert.DoesNotContain("javascript:", article.BodyHtml, StringComparison.OrdinalIgnoreCase);
        Assert.Contains("Корисний текст", article.BodyHtml, StringComparison.Ordinal);
        var mails = Service<Outbox>(scope).List().Where(m => m.To.Contains("contributor@", StringComparison.Ordinal) && m.Subject.Contains(title, StringComparison.Ordinal)).ToList();
        Assert.Equal(2, mails.Count);
    }

    [Fact]
    public async Task Schedule_InvalidCronRefused_ValidOneRegistersTheRecurringJobInKyivTime()
    {
        var admin = await portal.MemberByEmailAsync("admin@demo.egov.ua");
        var editor = await portal.MemberByEmailAsync("editor@demo.egov.ua");
        using var scope = portal.Services.CreateScope();
        var schedule = Service<NewsletterSchedule>(scope);

        Assert.Equal(JournalErrors.CronInvalid, (await schedule.ChangeAsync(PortalForms.PrincipalOf(admin.Id), "61 9 * * 1", false)).Error);
        Assert.Equal(JournalErrors.CronInvalid, (await schedule.ChangeAsync(PortalForms.PrincipalOf(admin.Id), "every monday", false)).Error);
        Assert.False((await schedule.ChangeAsync(PortalForms.PrincipalOf(editor.Id), "0 8 * * 2", false)).IsSuccess);
        Assert.True((await schedule.ChangeAsync(PortalForms.PrincipalOf(admin.Id), "30 8 * * 2", false)).IsSuccess);

        using var connection = Service<JobStorage>(scope).GetConnection();
        var job = connection.GetRecurringJobs().Single(j => j.Id == NewsletterSchedule.JobId);
        Assert.Equal("30 8 * * 2", job.Cron);
        Assert.Equal(EGov.Collab.App.Common.PortalTime.Kyiv.Id, job.TimeZoneId);
        Assert.Equal("30 8 * * 2", (await schedule.GetAsync()).Cron);
        Assert.True((await schedule.ChangeAsync(PortalForms.PrincipalOf(admin.Id), NewsletterSettings.DefaultCron, false)).IsSuccess);
    }
}
