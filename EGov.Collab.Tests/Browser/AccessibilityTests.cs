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
        "/methodology/acts",
        "/methodology/templates",
        "/methodology/examples",
        "/library?sort=downloads",
        "/cities/" + EGov.Collab.Data.Seeding.CitiesDemoData.LvivHromada,
        "/cities/compare?codes=" + EGov.Collab.Data.Seeding.CitiesDemoData.LvivHromada + "," + EGov.Collab.Data.Seeding.CitiesDemoData.KulykivHromada,
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

    /// <summary>Account pages are server-rendered forms: there is no circuit to wait for.</summary>
    [Theory]
    [InlineData("/Account/Login")]
    [InlineData("/Account/Register")]
    [InlineData("/Account/ForgotPassword")]
    public async Task Axe_AccountPage_NoSeriousOrCriticalViolations(string url)
    {
        var page = await browser.NewPageAsync();
        await using var _ = page.Context;

        await page.GotoAsync(url);
        await page.Locator("form.account-form").WaitForAsync();

        await Accessibility.AssertNoSeriousViolationsAsync(page);
    }

    [Theory]
    [InlineData("/admin")]
    [InlineData("/admin/members")]
    [InlineData("/admin/organisations")]
    public async Task Axe_AdminPage_NoSeriousOrCriticalViolations(string url)
    {
        var context = await browser.NewContextAsync();
        await using var _ = context;
        var page = await PortalBrowser.SignInAsync(context, "admin@demo.egov.ua");

        await page.GotoAsync(url);
        await PortalBrowser.WaitForCircuitAsync(page);
        await page.Locator("main h1").WaitForAsync();

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
