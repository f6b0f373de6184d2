using Microsoft.Playwright;

namespace EGov.Collab.Tests.Support;

/// <summary>Issue #21.4: a page fits a 360 px phone without scrolling sideways (wide tables scroll in their own box).</summary>
public static class NarrowScreen
{
    public const int Width = 360;
    public const int Height = 740;

    private const string Fits = "() => document.documentElement.scrollWidth <= window.innerWidth";

    /// <summary>
    /// Null when the page fits; else its scroll width and the innermost element that sticks out past the window without
    /// a box of its own scrolling or clipping it (cells of a table that scrolls in its own box are not to blame).
    /// </summary>
    private const string WidestElement = """
        () => {
            const root = document.documentElement;
            if (root.scrollWidth <= window.innerWidth) return null;
            // A box clips what it contains, except what is positioned against a box outside it.
            const clipped = e => {
                const position = getComputedStyle(e).position;
                if (position === 'fixed') return false;
                let a = e.parentElement;
                if (position === 'absolute')
                    while (a && a !== document.body && getComputedStyle(a).position === 'static') a = a.parentElement;
                for (; a && a !== document.body; a = a.parentElement)
                    if (getComputedStyle(a).overflowX !== 'visible') return true;
                return false;
            };
            // Its box sticks out, or text spills out of a box that fits (a chip's label that does not wrap).
            const sticksOut = e => {
                const box = e.getBoundingClientRect();
                return box.right > window.innerWidth + 1 || (e.scrollWidth > e.clientWidth + 1
                    && getComputedStyle(e).overflowX === 'visible' && box.left + e.scrollWidth > window.innerWidth + 1);
            };
            const wide = [...document.querySelectorAll('body *')].filter(e => sticksOut(e)
                && !e.closest('[hidden], .mud-popover-provider') && !clipped(e));
            const culprit = wide.find(e => ![...e.children].some(c => wide.includes(c))) ?? root;
            return `${root.scrollWidth}px wide; e.g. ${culprit.outerHTML.slice(0, 160)}`;
        }
        """;

    /// <summary>What makes the page scroll sideways at its present size, or null when it fits.</summary>
    public static Task<string?> OverflowAsync(IPage page) => page.EvaluateAsync<string?>(WidestElement);

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
            return await OverflowAsync(page) is { } overflow ? $"scrolls sideways at {Width} px: {overflow}" : null;
        }
    }
}
