using Microsoft.Playwright;

namespace EGov.Collab.Tests.Support;

/// <summary>Issue #21.6: on pages in another language, visible Ukrainian text sits inside an element marked lang="uk".</summary>
public static class LanguageOfParts
{
    private const string Unmarked = """
        () => {
            const found = [];
            const walker = document.createTreeWalker(document.body, NodeFilter.SHOW_TEXT);
            for (let node = walker.nextNode(); node; node = walker.nextNode()) {
                const element = node.parentElement;
                if (!/[\u0400-\u04FF]/.test(node.data) || !element) continue;
                if (element.closest('script, style, [hidden], .language-switch')) continue;
                if ((element.closest('[lang]')?.getAttribute('lang') ?? '').startsWith('uk')) continue;
                if (element.getClientRects().length === 0) continue;
                found.push(node.data.trim().slice(0, 60));
            }
            return found;
        }
        """;

    /// <summary>
    /// Null when every visible Cyrillic text is marked; else the first phrases that are not. The marking script re-runs on
    /// DOM changes, so this waits for it to catch up with the page before judging.
    /// </summary>
    public static async Task<string?> UnmarkedUkrainianAsync(IPage page)
    {
        try
        {
            await page.WaitForFunctionAsync($"() => ({Unmarked})().length === 0", null, new PageWaitForFunctionOptions { Timeout = 15_000 });
            return null;
        }
        catch (TimeoutException)
        {
            var unmarked = await page.EvaluateAsync<string[]>(Unmarked);
            return "Ukrainian text without lang=\"uk\": " + string.Join(" | ", unmarked.Take(15));
        }
    }
}
