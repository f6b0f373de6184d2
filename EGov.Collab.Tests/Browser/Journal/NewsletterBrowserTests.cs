using System.Text.RegularExpressions;
using EGov.Collab.App.Journal.Newsletter;
using EGov.Collab.App.Mail;
using EGov.Collab.Data;
using EGov.Collab.Domain.Journal;
using EGov.Collab.Tests.Support;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Playwright;

namespace EGov.Collab.Tests.Browser.Journal;

/// <summary>What an editor sees of a newsletter issue: the mail as sent in a styled preview, a test to themselves, a confirmation before everyone.</summary>
[Collection(LiveModulesBrowser.Name)]
public sealed class NewsletterBrowserTests(PortalBrowser browser)
{
    private const string Editor = "editor@demo.egov.ua";

    [Fact]
    public async Task Editor_SeesTheStyledPreview_SendsATestToThemselves_CancelSendsNothing_ConfirmSends()
    {
        var issue = await DraftIssueAsync();
        await using var context = await browser.NewContextAsync();
        var page = await PortalBrowser.SignInAsync(context, Editor);
        await page.GotoAsync("/journal/newsletter");
        await PortalBrowser.WaitForCircuitAsync(page);
        await page.Locator($"a[href='/journal/newsletter/issues/{issue.Id}']").ClickAsync();

        // The preview: the mailed HTML in a sandboxed frame, its inline styles and <style> block applied under the portal's CSP.
        var edition = page.Locator("[data-edition='Public-uk']");
        var frame = edition.Locator("iframe[data-testid=newsletter-preview]");
        await Assertions.Expect(frame).ToHaveAttributeAsync("sandbox", "allow-popups allow-popups-to-escape-sandbox");
        await Assertions.Expect(frame).ToHaveAttributeAsync("title", new Regex("^Лист, як його отримають: "));
        var header = edition.FrameLocator("iframe[data-testid=newsletter-preview]").Locator("td.nl-header");
        await Assertions.Expect(header).ToContainTextAsync("Ми розвиваємо електронне урядування");
        await Assertions.Expect(header).ToHaveCSSAsync("background-color", "rgb(0, 87, 183)");
        var card = edition.FrameLocator("iframe[data-testid=newsletter-preview]").Locator("td.nl-card");
        await Assertions.Expect(card).ToContainTextAsync(issue.Title);
        await Assertions.Expect(card).ToHaveCSSAsync("background-color", "rgb(255, 255, 255)");
        await page.EmulateMediaAsync(new PageEmulateMediaOptions { ColorScheme = ColorScheme.Dark });
        await Assertions.Expect(card).ToHaveCSSAsync("background-color", "rgb(30, 34, 39)");
        await page.EmulateMediaAsync(new PageEmulateMediaOptions { ColorScheme = ColorScheme.Light });
        // Its links work: each opens the linked page in a new tab. (The mail links to the configured public address,
        // which no server answers in this test: the browser is given a page for it.)
        var link = card.Locator("a").First;
        var href = (await link.GetAttributeAsync("href"))!;
        await context.RouteAsync(href, route => route.FulfillAsync(new() { ContentType = "text/html", Body = "<title>linked</title>" }));
        var opened = await page.RunAndWaitForPopupAsync(() => link.ClickAsync());
        await opened.WaitForURLAsync(href);
        await Assertions.Expect(opened).ToHaveTitleAsync("linked");
        await opened.CloseAsync();

        // A test to oneself only.
        var outbox = browser.Services.GetRequiredService<Outbox>();
        var before = outbox.List().Select(m => m.FileName).ToHashSet();
        await edition.Locator("[data-testid=edition-test-send]").ClickAsync();
        await Assertions.Expect(page.Locator("[data-testid=issue-message]")).ToContainTextAsync(Editor);
        var written = outbox.List().Where(m => !before.Contains(m.FileName)).ToList();
        var test = Assert.Single(written);
        Assert.Equal(Editor, test.To);
        Assert.StartsWith("[Тест] ", test.Subject, StringComparison.Ordinal);

        // Sending to everyone asks first, with the count; Cancel leaves the issue a draft with no delivery made.
        int expected;
        await using (var scope = browser.Services.CreateAsyncScope())
            expected = (await scope.ServiceProvider.GetRequiredService<NewsletterIssues>().RecipientsAsync(issue.Id)).Sum(r => r.Count);
        Assert.True(expected > 0, "The demo data has confirmed subscribers.");
        await page.Locator("[data-testid=issue-approve]").ClickAsync();
        var total = page.Locator("[data-testid=send-confirm-total]");
        await Assertions.Expect(total).ToHaveAttributeAsync("data-total", expected.ToString(System.Globalization.CultureInfo.InvariantCulture));
        await Assertions.Expect(total).ToContainTextAsync($"№ {issue.Number}");
        await page.Locator("[data-testid=send-cancel]").ClickAsync();
        await Assertions.Expect(total).ToHaveCountAsync(0);
        await Assertions.Expect(page.Locator("[data-testid=issue-status]")).ToHaveTextAsync("Чернетка, чекає затвердження");
        Assert.Equal((IssueStatus.Draft, 0), await StateAsync(issue.Id));

        await page.Locator("[data-testid=issue-approve]").ClickAsync();
        await page.Locator("[data-testid=send-confirm-button]").ClickAsync();
        await Assertions.Expect(page.Locator("[data-testid=issue-message]")).ToHaveTextAsync("Випуск затверджено: розсилка почалася.");
        var (status, deliveries) = await StateAsync(issue.Id);
        Assert.NotEqual(IssueStatus.Draft, status);
        Assert.Equal(expected, deliveries);
    }

    /// <summary>A fresh article, then the next issue generated from it (and whatever else is new): a draft awaiting approval.</summary>
    private async Task<(Guid Id, int Number, string Title)> DraftIssueAsync()
    {
        var title = "Розсилка " + Guid.NewGuid().ToString("N")[..6];
        await using (var db = await DbAsync())
        {
            var section = await db.JournalSections.FirstAsync();
            var author = await db.Users.FirstAsync(u => u.Email == Editor);
            var text = "Громади переходять на електронні послуги.";
            db.JournalArticles.Add(Article.Publish(new ArticleContent(section.Id, title, "Анонс", $"<p>{text}</p>", text, [], NewsletterLanguages.Ukrainian, Audiences.All),
                author.Id, author.FullName, DateTimeOffset.UtcNow).Value);
            await db.SaveChangesAsync();
        }
        await using var scope = browser.Services.CreateAsyncScope();
        var outcome = await scope.ServiceProvider.GetRequiredService<NewsletterGenerator>().GenerateAsync();
        Assert.Equal(RunOutcome.Generated, outcome.Outcome);
        await using var check = await DbAsync();
        var number = await check.NewsletterIssues.Where(i => i.Id == outcome.IssueId).Select(i => i.Number).SingleAsync();
        return (outcome.IssueId!.Value, number, title);
    }

    private async Task<(IssueStatus Status, int Deliveries)> StateAsync(Guid issueId)
    {
        await using var db = await DbAsync();
        var status = await db.NewsletterIssues.Where(i => i.Id == issueId).Select(i => i.Status).SingleAsync();
        return (status, await db.NewsletterDeliveries.CountAsync(d => d.IssueId == issueId));
    }

    private async Task<CollabDbContext> DbAsync() =>
        await browser.Services.GetRequiredService<IDbContextFactory<CollabDbContext>>().CreateDbContextAsync();
}
