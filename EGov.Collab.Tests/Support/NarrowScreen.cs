using Microsoft.Playwright;

namespace EGov.Collab.Tests.Support;

/// <summary>Issue #21.4: a page fits a 360 px phone without scrolling sideways (wide tables scroll in their own box).</summary>
public static class NarrowScreen
{
    public const int Width = 360;
    public const int Height = 740;

    private const string Fits = "() => document.documentElement.scrollWidth <= window.innerWidth";

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

    /// <summary>
    /// Narrows the page to a phone's width and gives null once it fits; else what sticks out. The layout answers a resize
    /// through script (MudBlazor's breakpoint listener re-renders), so this waits for the page to settle before judging.
    /// </summary>
    public static async Task<string?> OverflowAt360Async(IPage page)
    {
        await page.SetViewportSizeAsync(Width, Height);
        try
        {
            await page.WaitForFunctionAsync(Fits, null, new PageWaitForFunctionOptions { Timeout = 10_000 });
            return null;
        }
        catch (TimeoutException)
        {
            return await page.EvaluateAsync<string?>(WidestElement) is { } overflow ? $"scrolls sideways at {Width} px: {overflow}" : null;
        }
    }
}
