using EGov.Collab.Data.Seeding;
using EGov.Collab.Tests.Support;
using Microsoft.Playwright;

namespace EGov.Collab.Tests.Browser.Search;

[Collection(SharedBrowser.Name)]
public sealed class SearchSuggestionsTests(PortalBrowser browser)
{
    [Fact]
    public async Task AppBarBox_Typing_SuggestsReadableTitles_KeyboardOpensOne()
    {
        var page = await browser.NewPageAsync();
        await using var _ = page.Context;
        await page.GotoAsync("/");
        await PortalBrowser.WaitForCircuitAsync(page);
        var box = page.Locator("#global-search");

        await box.PressSequentiallyAsync("єдиний реєс");

        var option = page.GetByRole(AriaRole.Option, new() { Name = ExpertClubDemoData.PollTopic }).First;
        await Assertions.Expect(option).ToBeVisibleAsync();
        await Assertions.Expect(box).ToHaveAttributeAsync("aria-expanded", "true");
        await box.PressAsync("ArrowDown");
        await Assertions.Expect(box).ToHaveAttributeAsync("aria-activedescendant", "global-search-list-0");
        await box.PressAsync("Enter");
        await Assertions.Expect(page).ToHaveURLAsync(new System.Text.RegularExpressions.Regex("/expert-club/topics/"));
    }

    [Fact]
    public async Task ResultsPage_FacetLink_NarrowsTheResults()
    {
        var page = await browser.NewPageAsync();
        await using var _ = page.Context;
        await page.GotoAsync("/search?q=" + Uri.EscapeDataString("громада"));

        await page.Locator("[data-testid=facet-module] a").First.ClickAsync();

        await Assertions.Expect(page).ToHaveURLAsync(new System.Text.RegularExpressions.Regex("module="));
        await Assertions.Expect(page.Locator("[data-testid=facet-module] [aria-current]")).Not.ToHaveTextAsync("Усі");
        await Assertions.Expect(page.Locator("[data-testid=search-result]").First).ToBeVisibleAsync();
    }
}
