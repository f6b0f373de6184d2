namespace EGov.Collab.Tests.Support;

/// <summary>One visit of the route scan: axe, the language of parts on pages not in Ukrainian, and a 360 px phone.</summary>
public static class RouteScan
{
    public static async Task AssertCleanAsync(PortalBrowser browser, string route, string culture)
    {
        var page = await browser.VisitAsync(PortalRouteVisits.Find(route), culture);
        await using var _ = page.Context;

        var findings = new List<string?> { await Accessibility.SeriousViolationsAsync(page) };
        if (culture != "uk-UA") findings.Add(await LanguageOfParts.UnmarkedUkrainianAsync(page));
        findings.Add(await NarrowScreen.OverflowAt360Async(page));

        var found = findings.OfType<string>().ToList();
        Assert.True(found.Count == 0, $"{route} ({culture}):\n" + string.Join("\n", found));
    }
}
