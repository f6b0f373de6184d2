using EGov.Collab.Tests.Support;
using Microsoft.Playwright;

namespace EGov.Collab.Tests.Browser.Journal;

[Collection(LiveModulesBrowser.Name)]
public sealed class JournalFlowTests(PortalBrowser browser)
{
    [Fact]
    public async Task ContributorSubmits_EditorAccepts_ArticleIsPublic()
    {
        var title = "Цифрова громада " + Guid.NewGuid().ToString("N")[..6];

        await using var contributorContext = await browser.NewContextAsync();
        var contributor = await PortalBrowser.SignInAsync(contributorContext, "contributor@demo.egov.ua");
        await contributor.GotoAsync("/journal/submit");
        await PortalBrowser.WaitForCircuitAsync(contributor);
        await contributor.FillAsync("#article-title", title);
        await contributor.FillAsync("#article-body", "Як ми запустили **електронні звернення** за три місяці.");
        await contributor.ClickAsync("[data-testid=article-save]");
        await Assertions.Expect(contributor.Locator("[data-testid=submission-saved]")).ToBeVisibleAsync();
        await Assertions.Expect(contributor.Locator("tr", new PageLocatorOptions { HasText = title }).Locator("[data-status=Submitted]")).ToBeVisibleAsync();

        await using var editorContext = await browser.NewContextAsync();
        var editor = await PortalBrowser.SignInAsync(editorContext, "editor@demo.egov.ua");
        await editor.GotoAsync("/journal/moderation");
        await PortalBrowser.WaitForCircuitAsync(editor);
        var submission = editor.Locator("[data-submission]", new PageLocatorOptions { HasText = title });
        await submission.Locator("[data-action=accept]").ClickAsync();
        await Assertions.Expect(editor.Locator("[data-testid=moderation-message]")).ToBeVisibleAsync();
        await Assertions.Expect(submission).ToHaveCountAsync(0);

        await using var visitorContext = await browser.NewContextAsync();
        var visitor = await visitorContext.NewPageAsync();
        await visitor.GotoAsync("/journal");
        await PortalBrowser.WaitForCircuitAsync(visitor);
        await visitor.GetByRole(AriaRole.Link, new PageGetByRoleOptions { Name = title }).ClickAsync();
        await Assertions.Expect(visitor.Locator("[data-testid=article-title]")).ToHaveTextAsync(title);
        await Assertions.Expect(visitor.Locator("[data-testid=article-body] strong")).ToHaveTextAsync("електронні звернення");
        await Assertions.Expect(visitor.Locator("[data-testid=article-status]")).ToHaveCountAsync(0);
    }
}
