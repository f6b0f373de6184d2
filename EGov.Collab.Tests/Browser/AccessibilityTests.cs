using EGov.Collab.Tests.Support;

namespace EGov.Collab.Tests.Browser;

[Collection(SharedBrowser.Name)]
public sealed class AccessibilityTests(PortalBrowser browser)
{
    /// <summary>Every route (<see cref="PortalRoutes"/>) in both languages, signed in as the account meant to see it.</summary>
    public static TheoryData<string, string> Routes => PortalRouteVisits.InBothLanguages();

    [Theory]
    [MemberData(nameof(Routes))]
    public async Task Axe_Route_NoSeriousOrCriticalViolations(string route, string culture)
    {
        var page = await browser.VisitAsync(PortalRouteVisits.Find(route), culture);
        await using var _ = page.Context;

        await Accessibility.AssertNoSeriousViolationsAsync(page);
    }
}
