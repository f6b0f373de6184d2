using EGov.Collab.Tests.Support;

namespace EGov.Collab.Tests.Browser;

/// <summary>
/// The English visits of the route scan: also Ukrainian text marked lang="uk" (#21.6). A failure lists every finding of
/// the visit. Every other route here, the rest in <see cref="EnglishAccessibilitySecondHalfTests"/>.
/// </summary>
[Collection(EnglishRouteScanBrowser.Name)]
public sealed class EnglishAccessibilityTests(PortalBrowser browser)
{
    public static TheoryData<string, string> Routes => PortalRouteVisits.In("en-US", half: 0);

    [Theory]
    [MemberData(nameof(Routes))]
    public Task Route_PassesAxe_MarksUkrainianText_AndFitsAPhone(string route, string culture) => RouteScan.AssertCleanAsync(browser, route, culture);
}

/// <summary>The English routes <see cref="EnglishAccessibilityTests"/> leaves to a second portal.</summary>
[Collection(EnglishRouteScanSecondHalfBrowser.Name)]
public sealed class EnglishAccessibilitySecondHalfTests(PortalBrowser browser)
{
    public static TheoryData<string, string> Routes => PortalRouteVisits.In("en-US", half: 1);

    [Theory]
    [MemberData(nameof(Routes))]
    public Task Route_PassesAxe_MarksUkrainianText_AndFitsAPhone(string route, string culture) => RouteScan.AssertCleanAsync(browser, route, culture);
}
