using EGov.Collab.Tests.Support;
using Microsoft.Playwright;
using static Microsoft.Playwright.Assertions;

namespace EGov.Collab.Tests.Browser;

/// <summary>Issue #21.2 and #21.3: the skip link on a deep page, and a visible focus indicator on what the keyboard reaches.</summary>
[Collection(SharedBrowser.Name)]
public sealed class ShellKeyboardTests(PortalBrowser browser)
{
    /// <summary>
    /// How each focusable element looks unfocused (its outline and box-shadow, and its next sibling's, where MudBlazor's
    /// check boxes and radios draw their ring): kept for every element but the focused one, so content that appears
    /// later has its unfocused look before the keyboard reaches it.
    /// </summary>
    private const string RememberUnfocused = """
        () => {
            const look = e => e ? (s => [s.outlineStyle, s.outlineWidth, s.outlineColor, s.boxShadow].join(' '))(getComputedStyle(e)) : '';
            window.__unfocused ??= new WeakMap();
            for (const e of document.querySelectorAll('a[href], button, input, select, textarea, summary, [tabindex], [contenteditable]'))
                if (e !== document.activeElement) window.__unfocused.set(e, [look(e), look(e.nextElementSibling)]);
        }
        """;

    /// <summary>
    /// The focused element: visible when focus changed its outline or ring (or its next sibling's) into one that shows,
    /// a 2 px or wider outline or a box-shadow. A raised button's resting shadow that focus leaves alone is no indicator.
    /// </summary>
    private const string FocusOf = """
        () => {
            const e = document.activeElement;
            if (!e || e === document.body) return null;
            const look = e => e ? (s => [s.outlineStyle, s.outlineWidth, s.outlineColor, s.boxShadow].join(' '))(getComputedStyle(e)) : '';
            const shows = e => (s => (s.outlineStyle !== 'none' && parseFloat(s.outlineWidth) >= 2) || s.boxShadow !== 'none')(getComputedStyle(e));
            const before = window.__unfocused?.get(e);
            const changed = (el, i) => el && before && look(el) !== before[i] && shows(el);
            window.__visited ??= new WeakSet();
            const again = window.__visited.has(e);
            window.__visited.add(e);
            return {
                again,
                visible: changed(e, 0) || changed(e.nextElementSibling, 1),
                what: (before ? '' : '(never seen unfocused) ') + e.outerHTML.slice(0, 120),
            };
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

    /// <summary>Routes of <see cref="PortalRoutes"/>, opened as their account: the main pages, the live draft editor and a club topic.</summary>
    [Theory]
    [InlineData("/")]
    [InlineData("/methodology")]
    [InlineData("/library?sort=downloads")]
    [InlineData("/practices")]
    [InlineData("/Account/Login")]
    [InlineData("/drafting/drafts/{DraftId:guid}/edit as chair")]
    [InlineData("/expert-club/topics/{TopicId:guid} as expert1")]
    public async Task Tab_ThroughThePage_EachStopShowsAVisibleFocusIndicator(string route)
    {
        var page = await browser.VisitAsync(PortalRouteVisits.Find(route), "uk-UA");
        await using var _ = page.Context;
        await page.Locator("body").FocusAsync();
        await page.EvaluateAsync(RememberUnfocused);

        var invisible = new List<string>();
        var stops = 0;
        for (var i = 0; i < MaxTabStops; i++)
        {
            await page.Keyboard.PressAsync("Tab");
            var focus = await page.EvaluateAsync<FocusState?>(FocusOf);
            // Round the page and back to the first stop: every stop has been seen.
            if (focus is null or { Again: true }) break;
            stops++;
            if (!focus.Visible) invisible.Add(focus.What);
            await page.EvaluateAsync(RememberUnfocused);
        }

        Assert.True(stops > 5, $"Tab reached only {stops} stops on {route}.");
        Assert.True(invisible.Count == 0, $"No visible focus on {route}:\n" + string.Join("\n", invisible));
    }

    /// <summary>Enough for the longest page listed (the draft editor); a page with more ends its walk there.</summary>
    private const int MaxTabStops = 250;

    private sealed class FocusState
    {
        public bool Again { get; set; }

        public bool Visible { get; set; }

        public string What { get; set; } = "";
    }
}
