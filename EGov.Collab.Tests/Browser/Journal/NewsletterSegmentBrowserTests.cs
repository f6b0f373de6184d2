using System.Globalization;
using System.Text.RegularExpressions;
using EGov.Collab.App.Journal.Newsletter;
using EGov.Collab.App.Mail;
using EGov.Collab.Data;
using EGov.Collab.Domain.Common;
using EGov.Collab.Domain.Journal;
using EGov.Collab.Tests.Support;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Playwright;

namespace EGov.Collab.Tests.Browser.Journal;

/// <summary>An editor sends an issue to a segment, a consenting recipient clicks, and the issue page counts it.</summary>
[Collection(LiveModulesBrowser.Name)]
public sealed partial class NewsletterSegmentBrowserTests(PortalBrowser browser)
{
    private const string Editor = "editor@demo.egov.ua";
    private static readonly Region Volyn = Regions.ByCode("UA07000000000024379");

    [Fact]
    public async Task Editor_PicksASegment_SeesTheCount_Sends_ThenARecipientsClickShowsInTheStatistics()
    {
        var reader = await SubscriberAsync(consent: true);
        await SubscriberAsync(consent: false);
        var issue = await DraftIssueAsync();
        var segment = NewsletterSegment.Create(null, null, [Volyn.Code]).Value;
        int expected;
        await using (var scope = browser.Services.CreateAsyncScope())
            expected = (await scope.ServiceProvider.GetRequiredService<NewsletterIssues>().RecipientsAsync(issue.Id, segment)).Sum(r => r.Count);
        Assert.True(expected >= 2, "Both Volyn subscribers have an edition of their own.");

        await using var context = await browser.NewContextAsync();
        var page = await PortalBrowser.SignInAsync(context, Editor);
        await page.GotoAsync($"/journal/newsletter/issues/{issue.Id}");
        await PortalBrowser.WaitForCircuitAsync(page);
        var count = page.Locator("[data-testid=segment-count]");
        await Assertions.Expect(count).ToHaveAttributeAsync("data-count", new Regex("^[0-9]+$"));
        await page.Locator("[data-testid=segment-regions]").ClickAsync();
        await page.GetByRole(AriaRole.Option).Filter(new() { HasText = Volyn.NameUk }).ClickAsync();
        await page.Keyboard.PressAsync("Escape");
        await Assertions.Expect(count).ToHaveAttributeAsync("data-count", Text(expected));
        await Assertions.Expect(count).ToContainTextAsync(Volyn.NameUk);

        await page.Locator("[data-testid=issue-approve]").ClickAsync();
        await Assertions.Expect(page.Locator("[data-testid=send-confirm-total]")).ToHaveAttributeAsync("data-total", Text(expected));
        await Assertions.Expect(page.Locator("[data-testid=send-confirm-segment]")).ToContainTextAsync(Volyn.NameUk);
        await page.Locator("[data-testid=send-confirm-button]").ClickAsync();
        await Assertions.Expect(page.Locator("[data-testid=issue-message]")).ToHaveTextAsync("Випуск затверджено: розсилка почалася.");
        await Assertions.Expect(page.Locator("[data-testid=issue-segment]")).ToHaveTextAsync(Volyn.NameUk);
        await using (var db = await DbAsync())
            Assert.Equal(expected, await db.NewsletterDeliveries.CountAsync(d => d.IssueId == issue.Id));

        // The chunk job, run here as a worker would (claims make a second run by Hangfire harmless).
        await using (var scope = browser.Services.CreateAsyncScope())
            await scope.ServiceProvider.GetRequiredService<NewsletterDispatcher>().ProcessChunkAsync(issue.Id, 0, CancellationToken.None);
        await Until.TrueAsync(() => ReaderSent(issue.Id, reader), "the consenting reader's delivery is recorded as sent, tracked");
        var outbox = browser.Services.GetRequiredService<Outbox>();
        var mail = await outbox.ReadAsync(outbox.List(5000).First(m => m.To == reader).FileName);
        var click = ItemLink().Match(mail!.HtmlBody!);
        Assert.True(click.Success, "A consenting reader's mail carries tracked links.");

        // The reader clicks: the portal redirects to the article (not followed here: the mail's links use Portal:PublicUrl).
        await using var readerContext = await browser.NewContextAsync();
        var response = await readerContext.APIRequest.GetAsync(click.Groups[1].Value, new() { MaxRedirects = 0 });
        Assert.Equal(302, response.Status);
        Assert.Contains("/journal/articles/", response.Headers["location"], StringComparison.Ordinal);

        await page.ReloadAsync();
        await PortalBrowser.WaitForCircuitAsync(page);
        var total = page.Locator("[data-testid=stats-total]");
        await Assertions.Expect(total).ToHaveAttributeAsync("data-clicks", "1");
        await Assertions.Expect(total).ToHaveAttributeAsync("data-tracked", "1");
        await Assertions.Expect(page.Locator("[data-stats-link*='/journal/articles/']")).ToHaveAttributeAsync("data-unique", "1");

        // The list of issues carries the same figures.
        await page.GotoAsync("/journal/newsletter");
        await Assertions.Expect(page.Locator($"[data-issue-stats='{Text(issue.Number)}']")).ToContainTextAsync("Перейшли: 1");
    }

