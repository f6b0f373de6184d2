using EGov.Collab.Tests.Support;
using Microsoft.Playwright;
using static Microsoft.Playwright.Assertions;

namespace EGov.Collab.Tests.Browser;

/// <summary>Issue #21.4: a 360 px phone. Every route fits without scrolling sideways; the app bar keeps its tools reachable.</summary>
[Collection(SharedBrowser.Name)]
public sealed class NarrowScreenTests(PortalBrowser browser)
{
    private const int Phone = 360;

    /// <summary>One walk over every route, so the failure lists all the pages that still scroll sideways at once.</summary>
    [Theory]
    [InlineData("/")]
    [InlineData("/Account/Register")]
    public async Task AppBar_At360Pixels_KeepsSignInReachable(string url)
    {
        var page = await browser.NewPageAsync();
        await using var _ = page.Context;
        await page.SetViewportSizeAsync(Phone, 740);
        await page.GotoAsync(url);
        await page.Locator("main").WaitForAsync();

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
