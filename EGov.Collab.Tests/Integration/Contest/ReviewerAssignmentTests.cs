using EGov.Collab.App.Contest;
using EGov.Collab.Data;
using EGov.Collab.Domain.Common;
using EGov.Collab.Domain.Contest;
using EGov.Collab.Tests.Support;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using static EGov.Collab.Tests.Support.PortalForms;

namespace EGov.Collab.Tests.Integration.Contest;

/// <summary>Issue #22.12 through the app services: the chair assigns, each judge sees and judges only their own; no vote for one's own entry.</summary>
[Collection(SharedPortal.Name)]
public sealed class ReviewerAssignmentTests(PortalFactory portal)
{
    private T Service<T>() where T : notnull => portal.Services.GetRequiredService<T>();

    private CollabDbContext Db() => Service<IDbContextFactory<CollabDbContext>>().CreateDbContext();

    private async Task<System.Security.Claims.ClaimsPrincipal> UserAsync(string localPart) => PrincipalOf((await portal.MemberByEmailAsync($"{localPart}@demo.egov.ua")).Id);

    [Fact]
    public async Task AutoAssignAsync_OnePerEntry_EachJurorOpensAndScoresOnlyTheirOwn()
    {
        var (nominationId, entries) = await ContestTestNominations.CreateAsync(portal, ContestPhase.JuryScoring, 3, ["juror1", "juror2", "juror3"]);
        var juror1 = await UserAsync("juror1");
        var scoring = Service<JuryScoring>();
        var assignments = Service<ReviewerAssignments>();
        foreach (var id in entries) Assert.True((await scoring.FormAsync(juror1, id)).IsSuccess);

        Assert.Equal(CommonErrors.Forbidden, (await assignments.AutoAssignAsync(juror1, nominationId, ReviewerRole.Juror, 1)).Error);
        var outcome = await assignments.AutoAssignAsync(await UserAsync("chair"), nominationId, ReviewerRole.Juror, 1);

        Assert.True(outcome.IsSuccess);
        Assert.Equal(3, outcome.Value.Added);
        Assert.Empty(outcome.Value.ShortEntries);
        await using var db = Db();
        var rows = await db.ContestAssignments.Where(a => a.NominationId == nominationId).ToListAsync();
        Assert.All(rows.GroupBy(a => a.ReviewerId), g => Assert.Single(g));
        var juror1Id = (await portal.MemberByEmailAsync("juror1@demo.egov.ua")).Id;
        var own = rows.Single(a => a.ReviewerId == juror1Id).EntryId;
        var criterion = await db.ContestCriteria.Where(c => c.NominationId == nominationId).Select(c => c.Id).SingleAsync();

        Assert.True((await scoring.FormAsync(juror1, own)).IsSuccess);
        Assert.True((await scoring.SaveAsync(juror1, own, new Dictionary<Guid, double> { [criterion] = 7 }, "", false)).IsSuccess);
        foreach (var other in entries.Where(e => e != own))
        {
            Assert.Equal(ContestErrors.NotAssigned, (await scoring.FormAsync(juror1, other)).Error);
            Assert.Equal(ContestErrors.NotAssigned, (await scoring.SaveAsync(juror1, other, new Dictionary<Guid, double> { [criterion] = 7 }, "", false)).Error);
            Assert.Equal(ContestErrors.NotAssigned, (await Service<ContestEntries>().ForJudgeAsync(juror1, other)).Error);
        }
        var snapshot = (await Service<PanelSessions>().GetAsync(nominationId))!.Snapshot;
        Assert.Equal(3, snapshot.SheetsExpected);
        Assert.Equal(CellState.NotAssigned, snapshot.Cell(juror1Id, entries.First(e => e != own)).State);
        Assert.True((await scoring.FormAsync(await UserAsync("chair"), entries.First(e => e != own))).IsSuccess);
    }

