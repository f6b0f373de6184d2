using System.Diagnostics;
using EGov.Collab.Data;
using EGov.Collab.Data.Seeding;
using EGov.Collab.Tests.Support;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Playwright;
using Xunit.Abstractions;

namespace EGov.Collab.Tests.Browser.Contest;

/// <summary>juror1, juror2 and the chair in three browser contexts on the demo panel of «Цифрові послуги для громад».</summary>
[Collection(LiveModulesBrowser.Name)]
public sealed class JuryScoringBrowserTests(PortalBrowser browser, ITestOutputHelper output)
{
    private static string Juror(string localPart) => DemoData.Accounts.Single(a => a.LocalPart == localPart).FullName;

    [Fact]
    public async Task Score_TwoJurorsSave_EachAppearsOnTheChairsDashboard()
    {
        var (nominationId, entryId, criteria) = await EntryAsync(ContestDemoData.KulykivEntry);
        await using var chairContext = await browser.NewContextAsync();
        await using var juror1Context = await browser.NewContextAsync();
        await using var juror2Context = await browser.NewContextAsync();
        var chair = await PortalBrowser.SignInAsync(chairContext, "chair@demo.egov.ua");
        var juror1 = await PortalBrowser.SignInAsync(juror1Context, "juror1@demo.egov.ua");
        var juror2 = await PortalBrowser.SignInAsync(juror2Context, "juror2@demo.egov.ua");

        await chair.GotoAsync($"/contest/nominations/{nominationId}/dashboard");
        await PortalBrowser.WaitForCircuitAsync(chair);
        await Assertions.Expect(chair.Locator("[data-testid=matrix]")).ToBeVisibleAsync();

        foreach (var (page, name, values) in new[] { (juror1, Juror("juror1"), new[] { "8", "9", "7" }), (juror2, Juror("juror2"), new[] { "6", "7", "9" }) })
        {
            await page.GotoAsync($"/contest/entries/{entryId}/score");
            await PortalBrowser.WaitForCircuitAsync(page);
            for (var i = 0; i < criteria.Count; i++)
            {
                await page.FillAsync($"#score-{criteria[i]}", values[i]);
                await page.PressAsync($"#score-{criteria[i]}", "Tab");
            }
            var cell = chair.Locator($"td[data-juror='{name}'][data-entry='{ContestDemoData.KulykivEntry}']");
            await Assertions.Expect(cell).ToHaveAttributeAsync("data-state", "Empty");
            var clock = Stopwatch.StartNew();
            await page.ClickAsync("[data-action=save]");
            await Assertions.Expect(cell).ToHaveAttributeAsync("data-state", "Draft");
            output.WriteLine($"{name}: saved → on the chair's dashboard in {clock.ElapsedMilliseconds} ms (click to render, through two browsers).");
        }
        await Assertions.Expect(chair.Locator($"[data-ranked-entry='{ContestDemoData.KulykivEntry}'] [data-testid=entry-score]")).Not.ToHaveTextAsync("—");
    }

    [Fact]
    public async Task Score_BlindMode_OthersHiddenUntilTheJurorSubmits()
    {
        var (_, entryId, criteria) = await EntryAsync(ContestDemoData.LvivEntry);
        await using var context = await browser.NewContextAsync();
        var juror2 = await PortalBrowser.SignInAsync(context, "juror2@demo.egov.ua");

        await juror2.GotoAsync($"/contest/entries/{entryId}/score");
        await PortalBrowser.WaitForCircuitAsync(juror2);
        await Assertions.Expect(juror2.Locator("[data-testid=others-hidden]")).ToBeVisibleAsync();
        await Assertions.Expect(juror2.Locator($"[data-other='{Juror("juror1")}']")).ToHaveCountAsync(0);

        foreach (var criterion in criteria)
        {
            await juror2.FillAsync($"#score-{criterion}", "7");
            await juror2.PressAsync($"#score-{criterion}", "Tab");
        }
        await juror2.ClickAsync("[data-action=submit]");

        await Assertions.Expect(juror2.Locator("[data-testid=submitted]")).ToBeVisibleAsync();
        await Assertions.Expect(juror2.Locator($"[data-other='{Juror("juror1")}']")).ToBeVisibleAsync();
        await Assertions.Expect(juror2.Locator("[data-testid=others-hidden]")).ToHaveCountAsync(0);
    }

    [Fact]
    public async Task Score_ConflictedJuror_CannotOpenTheEntrysForm()
    {
        var (_, entryId, _) = await EntryAsync(ContestDemoData.VinnytsiaEntry);
        await using var context = await browser.NewContextAsync();
        var juror2 = await PortalBrowser.SignInAsync(context, "juror2@demo.egov.ua");

        await juror2.GotoAsync($"/contest/entries/{entryId}/score");
        await PortalBrowser.WaitForCircuitAsync(juror2);

        await Assertions.Expect(juror2.Locator("[data-testid=score-refused]")).ToContainTextAsync("конфлікт інтересів");
        await Assertions.Expect(juror2.Locator("[data-action=save]")).ToHaveCountAsync(0);
        await Assertions.Expect(juror2.Locator("[data-criterion]")).ToHaveCountAsync(0);
    }

    private async Task<(Guid NominationId, Guid EntryId, List<Guid> Criteria)> EntryAsync(string title)
    {
        await using var db = await browser.Services.GetRequiredService<IDbContextFactory<CollabDbContext>>().CreateDbContextAsync();
        var entry = await db.ContestEntries.SingleAsync(e => e.Title == title);
        var criteria = await db.ContestCriteria.Where(c => c.NominationId == entry.NominationId).OrderBy(c => c.Order).Select(c => c.Id).ToListAsync();
        return (entry.NominationId, entry.Id, criteria);
    }
}
