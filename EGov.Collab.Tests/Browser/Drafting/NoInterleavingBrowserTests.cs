using System.Text.RegularExpressions;
using EGov.Collab.App.Drafting.Live;
using EGov.Collab.Domain.Drafting;
using EGov.Collab.Domain.Drafting.Editing;
using EGov.Collab.Tests.Support;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Playwright;

namespace EGov.Collab.Tests.Browser.Drafting;

/// <summary>
/// Issue #22.3 in real browsers: two people typing at the same position at once end with each one's run contiguous
/// ("…AAA111BBB222" or "…BBB222AAA111", never "ABAA111BB222"), and both screens agree with the server.
/// </summary>
[Collection(SharedBrowser.Name)]
public sealed partial class NoInterleavingBrowserTests(PortalBrowser browser)
{
    private static readonly LocatorAssertionsToHaveTextOptions LiveText = new() { Timeout = 90_000 };

    [Fact]
    public async Task TwoMembers_TypeAtTheSamePositionAtOnce_EachRunStaysContiguous_OnBothScreens()
    {
        var groupId = await DraftArrangement.GroupAsync(browser.Services, GroupVisibility.MembersOnly, "member1", "member2");
        const string start = "Спільний текст.";
        var draftId = await DraftArrangement.LawAsync(browser.Services, groupId, "Без перемішування", (ProvisionKind.Article, start));
        await using var firstContext = await browser.NewContextAsync();
        await using var secondContext = await browser.NewContextAsync();
        var first = await PortalBrowser.SignInAsync(firstContext, "member1@demo.egov.ua");
        var second = await PortalBrowser.SignInAsync(secondContext, "member2@demo.egov.ua");
        await Task.WhenAll(OpenEditorAsync(first, draftId), OpenEditorAsync(second, draftId));
        // Each sees the other before typing, so both circuits are joined to the draft's session.
        await Assertions.Expect(first.Locator(".draft-person[data-person='Тарас Кравчук']")).ToHaveCountAsync(1, new() { Timeout = 90_000 });
        await Assertions.Expect(second.Locator(".draft-person[data-person='Ірина Бондаренко']")).ToHaveCountAsync(1, new() { Timeout = 90_000 });

        var mine = first.Locator(".draft-text").Nth(1);
        var theirs = second.Locator(".draft-text").Nth(1);
        await mine.ClickAsync();
        await first.Keyboard.PressAsync("End");
        await theirs.ClickAsync();
        await second.Keyboard.PressAsync("End");

        // Both type at the end of the same provision without waiting for each other; a short pace per key keeps the
        // two runs overlapping in time (both have unacknowledged keystrokes while the other's arrive).
        await Task.WhenAll(
            first.Keyboard.TypeAsync("AAA111", new() { Delay = 40 }),
            second.Keyboard.TypeAsync("BBB222", new() { Delay = 40 }));

        var contiguous = Contiguous();
        await Assertions.Expect(mine).ToHaveTextAsync(contiguous, LiveText);
        await Assertions.Expect(theirs).ToHaveTextAsync(contiguous, LiveText);
        await Assertions.Expect(first.Locator("[data-save-state]")).ToHaveAttributeAsync("data-save-state", "saved");
        await Assertions.Expect(second.Locator("[data-save-state]")).ToHaveAttributeAsync("data-save-state", "saved");
        var onFirst = await mine.InnerTextAsync();
        Assert.Equal(onFirst, await theirs.InnerTextAsync());
        var (document, _) = await browser.Services.GetRequiredService<IDraftEditing>().CurrentAsync(draftId);
        Assert.Equal(onFirst, document.Provisions[1].Text);
    }

    private static async Task OpenEditorAsync(IPage page, Guid draftId)
    {
        await page.GotoAsync($"/drafting/drafts/{draftId}/edit");
        await PortalBrowser.WaitForCircuitAsync(page);
        await Assertions.Expect(page.Locator("[data-save-state]")).ToHaveAttributeAsync("data-save-state", "saved");
    }

    [GeneratedRegex(@"^Спільний текст\.(AAA111BBB222|BBB222AAA111)$")]
    private static partial Regex Contiguous();
}
