using EGov.Collab.Domain.Common;
using EGov.Collab.Tests.Support;
using Microsoft.Playwright;

namespace EGov.Collab.Tests.Browser;

[Collection(SharedBrowser.Name)]
public sealed class ShellTests(PortalBrowser browser)
{
    [Fact]
    public async Task Home_Drawer_ListsElevenModules()
    {
        var page = await browser.NewPageAsync();
        await using var _ = page.Context;

        await page.GotoAsync("/");
        await PortalBrowser.WaitForCircuitAsync(page);

        var drawer = page.Locator(".mud-drawer");
        await Assertions.Expect(drawer).ToBeVisibleAsync();
        foreach (var module in ModuleKeys.All)
            await Assertions.Expect(drawer.Locator($"a[href='/{module.Slug()}']")).ToHaveCountAsync(1);
        var moduleLinks = await drawer.Locator("a[href]").EvaluateAllAsync<string[]>("links => links.map(l => l.getAttribute('href')).filter(h => h !== '/')");
        Assert.Equal(ModuleKeys.All.Select(m => "/" + m.Slug()), moduleLinks);
    }

    [Fact]
    public async Task Home_MenuButton_TogglesDrawer()
    {
        var page = await browser.NewPageAsync();
        await using var _ = page.Context;
        await page.GotoAsync("/");
        await PortalBrowser.WaitForCircuitAsync(page);
        var toggle = page.Locator("header button[aria-expanded]");
        await Assertions.Expect(toggle).ToHaveAttributeAsync("aria-expanded", "true");

        await toggle.ClickAsync();

        await Assertions.Expect(toggle).ToHaveAttributeAsync("aria-expanded", "false");
    }

    [Fact]
    public async Task Search_FromAppBar_ShowsResults()
    {
        var page = await browser.NewPageAsync();
        await using var _ = page.Context;
        await page.GotoAsync("/");
        await PortalBrowser.WaitForCircuitAsync(page);

        await page.FillAsync("#global-search", "бібліотека");
        await page.PressAsync("#global-search", "Enter");

        await Assertions.Expect(page.Locator("main ul.search-results a[href='/library']")).ToBeVisibleAsync();
    }
}