    [Fact]
    public async Task AssignAsync_ConflictDuplicateAndScoredWork_Refused_AndTheDatabaseKeepsPairsUnique()
    {
        var (nominationId, entries) = await ContestTestNominations.CreateAsync(portal, ContestPhase.JuryScoring, 2, ["juror1", "juror2", "juror3"]);
        var chair = await UserAsync("chair");
        var juror1Id = (await portal.MemberByEmailAsync("juror1@demo.egov.ua")).Id;
        var juror2Id = (await portal.MemberByEmailAsync("juror2@demo.egov.ua")).Id;
        var assignments = Service<ReviewerAssignments>();
        Assert.True((await Service<JuryScoring>().DeclareConflictAsync(await UserAsync("juror2"), entries[0], "Я консультував цей проєкт")).IsSuccess);

        Assert.Equal(ContestErrors.Conflicted, (await assignments.AssignAsync(chair, nominationId, entries[0], juror2Id, ReviewerRole.Juror)).Error);
        Assert.True((await assignments.AssignAsync(chair, nominationId, entries[0], juror1Id, ReviewerRole.Juror)).IsSuccess);
        Assert.Equal(ContestErrors.AlreadyAssigned, (await assignments.AssignAsync(chair, nominationId, entries[0], juror1Id, ReviewerRole.Juror)).Error);

        await using var db = Db();
        var criterion = await db.ContestCriteria.Where(c => c.NominationId == nominationId).Select(c => c.Id).SingleAsync();
        Assert.True((await Service<JuryScoring>().SaveAsync(await UserAsync("juror1"), entries[0], new Dictionary<Guid, double> { [criterion] = 6 }, "", false)).IsSuccess);
        Assert.Equal(ContestErrors.AssignmentHasWork, (await assignments.UnassignAsync(chair, nominationId, entries[0], juror1Id)).Error);

        var topUp = await assignments.AutoAssignAsync(chair, nominationId, ReviewerRole.Juror, 3);
        Assert.True(topUp.IsSuccess);
        Assert.False(await db.ContestAssignments.AnyAsync(a => a.EntryId == entries[0] && a.ReviewerId == juror2Id));
        Assert.Single(topUp.Value.ShortEntries);
        Assert.Equal(3, await db.ContestAssignments.CountAsync(a => a.EntryId == entries[1]));

        db.ContestAssignments.Add(ReviewAssignment.Create(nominationId, entries[1], juror1Id, ReviewerRole.Juror, false, DateTimeOffset.UtcNow));
        await Assert.ThrowsAsync<DbUpdateException>(() => db.SaveChangesAsync());
    }

    [Fact]
    public async Task ExpertAssignment_TheExpertReadsAndReviewsOnlyTheirEntries()
    {
        var (nominationId, entries) = await ContestTestNominations.CreateAsync(portal, ContestPhase.ExpertReview, 2);
        var expert = await UserAsync("expert1");
        var expertId = (await portal.MemberByEmailAsync("expert1@demo.egov.ua")).Id;
        var review = new ReviewDraft("Сильна сторона", "Слабка сторона", ExpertRecommendation.Recommend);
        Assert.True((await Service<ContestEntries>().ForJudgeAsync(expert, entries[1])).IsSuccess);

        Assert.True((await Service<ReviewerAssignments>().AssignAsync(await UserAsync("chair"), nominationId, entries[0], expertId, ReviewerRole.Expert)).IsSuccess);

        Assert.Equal(new HashSet<Guid> { entries[0] }, await Service<ReviewerAssignments>().AssignedEntriesAsync(nominationId, expertId, ReviewerRole.Expert));
        Assert.Equal(ContestErrors.NotAssigned, (await Service<ContestEntries>().ForJudgeAsync(expert, entries[1])).Error);
        Assert.Equal(ContestErrors.NotAssigned, (await Service<ExpertReviews>().SaveAsync(expert, entries[1], review)).Error);
        Assert.True((await Service<ExpertReviews>().SaveAsync(expert, entries[0], review)).IsSuccess);
    }

    [Fact]
    public async Task ReviewableAsync_LeavesOutTheExpertsOwnEntries_AndThoseTheyDeclaredAConflictOn()
    {
        var expert = await UserAsync("expert1");
        var expertId = (await portal.MemberByEmailAsync("expert1@demo.egov.ua")).Id;
        var (ownNomination, _) = await ContestTestNominations.CreateAsync(portal, ContestPhase.ExpertReview, 2, applicantEmail: "expert1@demo.egov.ua");
        var (nominationId, entries) = await ContestTestNominations.CreateAsync(portal, ContestPhase.ExpertReview, 3);
        await using (var db = Db())
        {
            db.ContestConflicts.Add(ConflictDeclaration.Create(entries[1], expertId, "Я консультував цей проєкт", DateTimeOffset.UtcNow));
            await db.SaveChangesAsync();
        }
        var reviews = Service<ExpertReviews>();

        Assert.Empty(await reviews.ReviewableAsync(expert, ownNomination));
        Assert.Equal(new[] { entries[0], entries[2] }.Order(), (await reviews.ReviewableAsync(expert, nominationId)).Select(e => e.Id).Order());
        Assert.Empty(await reviews.ReviewableAsync(await UserAsync("member2"), nominationId));
        Assert.Equal(ContestErrors.Conflicted,
            (await reviews.SaveAsync(expert, entries[1], new ReviewDraft("Сильна сторона", "Слабка сторона", ExpertRecommendation.Recommend))).Error);
    }

