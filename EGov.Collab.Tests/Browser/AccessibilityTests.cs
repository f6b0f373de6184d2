using EGov.Collab.Tests.Support;

namespace EGov.Collab.Tests.Browser;

/// <summary>
/// Every route (<see cref="PortalRoutes"/>) in Ukrainian, signed in as the account meant to see it, in one visit: axe at
/// desktop width (#21) and no sideways scrolling once narrowed to a 360 px phone (#21.4). The English visits are
/// <see cref="EnglishAccessibilityTests"/>, on a portal of their own so the two halves run side by side.
/// </summary>
[Collection(RouteScanBrowser.Name)]
public sealed class AccessibilityTests(PortalBrowser browser)
{
    public static TheoryData<string, string> Routes => PortalRouteVisits.In("uk-UA");

    [Theory]
    [MemberData(nameof(Routes))]
    public Task Route_PassesAxe_MarksUkrainianText_AndFitsAPhone(string route, string culture) => RouteScan.AssertCleanAsync(browser, route, culture);
}
