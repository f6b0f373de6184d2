using EGov.Collab.App.Journal;
using EGov.Collab.Data;
using EGov.Collab.Domain.Journal;
using EGov.Collab.Tests.Integration.Drafting;
using EGov.Collab.Tests.Support;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Playwright;

namespace EGov.Collab.Tests.Browser.Journal;

[Collection(LiveModulesBrowser.Name)]
public sealed class ArticleEditorBrowserTests(PortalBrowser browser)
{
    [Fact]
    public async Task AuthorRevisesAMarkdownSubmission_InMarkdown_AndTheEditShows()
    {
        var title = "Markdown " + Guid.NewGuid().ToString("N")[..6];
        await using var context = await browser.NewContextAsync();
        var page = await PortalBrowser.SignInAsync(context, "contributor@demo.egov.ua");
        await page.GotoAsync("/journal/submit");
        await PortalBrowser.WaitForCircuitAsync(page);
        await page.FillAsync("#article-title", title);
        await page.FillAsync("#article-body", "Перша версія з **жирним** словом.");
        await page.ClickAsync("[data-testid=article-save]");
        await Assertions.Expect(page.Locator("[data-testid=submission-saved]")).ToBeVisibleAsync();

        await page.Locator("tr", new PageLocatorOptions { HasText = title }).GetByRole(AriaRole.Link, new LocatorGetByRoleOptions { NameRegex = new("Редагувати|Edit") }).ClickAsync();
        await PortalBrowser.WaitForCircuitAsync(page);
        await Assertions.Expect(page.Locator("#article-body")).ToHaveValueAsync("Перша версія з **жирним** словом.");
        await page.FillAsync("#article-body", "Друга версія з _курсивом_.");
        await page.ClickAsync("[data-testid=article-save]");
        await Assertions.Expect(page.Locator("[data-testid=submission-saved]")).ToBeVisibleAsync();

        await page.Locator("tr", new PageLocatorOptions { HasText = title }).GetByRole(AriaRole.Link, new LocatorGetByRoleOptions { Name = title }).ClickAsync();
        await Assertions.Expect(page.Locator("[data-testid=article-body] em")).ToHaveTextAsync("курсивом");
        await Assertions.Expect(page.Locator("[data-testid=article-body] strong")).ToHaveCountAsync(0);
    }

    [Fact]
    public async Task TwoEditorsSaveTheSameArticle_TheSecondSeesTheConflict_AndKeepsWhatTheyTyped()
    {
        var editor = await DraftingFixture.UserAsync(browser.Services, "editor");
        Guid sectionId;
        await using (var db = await browser.Services.GetRequiredService<IDbContextFactory<CollabDbContext>>().CreateDbContextAsync())
            sectionId = await db.JournalSections.Select(s => s.Id).FirstAsync();
        await using var scope = browser.Services.CreateAsyncScope();
        var id = (await scope.ServiceProvider.GetRequiredService<ArticleService>()
            .PublishAsync(editor, new ArticleForm { SectionId = sectionId, Title = "Спільна " + Guid.NewGuid().ToString("N")[..6], Body = "Текст", Format = BodyFormat.Markdown })).Value;

        await using var firstContext = await browser.NewContextAsync("en-US");
        var first = await PortalBrowser.SignInAsync(firstContext, "editor@demo.egov.ua");
        await using var secondContext = await browser.NewContextAsync("en-US");
        var second = await PortalBrowser.SignInAsync(secondContext, "editor@demo.egov.ua");
        foreach (var page in new[] { first, second })
        {
            await page.GotoAsync($"/journal/articles/{id}/edit");
            await PortalBrowser.WaitForCircuitAsync(page);
            await Assertions.Expect(page.Locator("#article-body")).ToHaveValueAsync("Текст");
        }

        await first.FillAsync("#article-title", "First editor's title");
        await first.ClickAsync("[data-testid=article-save]");
        await Assertions.Expect(first.Locator("[data-testid=article-title]")).ToHaveTextAsync("First editor's title");
        await second.FillAsync("#article-title", "Second editor's title");
        await second.ClickAsync("[data-testid=article-save]");

        await Assertions.Expect(second.Locator("[data-testid=editor-error]")).ToContainTextAsync("Someone else has just changed this article");
        await Assertions.Expect(second.Locator("#article-title")).ToHaveValueAsync("Second editor's title");
        await Assertions.Expect(second.Locator("[data-testid=article-save]")).ToBeEnabledAsync();
    }
}
