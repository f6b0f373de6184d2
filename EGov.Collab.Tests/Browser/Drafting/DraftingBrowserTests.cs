using EGov.Collab.Data.Seeding;
using EGov.Collab.Tests.Integration.Drafting;
using EGov.Collab.Tests.Support;
using Microsoft.Playwright;

namespace EGov.Collab.Tests.Browser.Drafting;

[Collection(SharedBrowser.Name)]
public sealed class DraftingBrowserTests(PortalBrowser browser)
{
    [Fact]
    public async Task Amendment_ProposedInOneContext_AppearsLiveInTheOther_AndOnceAcceptedIsInTheText()
    {
        var lawId = await DraftingFixture.DraftIdAsync(browser.Services, DraftingDemoData.LawTitle);
        await using var chairContext = await browser.NewContextAsync();
        var chair = await PortalBrowser.SignInAsync(chairContext, "chair@demo.egov.ua");
        await chair.GotoAsync($"/drafting/drafts/{lawId}");
        await PortalBrowser.WaitForCircuitAsync(chair);
        await chair.GetByRole(AriaRole.Tab, new() { Name = "Поправки" }).ClickAsync();

        await using var memberContext = await browser.NewContextAsync();
        var member = await PortalBrowser.SignInAsync(memberContext, "member1@demo.egov.ua");
        await member.GotoAsync($"/drafting/drafts/{lawId}");
        await PortalBrowser.WaitForCircuitAsync(member);
        await member.GetByRole(AriaRole.Tab, new() { Name = "Поправки" }).ClickAsync();
        await MudSelects.ChooseAsync(member, "amendment-provision", "Принципи електронного урядування");
        const string proposed = "Міжрегіональна співпраця у сфері електронного урядування";
        var insert = member.Locator("textarea[data-testid=amendment-text], [data-testid=amendment-text] textarea");
        await insert.FillAsync(proposed);
        await member.Locator("textarea[data-testid=amendment-rationale], [data-testid=amendment-rationale] textarea").FillAsync("Коротша й точніша назва.");
        await member.Locator("[data-testid=propose-amendment]").ClickAsync();

        // The proposal is stored once the proposer's own list shows it; the chair's page then gets it live through
        // another circuit, which a loaded machine delays by seconds: wait for that state, bounded like a circuit.
        await Assertions.Expect(member.Locator("[data-testid=amendment]").Filter(new() { HasText = proposed })).ToHaveCountAsync(1);
        var onChairPage = chair.Locator("[data-testid=amendment]").Filter(new() { HasText = proposed });
        await Assertions.Expect(onChairPage).ToHaveCountAsync(1, new() { Timeout = 90_000 });
        await onChairPage.Locator("[data-testid=accept]").ClickAsync();

        await Assertions.Expect(onChairPage.Locator("[data-testid=amendment-status]")).ToHaveTextAsync("прийнято");
        await Assertions.Expect(member.Locator("[data-testid=draft-text]")).ToContainTextAsync("Стаття 3. " + proposed, new() { Timeout = 90_000 });
        await Assertions.Expect(chair.Locator("[data-testid=draft-text]")).ToContainTextAsync(proposed);
    }

    [Fact]
    public async Task MembersOnlyDraft_ANonMemberByUrl_SeesNotFound()
    {
        var lawId = await DraftingFixture.DraftIdAsync(browser.Services, DraftingDemoData.LawTitle);
        await using var context = await browser.NewContextAsync();
        var outsider = await PortalBrowser.SignInAsync(context, "juror1@demo.egov.ua");

        await outsider.GotoAsync($"/drafting/drafts/{lawId}");
        await PortalBrowser.WaitForCircuitAsync(outsider);

        await Assertions.Expect(outsider.Locator("h1")).Not.ToContainTextAsync(DraftingDemoData.LawTitle);
        await Assertions.Expect(outsider.Locator("body")).Not.ToContainTextAsync("Визначення термінів");
        var pdf = await outsider.APIRequest.GetAsync($"/drafting/drafts/{lawId}/export/text.pdf");
        Assert.Equal(404, pdf.Status);
    }
}
