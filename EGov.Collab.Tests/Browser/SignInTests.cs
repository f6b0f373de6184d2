using EGov.Collab.Data.Seeding;
using EGov.Collab.Tests.Support;
using Microsoft.Playwright;

namespace EGov.Collab.Tests.Browser;

[Collection(SharedBrowser.Name)]
public sealed class SignInTests(PortalBrowser browser)
{
    [Fact]
    public async Task SignIn_TwoMembersInTwoContexts_EachSeesOwnNameWithLiveCircuits()
    {
        await using var first = await browser.NewContextAsync();
        await using var second = await browser.NewContextAsync();
        var member1 = DemoData.Accounts.Single(a => a.LocalPart == "member1");
        var member2 = DemoData.Accounts.Single(a => a.LocalPart == "member2");

        var page1 = await PortalBrowser.SignInAsync(first, member1.Email);
        var page2 = await PortalBrowser.SignInAsync(second, member2.Email);
        await PortalBrowser.WaitForCircuitAsync(page1);
        await PortalBrowser.WaitForCircuitAsync(page2);

        await Assertions.Expect(page1.Locator(".account-name")).ToHaveTextAsync(member1.FullName);
        await Assertions.Expect(page2.Locator(".account-name")).ToHaveTextAsync(member2.FullName);
        // Both circuits answer events at the same time: each page's drawer toggles through its own circuit.
        var toggle1 = page1.Locator("header button[aria-expanded]");
        var toggle2 = page2.Locator("header button[aria-expanded]");
        await toggle1.ClickAsync();
        await toggle2.ClickAsync();
        await Assertions.Expect(toggle1).ToHaveAttributeAsync("aria-expanded", "false");
        await Assertions.Expect(toggle2).ToHaveAttributeAsync("aria-expanded", "false");
        await Assertions.Expect(page1.Locator("#circuit-ready")).ToBeAttachedAsync();
        await Assertions.Expect(page2.Locator("#circuit-ready")).ToBeAttachedAsync();
    }
}
