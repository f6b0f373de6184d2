using System.Diagnostics;
using EGov.Collab.App.Common;
using EGov.Collab.App.Contest;
using EGov.Collab.App.Live;
using EGov.Collab.Data;
using EGov.Collab.Domain.Contest;
using EGov.Collab.Tests.Support;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Diagnostics;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging.Abstractions;
using Microsoft.Extensions.Options;
using Xunit.Abstractions;
using static EGov.Collab.Tests.Support.PortalForms;

namespace EGov.Collab.Tests.Integration.Contest;

/// <summary>Issue #19: a panel update is rendered from the pushed snapshot, not re-read; idle panels leave memory and come back unnoticed.</summary>
[Collection(SharedPortal.Name)]
public sealed class PanelLiveRefreshTests(PortalFactory portal, ITestOutputHelper output)
{
    private T Service<T>() where T : notnull => portal.Services.GetRequiredService<T>();

    [Fact]
    public async Task ScoreForm_AnotherJurorSaves_ThePushedSnapshotUpdatesItWithoutAQuery_AndMatchesAReload()
    {
        var (nominationId, entries) = await ContestTestNominations.CreateAsync(portal, ContestPhase.JuryScoring, entries: 1, panel: ["juror1", "juror2"]);
        var criterion = await CriterionAsync(nominationId);
        var juror1 = PrincipalOf((await portal.MemberByEmailAsync("juror1@demo.egov.ua")).Id);
        var juror2 = PrincipalOf((await portal.MemberByEmailAsync("juror2@demo.egov.ua")).Id);
        var scoring = Service<JuryScoring>();
        Assert.True((await scoring.SaveAsync(juror1, entries[0], new Dictionary<Guid, double> { [criterion] = 8 }, "Моя", true)).IsSuccess);
        var form = (await scoring.FormAsync(juror1, entries[0])).Value;
        Assert.Empty(form.Others);

        var pushed = new TaskCompletionSource<PanelSnapshot>(TaskCreationOptions.RunContinuationsAsynchronously);
        using var watch = Service<PanelSessions>().Watch(nominationId, snapshot =>
        {
            if (snapshot.Sheet(form.ViewerId, entries[0]) is not null && snapshot.Sheets.Count == 2) pushed.TrySetResult(snapshot);
            return Task.CompletedTask;
        });
        Assert.True((await scoring.SaveAsync(juror2, entries[0], new Dictionary<Guid, double> { [criterion] = 4 }, "Слабко", false)).IsSuccess);
        var snapshot = await pushed.Task;

        using var counter = new QueryCounter();
        var refreshed = JuryScoring.Refresh(form, snapshot);
        var queriesPerUpdate = counter.Stop();
        using var reloadCounter = new QueryCounter();
        var reloaded = (await scoring.FormAsync(juror1, entries[0])).Value;
        var queriesPerReload = reloadCounter.Stop();
        output.WriteLine($"queries per panel update: pushed snapshot {queriesPerUpdate}, reload {queriesPerReload}");

        Assert.Equal(0, queriesPerUpdate);
        Assert.True(queriesPerReload > 0, "the counter counts");
        var other = Assert.Single(refreshed.Others);
        Assert.Equal(4, other.Values[criterion]);
        Assert.Equal("Слабко", other.Comment);
        Assert.False(other.Submitted);
        Assert.Equal(reloaded.Others.Select(o => (o.JurorName, o.Comment, o.Submitted, string.Join(",", o.Values))),
            refreshed.Others.Select(o => (o.JurorName, o.Comment, o.Submitted, string.Join(",", o.Values))));
        Assert.Equal(reloaded.Mine, refreshed.Mine);
        Assert.Equal((reloaded.Submitted, reloaded.CanScore, reloaded.OthersHidden), (refreshed.Submitted, refreshed.CanScore, refreshed.OthersHidden));
    }

    [Fact]
    public async Task ScoreForm_TheChairLocks_ThePushedSnapshotClosesTheForm()
    {
        var (nominationId, entries) = await ContestTestNominations.CreateAsync(portal, ContestPhase.JuryScoring, entries: 1, panel: ["juror1"]);
        var juror1 = PrincipalOf((await portal.MemberByEmailAsync("juror1@demo.egov.ua")).Id);
        var chair = PrincipalOf((await portal.MemberByEmailAsync("chair@demo.egov.ua")).Id);
        var scoring = Service<JuryScoring>();
        var form = (await scoring.FormAsync(juror1, entries[0])).Value;
        Assert.True(form.CanScore);

        Assert.True((await scoring.LockAsync(chair, nominationId)).IsSuccess);
        var snapshot = (await Service<PanelSessions>().GetAsync(nominationId))!.Snapshot;

        Assert.False(JuryScoring.Refresh(form, snapshot).CanScore);
    }

