using EGov.Collab.App.Drafting;
using EGov.Collab.App.Drafting.Live;
using EGov.Collab.Domain.Drafting;
using EGov.Collab.Domain.Drafting.Editing;
using EGov.Collab.Tests.Integration.Drafting;
using EGov.Collab.Tests.Support;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Playwright;

namespace EGov.Collab.Tests.Browser.Drafting;

/// <summary>
/// Issue #22.5: structure editing in the live editor — a provision's kind from the toolbar, moves by keyboard
/// (Alt+Shift+Up/Down), by the toolbar and by dragging its number, the legal numbers beside the text as they will
/// print, and text from an input method (IME composition) arriving once.
/// </summary>
[Collection(SharedBrowser.Name)]
public sealed class StructureEditingBrowserTests(PortalBrowser browser)
{
    [Fact]
    public async Task Chair_ChangesAKind_MovesByKeyboardToolbarAndDrag_AndComposesWithAnInputMethod()
    {
        var draftId = await NewDraftAsync("Перша", "Друга", "Третя");
        await using var context = await browser.NewContextAsync();
        var page = await PortalBrowser.SignInAsync(context, "chair@demo.egov.ua");
        await page.GotoAsync($"/drafting/drafts/{draftId}/edit");
        await PortalBrowser.WaitForCircuitAsync(page);
        var texts = page.Locator(".draft-text");
        await Assertions.Expect(texts).ToHaveCountAsync(4);
        // The numbers as they will print.
        await Assertions.Expect(page.Locator(".draft-label")).ToHaveTextAsync(["", "Стаття 1", "Стаття 2", "Стаття 3"]);

        // The kind, from the toolbar, of the provision with the caret.
        await texts.Nth(2).ClickAsync();
        var kind = page.Locator("[data-structure] select");
        await Assertions.Expect(kind).ToHaveValueAsync("article");
        await kind.SelectOptionAsync("part");
        await Assertions.Expect(page.Locator(".draft-label")).ToHaveTextAsync(["", "Стаття 1", "1.", "Стаття 2"]);
        await SavedAsync(page);
        Assert.Equal(ProvisionKind.Part, (await ServerTextAsync(draftId)).Provisions[2].Kind);

        // Alt+Shift+Up moves the provision with the caret, and the caret stays in it.
        await texts.Nth(3).ClickAsync();
        await page.Keyboard.PressAsync("Alt+Shift+ArrowUp");
        await Assertions.Expect(texts).ToHaveTextAsync(["Структура", "Перша", "Третя", "Друга"]);
        await page.Keyboard.TypeAsync("!");
        await Assertions.Expect(texts.Nth(2)).ToContainTextAsync("!");

        // The toolbar's buttons act on the provision that last had the caret.
        await page.Locator("[data-structure] button[data-structure-move='-1']").ClickAsync();
        await Assertions.Expect(texts.Nth(1)).ToContainTextAsync("Третя");
        await Assertions.Expect(page.Locator("[data-structure] button[data-structure-move='-1']")).ToBeEnabledAsync();

        // Dragging a provision's number onto the lower half of another puts it after that one.
        var last = page.Locator(".draft-provision").Nth(3);
        await page.Locator(".draft-label").Nth(1).DragToAsync(last, new LocatorDragToOptions
        {
            TargetPosition = new TargetPosition { X = 40, Y = (await last.BoundingBoxAsync())!.Height - 2 },
        });
        await Assertions.Expect(texts).ToHaveTextAsync(["Структура", "Перша", "Друга", "Третя!"]);

        // An input method composes in the page; what it commits is one insertion, not the intermediate states.
        await texts.Nth(1).ClickAsync();
        await page.Keyboard.PressAsync("End");
        var cdp = await page.Context.NewCDPSessionAsync(page);
        await cdp.SendAsync("Input.imeSetComposition", new Dictionary<string, object> { ["text"] = "ф", ["selectionStart"] = 1, ["selectionEnd"] = 1 });
        await cdp.SendAsync("Input.imeSetComposition", new Dictionary<string, object> { ["text"] = "фра", ["selectionStart"] = 3, ["selectionEnd"] = 3 });
        await cdp.SendAsync("Input.insertText", new Dictionary<string, object> { ["text"] = " фраза" });
        await Assertions.Expect(texts.Nth(1)).ToHaveTextAsync("Перша фраза");

        await SavedAsync(page);
        var server = await ServerTextAsync(draftId);
        Assert.Equal(["Структура", "Перша фраза", "Друга", "Третя!"], server.Provisions.Select(p => p.Text));
        Assert.Equal([ProvisionKind.Title, ProvisionKind.Article, ProvisionKind.Part, ProvisionKind.Article], server.Provisions.Select(p => p.Kind));
        await Assertions.Expect(page.Locator(".draft-label")).ToHaveTextAsync(["", "Стаття 1", "1.", "Стаття 2"]);

        // A comment anchored on words selected by keyboard.
        await texts.Nth(3).ClickAsync();
        await page.Keyboard.PressAsync("End");
        await page.Keyboard.PressAsync("Shift+Home");
        await page.Locator("[data-structure-comment]").ClickAsync();
        await Assertions.Expect(page.Locator("[data-testid=selection-comment]")).ToContainTextAsync("«Третя!»");
        await page.Locator("[data-testid=selection-comment-body]").FillAsync("Чому тут знак оклику?");
        await page.Locator("[data-testid=selection-comment-send]").ClickAsync();
        await Assertions.Expect(page.Locator("[data-testid=selection-comment-added]")).ToBeVisibleAsync();
        var comment = Assert.Single(await browser.Services.GetRequiredService<Comments>().ListAsync(await DraftingFixture.UserAsync(browser.Services, "chair"), draftId));
        Assert.Equal("Третя!", comment.AnchoredText);
        Assert.Equal("Чому тут знак оклику?", comment.Comment.Body);
    }

    private static Task SavedAsync(IPage page) =>
        Assertions.Expect(page.Locator("[data-save-state]")).ToHaveAttributeAsync("data-save-state", "saved");

    private async Task<DraftDocument> ServerTextAsync(Guid draftId) =>
        (await browser.Services.GetRequiredService<DraftSessions>().GetAsync(draftId))!.Current.Document;

    /// <summary>A draft of the test's own (a title and three articles), so no other test sees its structure change.</summary>
    private async Task<Guid> NewDraftAsync(params string[] articles)
    {
        var services = browser.Services;
        var chair = await DraftingFixture.UserAsync(services, "chair");
        var groupId = (await services.GetRequiredService<WorkingGroups>().CreateAsync(chair, "Будова " + Guid.NewGuid().ToString("N")[..8], null, GroupVisibility.MembersOnly)).Value;
        var document = DraftTemplates.Of([(ProvisionKind.Title, "Структура"), .. articles.Select(a => (ProvisionKind.Article, a))]);
        return (await services.GetRequiredService<Drafts>().CreateAsync(chair, groupId, DraftKind.Law, "Структура", _ => document)).Value;
    }
}
