using System.Globalization;
using EGov.Collab.Data.Seeding;
using EGov.Collab.Tests.Support;
using Microsoft.Playwright;

namespace EGov.Collab.Tests.Browser.Admin;

[Collection(SharedBrowser.Name)]
public sealed class AdministrationFlowTests(PortalBrowser browser)
{
    [Fact]
    public async Task ApproveOrganisation_InTheAdminArea_UpdatesAVisitorsHomePageLive()
    {
        await using var visitorContext = await browser.NewContextAsync();
        var visitor = await visitorContext.NewPageAsync();
        await visitor.GotoAsync("/");
        await PortalBrowser.WaitForCircuitAsync(visitor);
        var count = visitor.Locator("[data-count=organisations]");
        var before = int.Parse((await count.InnerTextAsync()).Replace("\u00a0", "", StringComparison.Ordinal), NumberStyles.AllowThousands, CultureInfo.GetCultureInfo("uk-UA"));

        await using var adminContext = await browser.NewContextAsync();
        var admin = await PortalBrowser.SignInAsync(adminContext, "admin@demo.egov.ua");
        await admin.GotoAsync("/admin/organisations?status=Pending");
        await PortalBrowser.WaitForCircuitAsync(admin);
        var row = admin.Locator($"td[data-organisation='{DemoData.PendingRequest}']");
        await row.Locator("[data-action=approve]").ClickAsync();

        await Assertions.Expect(row).ToHaveCountAsync(0);
        await Assertions.Expect(count).ToHaveTextAsync((before + 1).ToString("N0", CultureInfo.GetCultureInfo("uk-UA")));
    }

    [Fact]
    public async Task HangfireDashboard_OverKestrel_OpensForAdministratorsOnly()
    {
        await using var adminContext = await browser.NewContextAsync();
        var admin = await PortalBrowser.SignInAsync(adminContext, "admin@demo.egov.ua");
        await using var memberContext = await browser.NewContextAsync();
        var member = await PortalBrowser.SignInAsync(memberContext, "member1@demo.egov.ua");

        var forAdmin = await admin.GotoAsync("/hangfire/recurring");
        var forMember = await member.GotoAsync("/hangfire");

        Assert.Equal(200, forAdmin?.Status);
        await Assertions.Expect(admin.Locator("body")).ToContainTextAsync("outbox-retention");
        Assert.True(forMember?.Status is 401 or 403, $"A plain member got {forMember?.Status} from /hangfire.");
    }
}
