using EGov.Collab.App.Contest;
using EGov.Collab.Data;
using EGov.Collab.Domain.Common;
using EGov.Collab.Domain.Contest;
using EGov.Collab.Tests.Support;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using static EGov.Collab.Tests.Support.PortalForms;

namespace EGov.Collab.Tests.Integration.Contest;

/// <summary>The administrator's setup service against the shared portal. Editions use an early year so the demo edition stays current.</summary>
[Collection(SharedPortal.Name)]
public sealed class ContestSetupTests(PortalFactory portal)
{
    private ContestSetup Setup => portal.Services.GetRequiredService<ContestSetup>();

    [Fact]
    public async Task CreateEditionNominationAndCriteria_StoredAndAudited()
    {
        var admin = await AdminAsync();
        var edition = await Setup.CreateEditionAsync(admin, await FreeYearAsync(), $"Тестова редакція {Guid.NewGuid():N}");
        Assert.True(edition.IsSuccess);
        var nomination = await Setup.AddNominationAsync(admin, edition.Value, "Цифрова громада", "", FutureSchedule());
        Assert.True(nomination.IsSuccess);

        var saved = await Setup.SaveCriteriaAsync(admin, nomination.Value,
            [new CriterionInput("Користь", "", 60, 1, 10), new CriterionInput("Новизна", "", 40, 0, 5)]);
        Assert.True(saved.IsSuccess);
        Assert.True((await Setup.ConfigureAsync(admin, nomination.Value, new NominationSettings(true, JuryAggregation.Median, 20, 5, 70))).IsSuccess);

        await using var db = Db();
        Assert.Equal([60, 40], await db.ContestCriteria.Where(c => c.NominationId == nomination.Value).OrderBy(c => c.Order).Select(c => c.Weight).ToListAsync());
        var stored = await db.ContestNominations.SingleAsync(n => n.Id == nomination.Value);
        Assert.Equal((true, JuryAggregation.Median, 5, 70), (stored.BlindMode, stored.Aggregation, stored.VotesPerMember, stored.JuryWeight));
        var subject = ContestAudit.Nomination(nomination.Value);
        var actions = await db.AuditEntries.Where(a => a.Subject == subject).Select(a => a.Action).ToListAsync();
        Assert.Contains(ContestAudit.NominationCreated, actions);
        Assert.Contains(ContestAudit.CriteriaSaved, actions);
        Assert.Contains(ContestAudit.SettingsChanged, actions);
    }

    [Fact]
    public async Task SaveCriteriaAsync_WeightsNotHundred_RefusedAndNothingChanged()
    {
        var admin = await AdminAsync();
        var nominationId = await NominationAsync(admin, FutureSchedule());
        Assert.True((await Setup.SaveCriteriaAsync(admin, nominationId, [new CriterionInput("Якість", "", 100, 0, 10)])).IsSuccess);

        var refused = await Setup.SaveCriteriaAsync(admin, nominationId, [new CriterionInput("Якість", "", 70, 0, 10), new CriterionInput("Вплив", "", 20, 0, 10)]);

        Assert.Equal(ContestErrors.WeightsNotHundred, refused.Error);
        await using var db = Db();
        Assert.Equal([100], await db.ContestCriteria.Where(c => c.NominationId == nominationId).Select(c => c.Weight).ToListAsync());
    }

    [Fact]
    public async Task AddJurorAsync_JurorOnThePanel_CanOpenScoreForm()
    {
        var admin = await AdminAsync();
        var now = DateTimeOffset.UtcNow;
        var nominationId = await NominationAsync(admin, new PhaseSchedule(now.AddDays(-30), now.AddDays(-20), now.AddDays(-1), now.AddDays(20), now.AddDays(30)));
        Assert.True((await Setup.SaveCriteriaAsync(admin, nominationId, [new CriterionInput("Якість", "", 100, 0, 10)])).IsSuccess);
        var entryId = await EligibleEntryAsync(nominationId);
        var juror = await portal.MemberByEmailAsync("juror2@demo.egov.ua");
        var scoring = portal.Services.GetRequiredService<JuryScoring>();
        Assert.Equal(ContestErrors.NotOnPanel, (await scoring.FormAsync(PrincipalOf(juror.Id), entryId)).Error);

        Assert.True((await Setup.AddJurorAsync(admin, nominationId, juror.Id)).IsSuccess);
        Assert.Equal(ContestErrors.AlreadyOnPanel, (await Setup.AddJurorAsync(admin, nominationId, juror.Id)).Error);
        var notJuror = await portal.MemberByEmailAsync("member1@demo.egov.ua");
        Assert.Equal(ContestErrors.NotAJuror, (await Setup.AddJurorAsync(admin, nominationId, notJuror.Id)).Error);

        var form = await scoring.FormAsync(PrincipalOf(juror.Id), entryId);
        Assert.True(form.IsSuccess);
        Assert.True(form.Value.CanScore);

        Assert.True((await Setup.RemoveJurorAsync(admin, nominationId, juror.Id)).IsSuccess);
        Assert.Equal(ContestErrors.NotOnPanel, (await scoring.FormAsync(PrincipalOf(juror.Id), entryId)).Error);
    }

