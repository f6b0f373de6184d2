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
    [InlineData("uk-UA")]
    [InlineData("en-US")]
    public async Task EveryRoute_At360Pixels_HasNoHorizontalScroll(string culture)
    {
        var offenders = new List<string>();
        foreach (var route in PortalRoutes.All)
        {
            IPage page;
            try
            {
                page = await browser.VisitAsync(route, culture, Phone);
            }
            catch (TimeoutException exception)
            {
                // A page that never becomes usable is a finding too; name it and go on with the others.
                offenders.Add($"{route}: did not load ({exception.Message.Split('\n')[0]})");
                continue;
            }
            await using var _ = page.Context;
            await page.SetViewportSizeAsync(Phone, 740);
            var overflow = await page.EvaluateAsync<string?>(WidestElement);
            if (overflow is not null) offenders.Add($"{route}: {overflow}");
        }

        Assert.True(offenders.Count == 0, $"{offenders.Count} routes scroll sideways at {Phone} px ({culture}):\n" + string.Join("\n", offenders));
    }

    /// <summary>Null when the page fits; else its scroll width and the innermost element that sticks out.</summary>
    private const string WidestElement = """
        () => {
            const root = document.documentElement;
            if (root.scrollWidth <= window.innerWidth) return null;
            const wide = [...document.querySelectorAll('body *')].filter(e => e.getBoundingClientRect().right > window.innerWidth + 1
                && !e.closest('[hidden], .mud-popover-provider'));
            const culprit = wide.find(e => ![...e.children].some(c => wide.includes(c))) ?? root;
            return `${root.scrollWidth}px wide; e.g. ${culprit.outerHTML.slice(0, 160)}`;
        }
        """;

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