    [Fact]
    public async Task IdlePanel_EvictedAfterTheTimeout_AndReloadedTransparentlyOnNextUse()
    {
        var (nominationId, entries) = await ContestTestNominations.CreateAsync(portal, ContestPhase.JuryScoring, entries: 2, panel: ["juror1"]);
        var criterion = await CriterionAsync(nominationId);
        var jurorId = (await portal.MemberByEmailAsync("juror1@demo.egov.ua")).Id;
        var clock = new TestClock(DateTimeOffset.UtcNow);
        using var sessions = new PanelSessions(Service<IDbContextFactory<CollabDbContext>>(), Service<ILiveBus>(), NullLogger<PanelSession>.Instance, clock,
            Options.Create(new PanelSessionOptions { IdleTimeout = TimeSpan.FromMinutes(10) }));
        var scoring = new JuryScoring(Service<IDbContextFactory<CollabDbContext>>(), Service<ModuleAccess>(), Service<ContestAccess>(), sessions,
            new ScoringGates(), clock);
        Assert.True((await scoring.SaveAsync(PrincipalOf(jurorId), entries[0], new Dictionary<Guid, double> { [criterion] = 7 }, "", false)).IsSuccess);
        var first = await sessions.GetAsync(nominationId);
        var before = first!.Snapshot;

        clock.Advance(TimeSpan.FromMinutes(9));
        Assert.Equal(0, sessions.EvictIdle());
        Assert.Same(first, await sessions.GetAsync(nominationId));
        clock.Advance(TimeSpan.FromMinutes(9));
        Assert.Equal(0, sessions.EvictIdle());
        clock.Advance(TimeSpan.FromMinutes(2));
        Assert.Equal(1, sessions.EvictIdle());
        Assert.Equal(0, sessions.Count);

        var pushed = new TaskCompletionSource<PanelSnapshot>(TaskCreationOptions.RunContinuationsAsynchronously);
        using var watch = sessions.Watch(nominationId, snapshot =>
        {
            if (snapshot.Sheet(jurorId, entries[1]) is not null) pushed.TrySetResult(snapshot);
            return Task.CompletedTask;
        });
        Assert.True((await scoring.SaveAsync(PrincipalOf(jurorId), entries[1], new Dictionary<Guid, double> { [criterion] = 3 }, "", false)).IsSuccess);
        var second = await sessions.GetAsync(nominationId);
        var after = await pushed.Task;

        Assert.NotSame(first, second);
        Assert.Equal(7, after.Sheet(jurorId, entries[0])!.Values[criterion]);
        Assert.Equal(3, after.Sheet(jurorId, entries[1])!.Values[criterion]);
        Assert.True(after.Version > before.Version, "a viewer that saw the evicted panel accepts the reloaded one's updates");
        Assert.Equal(before.Cell(jurorId, entries[0]), after.Cell(jurorId, entries[0]));
    }

    private async Task<Guid> CriterionAsync(Guid nominationId)
    {
        await using var db = Service<IDbContextFactory<CollabDbContext>>().CreateDbContext();
        return await db.ContestCriteria.Where(c => c.NominationId == nominationId).Select(c => c.Id).SingleAsync();
    }

    /// <summary>Counts EF commands run in this test's own flow (other tests' queries run in other flows).</summary>
    private sealed class QueryCounter : IObserver<DiagnosticListener>, IObserver<KeyValuePair<string, object?>>, IDisposable
    {
        private static readonly AsyncLocal<QueryCounter?> Current = new();
        private readonly IDisposable _listeners;
        private readonly List<IDisposable> _subscriptions = [];
        private int _count;
        private bool _stopped;

        public QueryCounter()
        {
            Current.Value = this;
            _listeners = DiagnosticListener.AllListeners.Subscribe(this);
        }

        public int Stop()
        {
            _stopped = true;
            return Volatile.Read(ref _count);
        }

        public void OnNext(DiagnosticListener value)
        {
            if (value.Name != DbLoggerCategory.Name) return;
            lock (_subscriptions) _subscriptions.Add(value.Subscribe(this));
        }

        public void OnNext(KeyValuePair<string, object?> value)
        {
            if (value.Key == RelationalEventId.CommandExecuting.Name && !_stopped && ReferenceEquals(Current.Value, this)) Interlocked.Increment(ref _count);
        }

        public void OnCompleted()
        {
        }

        public void OnError(Exception error)
        {
        }

        public void Dispose()
        {
            _listeners.Dispose();
            lock (_subscriptions) _subscriptions.ForEach(s => s.Dispose());
            if (ReferenceEquals(Current.Value, this)) Current.Value = null;
        }
    }
}