    private bool ReaderSent(Guid issueId, string email)
    {
        using var db = browser.Services.GetRequiredService<IDbContextFactory<CollabDbContext>>().CreateDbContext();
        return db.NewsletterDeliveries.Any(d => d.IssueId == issueId && d.State == DeliveryState.Sent && d.Tracked
            && db.NewsletterSubscribers.Any(s => s.Id == d.SubscriberId && s.Email == email));
    }

    private static string Text(int value) => value.ToString(CultureInfo.InvariantCulture);

    /// <summary>A confirmed Ukrainian-language public subscriber in Volyn, a region the demo data leaves empty.</summary>
    private async Task<string> SubscriberAsync(bool consent)
    {
        var email = $"volyn-{Guid.NewGuid():N}@test.ua";
        var subscriber = Subscriber.Create(email, SubscriberAudience.Public, NewsletterLanguages.Ukrainian, null, DateTimeOffset.UtcNow, Volyn.Code, consent).Value;
        subscriber.Confirm(DateTimeOffset.UtcNow);
        await using var db = await DbAsync();
        db.NewsletterSubscribers.Add(subscriber);
        await db.SaveChangesAsync();
        return email;
    }

    private async Task<(Guid Id, int Number)> DraftIssueAsync()
    {
        var title = "Сегмент " + Guid.NewGuid().ToString("N")[..6];
        await using (var db = await DbAsync())
        {
            var section = await db.JournalSections.FirstAsync();
            var author = await db.Users.FirstAsync(u => u.Email == Editor);
            var text = "Громади Волині переходять на електронні послуги.";
            db.JournalArticles.Add(Article.Publish(new ArticleContent(section.Id, title, "Анонс", $"<p>{text}</p>", text, [], NewsletterLanguages.Ukrainian, Audiences.All),
                author.Id, author.FullName, DateTimeOffset.UtcNow).Value);
            await db.SaveChangesAsync();
        }
        await using var scope = browser.Services.CreateAsyncScope();
        var outcome = await scope.ServiceProvider.GetRequiredService<NewsletterGenerator>().GenerateAsync();
        Assert.Equal(RunOutcome.Generated, outcome.Outcome);
        await using var check = await DbAsync();
        var number = await check.NewsletterIssues.Where(i => i.Id == outcome.IssueId).Select(i => i.Number).SingleAsync();
        return (outcome.IssueId!.Value, number);
    }

    private async Task<CollabDbContext> DbAsync() =>
        await browser.Services.GetRequiredService<IDbContextFactory<CollabDbContext>>().CreateDbContextAsync();

    [GeneratedRegex("<a class=\"nl-link\" href=\"https?://[^/\"]+(/journal/newsletter/click/[A-Za-z0-9_-]+)\"")]
    private static partial Regex ItemLink();
}
