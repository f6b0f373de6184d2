using EGov.Collab.Tests.Support;
using Microsoft.Playwright;
using static Microsoft.Playwright.Assertions;

namespace EGov.Collab.Tests.Browser;

/// <summary>Issue #21.4: a 360 px phone keeps the app bar's tools and the drawer reachable (AccessibilityTests checks every route fits).</summary>
[Collection(SharedBrowser.Name)]
public sealed class NarrowScreenTests(PortalBrowser browser)
{
    private const int Phone = NarrowScreen.Width;

    /// <summary>
    /// The drawer by keyboard, on a phone (where MudBlazor makes it a temporary overlay, closed at first) and on a desktop
    /// (docked, open at first): its toggle opens it and focus moves into it; Escape closes it and focus goes back to the
    /// toggle; while closed its links are out of the tab order.
    /// </summary>
    [Theory]
    [InlineData(Phone, false)]
    [InlineData(1280, true)]
    public async Task Drawer_ByKeyboard_OpensWithFocusInside_EscapeClosesToTheToggle(int width, bool openAtFirst)
    {
        var page = await browser.NewPageAsync();
        await using var _ = page.Context;
        await page.SetViewportSizeAsync(width, 740);
        await page.GotoAsync("/journal");
        await PortalBrowser.WaitForCircuitAsync(page);
        var drawer = page.Locator("aside.mud-drawer");
        var toggle = page.Locator("button.drawer-toggle");
        var firstLink = drawer.Locator("a").First;
        await Expect(drawer).ToHaveClassAsync(DrawerState(openAtFirst));

        await page.Keyboard.PressAsync("Tab");
        await page.Keyboard.PressAsync("Tab");
        await Expect(toggle).ToBeFocusedAsync();
        if (openAtFirst)
        {
            await page.Keyboard.PressAsync("Enter");
            await Expect(drawer).ToHaveClassAsync(DrawerState(open: false));
            await Expect(toggle).ToHaveAttributeAsync("aria-expanded", "false");
        }
        await Expect(firstLink).ToBeHiddenAsync();
        Assert.Equal("page", await FirstStopAfterTheAppBarAsync(page));
        await Expect(toggle).ToBeFocusedAsync();

        await page.Keyboard.PressAsync("Enter");
        await Expect(drawer).ToHaveClassAsync(DrawerState(open: true));
        await Expect(toggle).ToHaveAttributeAsync("aria-expanded", "true");
        await Expect(drawer.Locator(".drawer-nav")).ToBeFocusedAsync();
        await page.Keyboard.PressAsync("Tab");
        await Expect(firstLink).ToBeFocusedAsync();
        await Expect(firstLink).ToBeInViewportAsync(new() { Ratio = 1 });

        await page.Keyboard.PressAsync("Escape");
        await Expect(drawer).ToHaveClassAsync(DrawerState(open: false));
        await Expect(toggle).ToBeFocusedAsync();
        await Expect(toggle).ToHaveAttributeAsync("aria-expanded", "false");
        await Expect(firstLink).ToBeHiddenAsync();
    }

    private static System.Text.RegularExpressions.Regex DrawerState(bool open) =>
        new(open ? @"\bmud-drawer--open\b" : @"\bmud-drawer--closed\b");

    /// <summary>
    /// Tabs on from the app bar until focus leaves it and says where it went ("drawer", which comes next in the document,
    /// or "page"), then Shift+Tabs back to where it started.
    /// </summary>
    private static async Task<string> FirstStopAfterTheAppBarAsync(IPage page)
    {
        var presses = 0;
        string where;
        do
        {
            await page.Keyboard.PressAsync("Tab");
            presses++;
            where = await page.EvaluateAsync<string>(
                "() => { const e = document.activeElement; return e.closest('header') ? 'header' : e.closest('aside') ? 'drawer' : 'page'; }");
        }
        while (where == "header" && presses < 30);
        for (var i = 0; i < presses; i++) await page.Keyboard.PressAsync("Shift+Tab");
        return where;
    }

    [Theory]
    [InlineData("/")]
    [InlineData("/Account/Register")]
    public async Task AppBar_At360Pixels_KeepsSignInReachable(string url)
    {
        var page = await browser.NewPageAsync();
        await using var _ = page.Context;
        await page.SetViewportSizeAsync(Phone, 740);
        await page.GotoAsync(url);
        // On a page of the circuit, wait for it: its start replaces the server-rendered markup, a disclosure opened before too.
        if (url.StartsWith("/Account", StringComparison.Ordinal)) await page.Locator("main").WaitForAsync();
        else await PortalBrowser.WaitForCircuitAsync(page);

        await page.Locator("summary.appbar-more-toggle").ClickAsync();

        var signIn = page.Locator(".appbar-more-panel a[href^='/Account/Login']");
        await Expect(signIn).ToBeInViewportAsync(new() { Ratio = 1 });
        await page.Locator("summary.appbar-more-toggle").FocusAsync();
        await page.Keyboard.PressAsync("Escape");
        await Expect(signIn).ToBeHiddenAsync();
        await Expect(page.Locator("summary.appbar-more-toggle")).ToBeFocusedAsync();
    }

    [Fact]
    public async Task AppBar_At360Pixels_SignedIn_KeepsTheBellProfileAndSignOutReachable()
    {
        var context = await browser.NewContextAsync();
        await using var _ = context;
        var page = await PortalBrowser.SignInAsync(context, "member1@demo.egov.ua");
        await page.SetViewportSizeAsync(Phone, 740);
        await page.GotoAsync("/");
        await PortalBrowser.WaitForCircuitAsync(page);

        await Expect(page.Locator("[data-testid=notification-bell]")).ToBeInViewportAsync(new() { Ratio = 1 });
        await page.Locator("summary.appbar-more-toggle").ClickAsync();
        await Expect(page.Locator(".appbar-more-panel a[href='/Account/Manage']")).ToBeInViewportAsync(new() { Ratio = 1 });
        await Expect(page.Locator(".appbar-more-panel button[type=submit]")).ToBeInViewportAsync(new() { Ratio = 1 });
    }
}
