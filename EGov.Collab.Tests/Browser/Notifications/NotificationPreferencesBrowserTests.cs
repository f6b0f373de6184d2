using EGov.Collab.App.Notifications;
using EGov.Collab.Tests.Support;
using Microsoft.Playwright;

namespace EGov.Collab.Tests.Browser.Notifications;

[Collection(SharedBrowser.Name)]
public sealed class NotificationPreferencesBrowserTests(PortalBrowser browser)
{
    [Fact]
    public async Task MemberTurnsOffMailForAType_FromTheNotificationsPage_AndTheChoiceStays()
    {
        await using var context = await browser.NewContextAsync("en-US");
        var page = await PortalBrowser.SignInAsync(context, "member1@demo.egov.ua");
        await page.GotoAsync("/notifications");
        await PortalBrowser.WaitForCircuitAsync(page);
        await page.ClickAsync("[data-testid=notifications-preferences]");
        await PortalBrowser.WaitForCircuitAsync(page);
        var contest = page.GetByRole(AriaRole.Switch, new PageGetByRoleOptions { Name = "Contest: results" })
            .Or(page.GetByRole(AriaRole.Checkbox, new PageGetByRoleOptions { Name = "Contest: results" }));
        await Assertions.Expect(contest).ToBeCheckedAsync();

        await contest.ClickAsync();
        await Assertions.Expect(page.Locator("[data-testid=preferences-saved]")).ToBeVisibleAsync();

        await page.ReloadAsync();
        await PortalBrowser.WaitForCircuitAsync(page);
        await Assertions.Expect(page.GetByRole(AriaRole.Switch, new PageGetByRoleOptions { Name = "Contest: results" })
            .Or(page.GetByRole(AriaRole.Checkbox, new PageGetByRoleOptions { Name = "Contest: results" }))).Not.ToBeCheckedAsync();
        await Accessibility.AssertNoSeriousViolationsAsync(page);
    }
}
