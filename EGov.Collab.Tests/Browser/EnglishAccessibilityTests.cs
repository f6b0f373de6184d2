using EGov.Collab.Tests.Support;

namespace EGov.Collab.Tests.Browser;

/// <summary>
/// The English half of the route scan: also Ukrainian text marked lang="uk" (#21.6). A failure lists every finding of the visit.
/// </summary>
[Collection(EnglishRouteScanBrowser.Name)]
public sealed class EnglishAccessibilityTests(PortalBrowser browser)
{
    public static TheoryData<string, string> Routes => PortalRouteVisits.In("en-US");

    [Theory]
    [MemberData(nameof(Routes))]
    public Task Route_PassesAxe_MarksUkrainianText_AndFitsAPhone(string route, string culture) => RouteScan.AssertCleanAsync(browser, route, culture);
}