    [Fact]
    public async Task EveryChange_NonAdministrator_Refused()
    {
        var admin = await AdminAsync();
        var nominationId = await NominationAsync(admin, FutureSchedule());
        var juror = await portal.MemberByEmailAsync("juror1@demo.egov.ua");
        var outsider = PrincipalOf(juror.Id);
        var editionId = await Db().ContestNominations.Where(n => n.Id == nominationId).Select(n => n.EditionId).SingleAsync();

        Assert.Equal(CommonErrors.Forbidden, (await Setup.EditionsAsync(outsider)).Error);
        Assert.Equal(CommonErrors.Forbidden, (await Setup.CreateEditionAsync(outsider, 2002, "Не моя")).Error);
        Assert.Equal(CommonErrors.Forbidden, (await Setup.AddNominationAsync(outsider, editionId, "Не моя", "", FutureSchedule())).Error);
        Assert.Equal(CommonErrors.Forbidden, (await Setup.SaveCriteriaAsync(outsider, nominationId, [new CriterionInput("Якість", "", 100, 0, 10)])).Error);
        Assert.Equal(CommonErrors.Forbidden, (await Setup.ConfigureAsync(outsider, nominationId, new NominationSettings(false, JuryAggregation.Mean, 25, 3, 80))).Error);
        Assert.Equal(CommonErrors.Forbidden, (await Setup.AddJurorAsync(outsider, nominationId, juror.Id)).Error);
        await using var db = Db();
        Assert.False(await db.ContestPanel.AnyAsync(p => p.NominationId == nominationId));
    }

    private async Task<System.Security.Claims.ClaimsPrincipal> AdminAsync() =>
        PrincipalOf((await portal.MemberByEmailAsync("admin@demo.egov.ua")).Id);

    /// <summary>A year below every stored one (the year is unique), so the demo edition stays the current one.</summary>
    private async Task<int> FreeYearAsync()
    {
        await using var db = Db();
        return await db.ContestEditions.MinAsync(e => e.Year) - 1;
    }

    private CollabDbContext Db() => portal.Services.GetRequiredService<IDbContextFactory<CollabDbContext>>().CreateDbContext();

    private static PhaseSchedule FutureSchedule()
    {
        var now = DateTimeOffset.UtcNow;
        return new PhaseSchedule(now.AddDays(10), now.AddDays(20), now.AddDays(30), now.AddDays(40), now.AddDays(50));
    }

    private async Task<Guid> NominationAsync(System.Security.Claims.ClaimsPrincipal admin, PhaseSchedule schedule)
    {
        var edition = await Setup.CreateEditionAsync(admin, await FreeYearAsync(), $"Редакція {Guid.NewGuid():N}");
        return (await Setup.AddNominationAsync(admin, edition.Value, $"Номінація {Guid.NewGuid():N}", "", schedule)).Value;
    }

    private async Task<Guid> EligibleEntryAsync(Guid nominationId)
    {
        await using var db = Db();
        var now = DateTimeOffset.UtcNow;
        var applicant = await portal.MemberByEmailAsync("member1@demo.egov.ua");
        var community = await db.Communities.Select(c => c.Id).FirstAsync();
        var entry = Entry.Draft(applicant.Id, null, new EntryForm(nominationId, "Заявка", community, "О", "Р", "В", "Я", "к"), now).Value;
        entry.Submit(new PhaseSchedule(now.AddDays(-1), now.AddDays(1), now.AddDays(2), now.AddDays(3), now.AddDays(4)), ContestPhase.Registration, now);
        entry.Screen(true, null, now);
        db.ContestEntries.Add(entry);
        await db.SaveChangesAsync();
        return entry.Id;
    }
}
