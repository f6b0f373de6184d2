using EGov.Collab.Data;
using EGov.Collab.Domain.Contest;
using EGov.Collab.Tests.Support;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Playwright;

namespace EGov.Collab.Tests.Browser.Contest;

/// <summary>Issue #22.11: locking, approval and publication ask first, saying what happens; the dashboard shows approved and published.</summary>
[Collection(LiveModulesBrowser.Name)]
public sealed class ContestConfirmBrowserTests(PortalBrowser browser)
{
    [Fact]
    public async Task Chair_LocksApprovesPublishes_EachAfterAConfirmation_CancelChangesNothing()
    {
        var nominationId = await NominationAsync();
        await using var context = await browser.NewContextAsync();
        var chair = await PortalBrowser.SignInAsync(context, "chair@demo.egov.ua");
        await chair.GotoAsync($"/contest/nominations/{nominationId}/dashboard");
        await PortalBrowser.WaitForCircuitAsync(chair);
        var dialog = chair.GetByRole(AriaRole.Dialog);

        await chair.ClickAsync("[data-action=lock]");
        await Assertions.Expect(dialog).ToContainTextAsync("Відкрити оцінювання знову не можна");
        await dialog.GetByRole(AriaRole.Button, new LocatorGetByRoleOptions { Name = "Скасувати" }).ClickAsync();
        await Assertions.Expect(dialog).ToHaveCountAsync(0);
        await Assertions.Expect(chair.Locator("[data-action=lock]")).ToBeEnabledAsync();
        await Assertions.Expect(chair.Locator("[data-testid=locked]")).ToHaveCountAsync(0);
        Assert.Null(await LockedAtAsync(nominationId));

        foreach (var (action, says, shows) in new[]
                 {
                     ("lock", "Відкрити оцінювання знову не можна", "locked"),
                     ("approve", "затвердження записується в журнал", "approved"),
                     ("publish", "Скасувати оприлюднення не можна", "published"),
                 })
        {
            await chair.ClickAsync($"[data-action={action}]");
            await Assertions.Expect(dialog).ToContainTextAsync(says);
            await dialog.GetByRole(AriaRole.Button).Filter(new LocatorFilterOptions { HasNotText = "Скасувати" }).ClickAsync();
            await Assertions.Expect(chair.Locator($"[data-testid={shows}]")).ToBeVisibleAsync();
        }
        Assert.NotNull(await LockedAtAsync(nominationId));
    }

    [Fact]
    public async Task Administrator_MovesAPhase_CancelChangesNothing_ConfirmMovesIt()
    {
        var (nominationId, title) = await RegistrationNominationAsync();
        await using var context = await browser.NewContextAsync();
        var admin = await PortalBrowser.SignInAsync(context, "admin@demo.egov.ua");
        await admin.GotoAsync("/contest/admin");
        await PortalBrowser.WaitForCircuitAsync(admin);
        var row = admin.Locator($"[data-nomination='{title}']");
        // The select shows the phase by its name in the reader's language, not the enum's.
        var shown = row.Locator("input.mud-select-input");
        var dialog = admin.GetByRole(AriaRole.Dialog);
        await Assertions.Expect(shown).ToHaveValueAsync("Реєстрація");

        await row.Locator("[data-testid=phase-select]").ClickAsync();
        await admin.GetByRole(AriaRole.Option).Filter(new() { HasText = "Експертний розгляд" }).ClickAsync();
        await Assertions.Expect(dialog).ToContainTextAsync("Номінацію буде переведено до етапу «Експертний розгляд»");
        await dialog.GetByRole(AriaRole.Button, new LocatorGetByRoleOptions { Name = "Скасувати" }).ClickAsync();
        await Assertions.Expect(dialog).ToHaveCountAsync(0);
        await Assertions.Expect(shown).ToHaveValueAsync("Реєстрація");
        Assert.Equal(ContestPhase.Registration, await PhaseAsync(nominationId));

        await row.Locator("[data-testid=phase-select]").ClickAsync();
        await admin.GetByRole(AriaRole.Option).Filter(new() { HasText = "Експертний розгляд" }).ClickAsync();
        await Assertions.Expect(dialog).ToContainTextAsync("Номінацію буде переведено до етапу «Експертний розгляд»");
        await dialog.GetByRole(AriaRole.Button, new LocatorGetByRoleOptions { Name = "Перевести" }).ClickAsync();
        await Assertions.Expect(dialog).ToHaveCountAsync(0);
        await Assertions.Expect(shown).ToHaveValueAsync("Експертний розгляд");
        await Assertions.Expect(admin.Locator("[data-testid=admin-error]")).ToHaveCountAsync(0);
        Assert.Equal(ContestPhase.ExpertReview, await PhaseAsync(nominationId));
    }

    private async Task<ContestPhase> PhaseAsync(Guid nominationId)
    {
        await using var db = browser.Services.GetRequiredService<IDbContextFactory<CollabDbContext>>().CreateDbContext();
        return await db.ContestNominations.Where(n => n.Id == nominationId).Select(n => n.Phase).SingleAsync();
    }

    /// <summary>A nomination of this test's own in registration, in the current edition (the one the administrator's page lists).</summary>
    private async Task<(Guid Id, string Title)> RegistrationNominationAsync()
    {
        await using var db = browser.Services.GetRequiredService<IDbContextFactory<CollabDbContext>>().CreateDbContext();
        var now = DateTimeOffset.UtcNow;
        var edition = await db.ContestEditions.OrderByDescending(e => e.Year).FirstAsync();
        var nomination = Nomination.Create(edition.Id, $"Етапи {Guid.NewGuid():N}", "", 98,
            new PhaseSchedule(now.AddDays(-1), now.AddDays(10), now.AddDays(20), now.AddDays(30), now.AddDays(40)), now).Value;
        db.ContestNominations.Add(nomination);
        await db.SaveChangesAsync();
        return (nomination.Id, nomination.Title);
    }

    private async Task<DateTimeOffset?> LockedAtAsync(Guid nominationId)
    {
        await using var db = browser.Services.GetRequiredService<IDbContextFactory<CollabDbContext>>().CreateDbContext();
        return await db.ContestNominations.Where(n => n.Id == nominationId).Select(n => n.ScoringLockedAt).SingleAsync();
    }

    private async Task<Guid> NominationAsync()
    {
        await using var db = browser.Services.GetRequiredService<IDbContextFactory<CollabDbContext>>().CreateDbContext();
        var now = DateTimeOffset.UtcNow;
        var edition = await db.ContestEditions.FirstAsync();
        var nomination = Nomination.Create(edition.Id, $"Підтвердження {Guid.NewGuid():N}", "", 97,
            new PhaseSchedule(now.AddDays(-40), now.AddDays(-30), now.AddDays(-20), now.AddDays(10), now.AddDays(20)), now).Value;
        db.ContestNominations.Add(nomination);
        db.ContestCriteria.Add(Criterion.Create(nomination.Id, "Якість", "", 100, 0, 10, 1).Value);
        await db.SaveChangesAsync();
        return nomination.Id;
    }
}
