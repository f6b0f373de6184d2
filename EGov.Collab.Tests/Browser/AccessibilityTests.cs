using EGov.Collab.Tests.Support;

namespace EGov.Collab.Tests.Browser;

/// <summary>
/// Every route (<see cref="PortalRoutes"/>) in both languages, signed in as the account meant to see it, in one visit:
/// axe at desktop width (#21), Ukrainian text marked lang="uk" on English pages (#21.6), and no sideways scrolling once
/// narrowed to a 360 px phone (#21.4). A failure lists every finding of the visit.
/// </summary>
[Collection(RouteScanBrowser.Name)]
public sealed class AccessibilityTests(PortalBrowser browser)
{
    public static TheoryData<string, string> Routes => PortalRouteVisits.InBothLanguages();

    [Theory]
    [MemberData(nameof(Routes))]
    public async Task Route_PassesAxe_MarksUkrainianText_AndFitsAPhone(string route, string culture)
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
