using EGov.Collab.Tests.Support;
using Microsoft.Playwright;
using static Microsoft.Playwright.Assertions;

namespace EGov.Collab.Tests.Browser;

/// <summary>Issue #21.2 and #21.3: the skip link on a deep page, and a visible focus indicator on what the keyboard reaches.</summary>
[Collection(SharedBrowser.Name)]
public sealed class ShellKeyboardTests(PortalBrowser browser)
{
    private const string FocusOf = """
        () => {
            const e = document.activeElement;
            if (!e || e === document.body) return null;
            const s = getComputedStyle(e);
            const outline = s.outlineStyle !== 'none' && parseFloat(s.outlineWidth) >= 2;
            const ring = s.boxShadow && s.boxShadow !== 'none';
            return { visible: outline || ring, what: e.outerHTML.slice(0, 120) };
        }
        """;

    [Fact]
    public async Task SkipLink_OnADeepPage_ByKeyboard_MovesFocusIntoMain_AndStaysOnThePage()
    {
        var page = await browser.NewPageAsync();
        await using var _ = page.Context;
        await page.GotoAsync("/methodology/acts");
        await PortalBrowser.WaitForCircuitAsync(page);

        var skip = page.Locator("a.skip-link");
        await skip.FocusAsync();
        await page.Keyboard.PressAsync("Enter");

        await Expect(page.Locator("main#main")).ToBeFocusedAsync();
        Assert.Equal("/methodology/acts", new Uri(page.Url).AbsolutePath);
        await page.Keyboard.PressAsync("Tab");
        Assert.True(await page.EvaluateAsync<bool>("() => document.activeElement.closest('main') !== null"),
            "Tab after the skip link should reach the first control inside <main>.");
    }

    [Fact]
    public async Task ANavigationInTheCircuit_FocusesTheNewPagesHeading_TheFirstPageLeavesFocusAlone()
    {
        var page = await browser.NewPageAsync();
        await using var _ = page.Context;
        await page.GotoAsync("/methodology");
        await PortalBrowser.WaitForCircuitAsync(page);
        // The circuit started without taking focus: it is where the browser put it, on the page itself.
        Assert.True(await page.EvaluateAsync<bool>("() => document.activeElement === document.body"));

        await page.Locator("nav a[href='/library']").First.ClickAsync();

        await Expect(page).ToHaveURLAsync(new System.Text.RegularExpressions.Regex("/library$"));
        await Expect(page.Locator("main h1")).ToBeFocusedAsync();
    }

    [Fact]
    public async Task SkipLink_OnAServerRenderedPage_PointsAtThatPage()
    {
        var page = await browser.NewPageAsync();
        await using var _ = page.Context;
        await page.GotoAsync("/Account/Login");

        var href = await page.EvalOnSelectorAsync<string>("a.skip-link", "a => a.href");

        Assert.Equal("/Account/Login#main", new Uri(href).PathAndQuery + new Uri(href).Fragment);
    }

    [Theory]
    [InlineData("/")]
    [InlineData("/methodology")]
    [InlineData("/library?sort=downloads")]
    [InlineData("/practices")]
    [InlineData("/Account/Login")]
    public async Task Tab_ThroughTheFirstControls_EachShowsAVisibleFocusIndicator(string url)
    {
        var page = await browser.NewPageAsync();
        await using var _ = page.Context;
        await page.GotoAsync(url);
        if (url.StartsWith("/Account", StringComparison.Ordinal)) await page.Locator("form.account-form").WaitForAsync();
        else await PortalBrowser.WaitForCircuitAsync(page);
        await page.Locator("body").FocusAsync();

        var invisible = new List<string>();
        for (var i = 0; i < 30; i++)
        {
            await page.Keyboard.PressAsync("Tab");
            var focus = await page.EvaluateAsync<FocusState?>(FocusOf);
            if (focus is { Visible: false }) invisible.Add(focus.What);
        }

        Assert.True(invisible.Count == 0, $"No visible focus on {url}:\n" + string.Join("\n", invisible));
    }

    private sealed class FocusState
    {
        public bool Visible { get; set; }

        public string What { get; set; } = "";
    }
}
