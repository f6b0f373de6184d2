using EGov.Collab.Tests.Support;

namespace EGov.Collab.Tests.Browser;

/// <summary>
/// Every route (<see cref="PortalRoutes"/>) in Ukrainian, signed in as the account meant to see it, in one visit: axe at
/// desktop width (#21) and no sideways scrolling once narrowed to a 360 px phone (#21.4). This is every other route;
/// <see cref="AccessibilitySecondHalfTests"/> the rest, and <see cref="EnglishAccessibilityTests"/> the English visits,
/// each on a portal of its own so the parts run side by side.
/// </summary>
[Collection(RouteScanBrowser.Name)]
public sealed class AccessibilityTests(PortalBrowser browser)
{
    public static TheoryData<string, string> Routes => PortalRouteVisits.In("uk-UA", half: 0);

    [Theory]
    [MemberData(nameof(Routes))]
    public Task Route_PassesAxe_MarksUkrainianText_AndFitsAPhone(string route, string culture) => RouteScan.AssertCleanAsync(browser, route, culture);
}

/// <summary>The Ukrainian routes <see cref="AccessibilityTests"/> leaves to a second portal.</summary>
[Collection(RouteScanSecondHalfBrowser.Name)]
public sealed class AccessibilitySecondHalfTests(PortalBrowser browser)
{
    public static TheoryData<string, string> Routes => PortalRouteVisits.In("uk-UA", half: 1);

    [Theory]
    [MemberData(nameof(Routes))]
    public Task Route_PassesAxe_MarksUkrainianText_AndFitsAPhone(string route, string culture) => RouteScan.AssertCleanAsync(browser, route, culture);
}
