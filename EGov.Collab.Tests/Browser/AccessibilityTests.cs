using EGov.Collab.Domain.Common;
using EGov.Collab.Tests.Support;

namespace EGov.Collab.Tests.Browser;

[Collection(SharedBrowser.Name)]
public sealed class AccessibilityTests(PortalBrowser browser)
{
    public static TheoryData<string> Pages =>
    [
        "/",
        "/search?q=" + Uri.EscapeDataString("портал"),
        "/no-such-page",
        .. ModuleKeys.All.Select(m => "/" + m.Slug()),
    ];

    [Theory]
    [MemberData(nameof(Pages))]
    public async Task Axe_Page_NoSeriousOrCriticalViolations(string url)
    {
        var page = await browser.NewPageAsync();
        await using var _ = page.Context;

        await page.GotoAsync(url);
        await PortalBrowser.WaitForCircuitAsync(page);

        await Accessibility.AssertNoSeriousViolationsAsync(page);
    }

    [Fact]
    public async Task Axe_HomeInEnglish_NoSeriousOrCriticalViolations()
    {
        var page = await browser.NewPageAsync("en-US");
        await using var _ = page.Context;

        await page.GotoAsync("/");
        await PortalBrowser.WaitForCircuitAsync(page);

        await Accessibility.AssertNoSeriousViolationsAsync(page);
    }
}
