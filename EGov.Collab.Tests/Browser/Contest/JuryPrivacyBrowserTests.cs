using EGov.Collab.Data;
using EGov.Collab.Data.Seeding;
using EGov.Collab.Tests.Support;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Playwright;

namespace EGov.Collab.Tests.Browser.Contest;

/// <summary>Issue #22.10: the jury's scores and disagreement flags stay private until the results are published.</summary>
[Collection(LiveModulesBrowser.Name)]
public sealed class JuryPrivacyBrowserTests(PortalBrowser browser)
{
    [Theory]
    [InlineData(ContestDemoData.ServicesNomination, null)]
    [InlineData(ContestDemoData.ServicesNomination, "member1@demo.egov.ua")]
    [InlineData(ContestDemoData.ParticipationNomination, null)]
    public async Task NominationPage_BeforePublication_ShowsEntriesButNoJuryScores(string nomination, string? email)
    {
        var nominationId = await NominationAsync(nomination);
        await using var context = await browser.NewContextAsync();
        var page = email is null ? await context.NewPageAsync() : await PortalBrowser.SignInAsync(context, email);

        await page.GotoAsync($"/contest/nominations/{nominationId}");
        await PortalBrowser.WaitForCircuitAsync(page);

        await Assertions.Expect(page.Locator("[data-entry-card]").First).ToBeVisibleAsync();
        await Assertions.Expect(page.Locator("[data-testid=leaderboard]")).ToHaveCountAsync(0);
        await Assertions.Expect(page.Locator("[data-testid=entry-score]")).ToHaveCountAsync(0);
        await Assertions.Expect(page.GetByText("розбіжн", new PageGetByTextOptions { Exact = false })).ToHaveCountAsync(0);
    }

    [Fact]
    public async Task NominationPage_TheChair_SeesTheJuryStandingBeforePublication()
    {
        var nominationId = await NominationAsync(ContestDemoData.ServicesNomination);
        await using var context = await browser.NewContextAsync();
        var chair = await PortalBrowser.SignInAsync(context, "chair@demo.egov.ua");

        await chair.GotoAsync($"/contest/nominations/{nominationId}");
        await PortalBrowser.WaitForCircuitAsync(chair);

        await Assertions.Expect(chair.Locator("[data-testid=leaderboard]")).ToBeVisibleAsync();
        await Assertions.Expect(chair.Locator($"[data-ranked-entry='{ContestDemoData.VinnytsiaEntry}'] [data-testid=entry-score]")).Not.ToHaveTextAsync("—");
    }

    private async Task<Guid> NominationAsync(string title)
    {
        await using var db = await browser.Services.GetRequiredService<IDbContextFactory<CollabDbContext>>().CreateDbContextAsync();
        return await db.ContestNominations.Where(n => n.Title == title).Select(n => n.Id).SingleAsync();
    }
}
