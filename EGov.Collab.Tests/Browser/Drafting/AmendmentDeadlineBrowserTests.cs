using System.Globalization;
using EGov.Collab.App.Common;
using EGov.Collab.App.Drafting;
using EGov.Collab.App.Drafting.Live;
using EGov.Collab.Data;
using EGov.Collab.Domain.Drafting;
using EGov.Collab.Domain.Drafting.Editing;
using EGov.Collab.Tests.Integration.Drafting;
using EGov.Collab.Tests.Support;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Playwright;

namespace EGov.Collab.Tests.Browser.Drafting;

/// <summary>
/// Issue #22.7: the chair opens a consultation with an amendment deadline before its end; the tally counts what comes
/// in; once the amendment deadline has passed a member of the public reads "amendments closed" and has no form to
/// propose with (the service refuses too), while the consultation itself runs on.
/// </summary>
[Collection(SharedBrowser.Name)]
public sealed class AmendmentDeadlineBrowserTests(PortalBrowser browser)
{
    private const string Article = "Громади публікують бюджети щороку.";

    [Fact]
    public async Task ChairSetsAnAmendmentDeadline_TheTallyCounts_AndAfterTheDeadlineTheOutsiderCannotPropose()
    {
        var groupId = await DraftArrangement.GroupAsync(browser.Services, GroupVisibility.OpenToConsultation);
        var draftId = await DraftArrangement.LawAsync(browser.Services, groupId, "Строки " + Guid.NewGuid().ToString("N")[..6], (ProvisionKind.Article, Article));
        var today = DateOnly.FromDateTime(PortalTime.ToKyiv(DateTimeOffset.UtcNow).DateTime);
        var (ends, amendmentsEnd) = (today.AddDays(10), today.AddDays(5));

        await using var chairContext = await browser.NewContextAsync();
        var chair = await PortalBrowser.SignInAsync(chairContext, "chair@demo.egov.ua");
        await chair.GotoAsync($"/drafting/drafts/{draftId}");
        await PortalBrowser.WaitForCircuitAsync(chair);
        await chair.GetByRole(AriaRole.Tab, new() { Name = "Обговорення" }).ClickAsync();
        await Field(chair, "consultation-deadline").FillAsync(ends.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture));
        await Field(chair, "amendment-deadline").FillAsync(amendmentsEnd.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture));
        await chair.Locator("[data-testid=open-consultation]").ClickAsync();

        await Assertions.Expect(chair.Locator("[data-testid=consultation-open]")).ToBeVisibleAsync();
        var uk = CultureInfo.GetCultureInfo("uk-UA");
        await Assertions.Expect(chair.Locator("[data-testid=amendments-until]"))
            .ToHaveTextAsync($"Поправки приймаються до {amendmentsEnd.ToString("d MMMM yyyy", uk)}, 23:59.");
        var open = chair.Locator("[data-testid=amendment-tally] [data-status=Open]");
        await Assertions.Expect(open).ToHaveTextAsync("на розгляді: 0");
        await using (var db = await DbAsync())
        {
            var draft = await db.Drafts.AsNoTracking().SingleAsync(d => d.Id == draftId);
            Assert.Equal(new DateTime(amendmentsEnd, new TimeOnly(23, 59)), PortalTime.ToKyiv(draft.AmendmentDeadline!.Value).DateTime);
            Assert.Equal(new DateTime(ends, new TimeOnly(23, 59)), PortalTime.ToKyiv(draft.ConsultationDeadline!.Value).DateTime);
        }

        await using var outsiderContext = await browser.NewContextAsync();
        var outsider = await PortalBrowser.SignInAsync(outsiderContext, "juror1@demo.egov.ua");
        await outsider.GotoAsync($"/drafting/drafts/{draftId}");
        await PortalBrowser.WaitForCircuitAsync(outsider);
        await outsider.GetByRole(AriaRole.Tab, new() { Name = "Поправки" }).ClickAsync();
        await MudSelects.ChooseAsync(outsider, "amendment-provision", Article);
        await Field(outsider, "amendment-text", "textarea").FillAsync("Громади публікують бюджети щокварталу.");
        await Field(outsider, "amendment-rationale", "textarea").FillAsync("Частіше — прозоріше.");
        await outsider.Locator("[data-testid=propose-amendment]").ClickAsync();
        await Assertions.Expect(outsider.Locator("[data-testid=amendment]")).ToHaveCountAsync(1);
        // The chair's open page counts it as it arrives (another circuit: bounded like one).
        await Assertions.Expect(open).ToHaveTextAsync("на розгляді: 1", new() { Timeout = 90_000 });

        await using (var db = await DbAsync()) // the amendment deadline passes; the consultation itself goes on
            await db.Drafts.Where(d => d.Id == draftId).ExecuteUpdateAsync(u => u.SetProperty(d => d.AmendmentDeadline, DateTimeOffset.UtcNow.AddMinutes(-1)));
        await outsider.ReloadAsync();
        await PortalBrowser.WaitForCircuitAsync(outsider);

        await Assertions.Expect(outsider.Locator("[data-testid=consultation-open]")).ToBeVisibleAsync();
        await outsider.GetByRole(AriaRole.Tab, new() { Name = "Обговорення" }).ClickAsync();
        await Assertions.Expect(outsider.Locator("[data-testid=amendments-closed]")).ToHaveTextAsync("Строк подання поправок минув; коментувати ще можна.");
        await Assertions.Expect(outsider.Locator("[data-testid=amendments-until]")).ToHaveCountAsync(0);
        await Assertions.Expect(outsider.Locator("[data-testid=amendment-tally] [data-status=Open]")).ToHaveTextAsync("на розгляді: 1");
        await outsider.GetByRole(AriaRole.Tab, new() { Name = "Поправки" }).ClickAsync();
        await Assertions.Expect(outsider.Locator("[data-testid=propose-closed]")).ToBeVisibleAsync();
        await Assertions.Expect(outsider.Locator("[data-testid=propose-form]")).ToHaveCountAsync(0);
        await Assertions.Expect(outsider.Locator("[data-testid=amendment]")).ToHaveCountAsync(1);
        var services = browser.Services;
        var provisionId = (await services.GetRequiredService<IDraftEditing>().CurrentAsync(draftId)).Document.Provisions[1].Id;
        var late = await services.GetRequiredService<Amendments>().ProposeAsync(await DraftingFixture.UserAsync(services, "juror1"), draftId,
            AmendmentKind.Delete, provisionId, null, null, "Запізно.");
        Assert.Equal(DraftingErrors.AmendmentDeadlinePassed, late.Error);
    }

    private static ILocator Field(IPage page, string testId, string element = "input") =>
        page.Locator($"{element}[data-testid={testId}], [data-testid={testId}] {element}");

    private Task<CollabDbContext> DbAsync() =>
        browser.Services.GetRequiredService<IDbContextFactory<CollabDbContext>>().CreateDbContextAsync();
}