    [Fact]
    public async Task CastAsync_OwnEntryOrTheOrganisations_Refused_AndNotOffered()
    {
        var (nominationId, entries) = await ContestTestNominations.CreateAsync(portal, ContestPhase.PublicEvaluation, 1, applicantEmail: "member1@demo.egov.ua");
        var member2 = await portal.MemberByEmailAsync("member2@demo.egov.ua");
        var colleague = await portal.MemberByEmailAsync("contributor@demo.egov.ua");
        Assert.NotNull(member2.OrganisationId);
        Assert.Equal(member2.OrganisationId, colleague.OrganisationId);
        Guid organisationEntry;
        await using (var db = Db())
        {
            var now = DateTimeOffset.UtcNow;
            var community = await db.Communities.Select(c => c.Id).FirstAsync();
            var entry = Entry.Draft(member2.Id, member2.OrganisationId,
                new EntryForm(nominationId, $"Заявка організації {Guid.NewGuid():N}", community, "Опис", "Результати", "Витрати", "Як повторити", "a@x.ua"), now).Value;
            entry.Submit(new PhaseSchedule(now.AddDays(-1), now.AddDays(1), now.AddDays(2), now.AddDays(3), now.AddDays(4)), ContestPhase.Registration, now);
            entry.Screen(true, null, now);
            db.ContestEntries.Add(entry);
            await db.SaveChangesAsync();
            organisationEntry = entry.Id;
        }
        var voting = Service<PublicVoting>();
        var member1 = await UserAsync("member1");

        Assert.Equal(ContestErrors.OwnEntry, (await voting.CastAsync(member1, entries[0], null)).Error);
        Assert.Equal(ContestErrors.OwnEntry, (await voting.CastAsync(PrincipalOf(colleague.Id), organisationEntry, null)).Error);
        Assert.True((await voting.CastAsync(member1, organisationEntry, null)).IsSuccess);
        Assert.Equal(new HashSet<Guid> { entries[0] }, (await voting.MineAsync(member1, nominationId)).OwnEntries);
        Assert.Equal(new HashSet<Guid> { organisationEntry }, (await voting.MineAsync(PrincipalOf(colleague.Id), nominationId)).OwnEntries);
        await using var check = Db();
        Assert.Equal(1, await check.ContestVotes.CountAsync(v => v.NominationId == nominationId));
    }

    [Fact]
    public async Task OwnEntry_ItsApplicant_CannotScoreOrReviewIt_AndIsNeverAssignedToIt()
    {
        var (nominationId, entries) = await ContestTestNominations.CreateAsync(portal, ContestPhase.JuryScoring, 1, ["juror1", "juror2"],
            applicantEmail: "juror1@demo.egov.ua");
        var juror1 = await UserAsync("juror1");
        var scoring = Service<JuryScoring>();
        await using var db = Db();
        var criterion = await db.ContestCriteria.Where(c => c.NominationId == nominationId).Select(c => c.Id).SingleAsync();

        Assert.Equal(ContestErrors.OwnEntryJudged, (await scoring.FormAsync(juror1, entries[0])).Error);
        Assert.Equal(ContestErrors.OwnEntryJudged, (await scoring.SaveAsync(juror1, entries[0], new Dictionary<Guid, double> { [criterion] = 10 }, "", false)).Error);
        Assert.False(await db.ContestSheets.AnyAsync(s => s.EntryId == entries[0]));
        Assert.True((await scoring.FormAsync(await UserAsync("juror2"), entries[0])).IsSuccess);
        using (TestCulture.Use("uk-UA"))
            Assert.Contains("власну заявку", Service<ContestMessages>().For(ContestErrors.OwnEntryJudged), StringComparison.Ordinal);

        var outcome = await Service<ReviewerAssignments>().AutoAssignAsync(await UserAsync("chair"), nominationId, ReviewerRole.Juror, 2);
        Assert.True(outcome.IsSuccess);
        Assert.Equal(1, outcome.Value.Added);
        Assert.Single(outcome.Value.ShortEntries);
        var juror1Id = (await portal.MemberByEmailAsync("juror1@demo.egov.ua")).Id;
        Assert.False(await db.ContestAssignments.AnyAsync(a => a.EntryId == entries[0] && a.ReviewerId == juror1Id));
        Assert.Equal(ContestErrors.Conflicted, (await Service<ReviewerAssignments>().AssignAsync(await UserAsync("chair"), nominationId, entries[0], juror1Id, ReviewerRole.Juror)).Error);

        var (_, expertEntries) = await ContestTestNominations.CreateAsync(portal, ContestPhase.ExpertReview, 1, applicantEmail: "expert1@demo.egov.ua");
        var review = new ReviewDraft("Сильна сторона", "Слабка сторона", ExpertRecommendation.Recommend);
        Assert.Equal(ContestErrors.OwnEntryJudged, (await Service<ExpertReviews>().SaveAsync(await UserAsync("expert1"), expertEntries[0], review)).Error);
    }
}
