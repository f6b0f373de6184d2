using EGov.Collab.App.Contest;
using EGov.Collab.Data;
using EGov.Collab.Domain.Common;
using EGov.Collab.Domain.Contest;
using EGov.Collab.Tests.Support;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using static EGov.Collab.Tests.Support.PortalForms;

namespace EGov.Collab.Tests.Integration.Contest;

/// <summary>Issue #19: no score lands after the chair locked scoring, on this node or from another.</summary>
[Collection(SharedPortal.Name)]
public sealed class ScoringLockRaceTests(PortalFactory portal)
{
    private T Service<T>() where T : notnull => portal.Services.GetRequiredService<T>();

    private CollabDbContext Db() => Service<IDbContextFactory<CollabDbContext>>().CreateDbContext();

    [Fact]
    public async Task ParallelSaves_RacingTheLock_NoScoreLandsAfterIt_AndEverySuccessIsStored()
    {
        var (nominationId, entries) = await ContestTestNominations.CreateAsync(portal, ContestPhase.JuryScoring, entries: 8, panel: ["juror1", "juror2", "juror3"]);
        var criterion = await CriterionAsync(nominationId);
        var jurors = new List<(Guid Id, System.Security.Claims.ClaimsPrincipal User)>();
        foreach (var email in new[] { "juror1", "juror2", "juror3" })
        {
            var id = (await portal.MemberByEmailAsync($"{email}@demo.egov.ua")).Id;
            jurors.Add((id, PrincipalOf(id)));
        }
        var chair = PrincipalOf((await portal.MemberByEmailAsync("chair@demo.egov.ua")).Id);
        var scoring = Service<JuryScoring>();

        using var start = new ManualResetEventSlim();
        var saves = (from juror in jurors
                     from entry in entries
                     select (juror.Id, Entry: entry, Task: Task.Run(() =>
                     {
                         start.Wait();
                         return scoring.SaveAsync(juror.User, entry, new Dictionary<Guid, double> { [criterion] = 5 }, "", false);
                     }))).ToList();
        var locking = Task.Run(() =>
        {
            start.Wait();
            return scoring.LockAsync(chair, nominationId);
        });
        start.Set();

        Assert.True((await locking).IsSuccess);
        int storedWhenLocked;
        await using (var db = Db())
            storedWhenLocked = await db.ContestScores.CountAsync(s => entries.Contains(s.EntryId));
        var results = await Task.WhenAll(saves.Select(s => s.Task));

        Assert.All(results, r => Assert.True(r.IsSuccess || r.Error == ContestErrors.ScoringLocked, r.Error?.ToString()));
        await using var after = Db();
        var stored = await after.ContestScores.Where(s => entries.Contains(s.EntryId)).Select(s => new { s.JurorId, s.EntryId }).ToListAsync();
        Assert.Equal(storedWhenLocked, stored.Count);
        for (var i = 0; i < saves.Count; i++)
            Assert.Equal(results[i].IsSuccess, stored.Contains(new { JurorId = saves[i].Id, EntryId = saves[i].Entry }));
        var session = await Service<PanelSessions>().GetAsync(nominationId);
        Assert.Equal(results.Count(r => r.IsSuccess), session!.Snapshot.Cells.Values.Count(c => c.State != CellState.Empty));
    }

    [Fact]
    public async Task Save_AfterAnotherNodeLocked_RefusedByTheTransaction_ThoughThisNodesPanelStillSaysOpen()
    {
        var (nominationId, entries) = await ContestTestNominations.CreateAsync(portal, ContestPhase.JuryScoring, entries: 1, panel: ["juror1"]);
        var criterion = await CriterionAsync(nominationId);
        var juror = PrincipalOf((await portal.MemberByEmailAsync("juror1@demo.egov.ua")).Id);
        var session = await Service<PanelSessions>().GetAsync(nominationId);
        Assert.True(session!.Terms.IsOpen);

        // Another node locks: the row changes in the database, this node's panel in memory does not hear of it.
        await using (var db = Db())
        {
            var nomination = await db.ContestNominations.SingleAsync(n => n.Id == nominationId);
            nomination.LockScoring(DateTimeOffset.UtcNow);
            await db.SaveChangesAsync();
        }
        Assert.True(session.Terms.IsOpen);

        var result = await Service<JuryScoring>().SaveAsync(juror, entries[0], new Dictionary<Guid, double> { [criterion] = 6 }, "", false);

        Assert.Equal(ContestErrors.ScoringLocked, result.Error);
        await using var check = Db();
        Assert.False(await check.ContestScores.AnyAsync(s => s.EntryId == entries[0]));
        Assert.False(await check.ContestSheets.AnyAsync(s => s.EntryId == entries[0]));
        Assert.True(session.IsLocked);
    }

    [Fact]
    public async Task Lock_WhenAnAdministratorChangedTheNominationMeanwhile_IsAConflictAnswerNotAnException()
    {
        var (nominationId, _) = await ContestTestNominations.CreateAsync(portal, ContestPhase.JuryScoring, entries: 1, panel: ["juror1"]);
        var chair = PrincipalOf((await portal.MemberByEmailAsync("chair@demo.egov.ua")).Id);
        var admin = PrincipalOf((await portal.MemberByEmailAsync("admin@demo.egov.ua")).Id);
        // Between the chair's read and save, an administrator changes the same nomination.
        var interleaved = new InterleavingFactory(Service<IDbContextFactory<CollabDbContext>>(), () =>
            Assert.True(Service<ContestSetup>().ConfigureAsync(admin, nominationId, new NominationSettings(false, JuryAggregation.Median, 30, 3, 80))
                .GetAwaiter().GetResult().IsSuccess));
        var scoring = new JuryScoring(interleaved, Service<EGov.Collab.App.Common.ModuleAccess>(), Service<ContestAccess>(), Service<PanelSessions>(),
            new ScoringGates(), TimeProvider.System);

        var result = await scoring.LockAsync(chair, nominationId);

        Assert.Equal(CommonErrors.ConcurrentChange, result.Error);
        await using var db = Db();
        var nomination = await db.ContestNominations.SingleAsync(n => n.Id == nominationId);
        Assert.Null(nomination.ScoringLockedAt);
        Assert.Equal(JuryAggregation.Median, nomination.Aggregation);
    }

    /// <summary>Runs <paramref name="meanwhile"/> once, as the first context it hands out starts to save.</summary>
    private sealed class InterleavingFactory(IDbContextFactory<CollabDbContext> inner, Action meanwhile) : IDbContextFactory<CollabDbContext>
    {
        private int _done;

        public CollabDbContext CreateDbContext()
        {
            var db = inner.CreateDbContext();
            db.SavingChanges += (_, _) =>
            {
                if (Interlocked.Exchange(ref _done, 1) == 0) meanwhile();
            };
            return db;
        }
    }

    private async Task<Guid> CriterionAsync(Guid nominationId)
    {
        await using var db = Db();
        return await db.ContestCriteria.Where(c => c.NominationId == nominationId).Select(c => c.Id).SingleAsync();
    }
}
