using EGov.Collab.Tests.Support;
using Microsoft.Playwright;

namespace EGov.Collab.Tests.Browser;

/// <summary>
/// Issue #21.6: on English pages, Ukrainian user content (titles, names, texts that exist in one language) is marked
/// lang="uk" so a screen reader pronounces it as Ukrainian. The language switch names its languages in their own.
/// </summary>
[Collection(SharedBrowser.Name)]
public sealed class LanguageOfPartsTests(PortalBrowser browser)
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

    public static TheoryData<string> Routes =>
        new(PortalRoutes.All.Select(r => r.ToString()));

    [Theory]
    [MemberData(nameof(Routes))]
    public async Task EnglishPage_UkrainianText_IsMarkedAsUkrainian(string route)
    {
        var page = await browser.VisitAsync(PortalRouteVisits.Find(route), "en-US");
        await using var _ = page.Context;

        try
        {
            await page.WaitForFunctionAsync($"() => ({Unmarked})().length === 0", null, new PageWaitForFunctionOptions { Timeout = 15_000 });
        }
        catch (TimeoutException)
        {
            var unmarked = await page.EvaluateAsync<string[]>(Unmarked);
            Assert.Fail($"Ukrainian text without lang=\"uk\" on {route}: " + string.Join(" | ", unmarked.Take(15)));
        }
    }
}
