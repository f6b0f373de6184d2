using EGov.Collab.Tests.Support;

namespace EGov.Collab.Tests.Browser;

/// <summary>The scanner the route scan relies on finds what it must: a scan that found nothing on any page would pass every route.</summary>
[Collection(RouteScanBrowser.Name)]
public sealed class AccessibilityScannerTests(PortalBrowser browser)
{
    [Fact]
    public async Task APageWithAnUnnamedLinkAndFaintText_IsReported_AndItsFixedTwinIsClean()
    {
        var page = await browser.NewPageAsync();
        await using var _ = page.Context;

        await page.SetContentAsync("""
            <html lang="en"><head><title>Faulty</title></head><body><main>
              <h1>Faulty</h1><a href="/somewhere"></a><p style="color:#bbb;background:#fff">Faint text</p>
            </main></body></html>
            """);
        var found = await Accessibility.SeriousViolationsAsync(page);

        Assert.NotNull(found);
        Assert.Contains("link-name", found, StringComparison.Ordinal);
        Assert.Contains("color-contrast", found, StringComparison.Ordinal);

        await page.SetContentAsync("""
            <html lang="en"><head><title>Fixed</title></head><body><main>
              <h1>Fixed</h1><a href="/somewhere">Somewhere</a><p style="color:#333;background:#fff">Plain text</p>
            </main></body></html>
            """);
        Assert.Null(await Accessibility.SeriousViolationsAsync(page));
    }
}
