using EGov.Collab.App.Drafting.Live;
using EGov.Collab.Data.Sqlite;
using EGov.Collab.Domain.Drafting.Editing;
using EGov.Collab.Tests.Support;
using Microsoft.Data.Sqlite;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Logging.Abstractions;

namespace EGov.Collab.Tests.Integration.Drafting;

/// <summary>
/// A server that stops abruptly mid-session over a SQLite file: its sessions are abandoned with submissions still
/// queued and in flight (no disposal, no flush, the connection pool cleared as a dying process would drop it), then a
/// new set of sessions opens the same file. Every acknowledged change is there, and the editors' resent
/// unacknowledged submissions apply exactly once.
/// (In-process equivalent of killing the app: the acknowledgement is sent only after the SQLite commit, so what a
/// kill can lose is exactly what was never acknowledged.)
/// </summary>
public sealed class DraftDurabilityTests : IDisposable
{
    private readonly string _file = Path.Combine(Path.GetTempPath(), $"drafting-durability-{Guid.NewGuid():N}.db");
    private readonly TestClock _clock = new(new DateTimeOffset(2026, 11, 23, 21, 0, 0, TimeSpan.Zero));

    public void Dispose()
    {
        SqliteConnection.ClearAllPools();
        File.Delete(_file);
    }

    [Fact]
    public async Task AbruptStop_KeepsAcknowledged_AndResentApplyOnceAsync()
    {
        var factory = new FileFactory($"Data Source={_file}");
        await using (var db = factory.CreateDbContext()) await db.Database.MigrateAsync();
        var draftId = Guid.CreateVersion7();
        var provisions = Enumerable.Range(0, 5).Select(i => new Provision(Guid.CreateVersion7(), ProvisionKind.Article, "")).ToArray();
        var clients = provisions.Select(_ => Guid.CreateVersion7()).ToArray();

        var store = new DraftLogStore(factory);
        var sessions = new DraftSessions(store, new CountingLiveBus(), _clock, NullLoggerFactory.Instance);
        await new DraftEditingService(sessions, store, _clock).CreateAsync(draftId, new DraftDocument([.. provisions]), Guid.NewGuid());
        var session = (await sessions.GetAsync(draftId))!;

        // Five editors type "ї" into their own provision, each with one submission in flight at a time.
        var acknowledged = new List<DraftSubmission>[5];
        var unacknowledged = new DraftSubmission?[5];
        using var stop = new CancellationTokenSource();
        var editors = Enumerable.Range(0, 5).Select(i => Task.Run(async () =>
        {
            acknowledged[i] = [];
            var revision = 0L;
            for (var sequence = 1; !stop.IsCancellationRequested; sequence++)
            {
                var submission = new DraftSubmission(clients[i], sequence, revision, [new InsertText(provisions[i].Id, sequence - 1, "ї")], Guid.NewGuid());
                unacknowledged[i] = submission;
                var outcome = await session.SubmitAsync(submission).WaitAsync(stop.Token);
                Assert.True(outcome.Accepted, outcome.Error?.ToString());
                acknowledged[i].Add(submission);
                unacknowledged[i] = null;
                revision = outcome.Revision;
            }
        })).ToArray();

        while (acknowledged.Any(a => a is null || a.Count < 40)) await Task.Yield();
        stop.Cancel(); // The "process" dies: nobody hears another acknowledgement, nothing is disposed or flushed.
        await Task.WhenAll(editors.Select(e => e.ContinueWith(_ => { }, TaskScheduler.Default)));
        // What was already queued may still reach the disk (stored, never acknowledged: the resend must not double it);
        // wait for that so the old loop cannot write behind the new one's back.
        await sessions.DisposeAsync();
        SqliteConnection.ClearAllPools();
        var restartedStore = new DraftLogStore(factory);
        await using var restarted = new DraftSessions(restartedStore, new CountingLiveBus(), _clock, NullLoggerFactory.Instance);
        var reopened = (await restarted.GetAsync(draftId))!;
        for (var i = 0; i < 5; i++)
        {
            var text = reopened.Current.Document.Find(provisions[i].Id)!.Text;
            Assert.True(text.Length >= acknowledged[i].Count, $"editor {i}: {acknowledged[i].Count} acknowledged, {text.Length} stored");
        }

        // Each editor resends what it never heard about (and, to be sure, its last acknowledged one too).
        for (var i = 0; i < 5; i++)
        {
            foreach (var resend in new[] { acknowledged[i][^1], unacknowledged[i] }.OfType<DraftSubmission>())
                Assert.True((await reopened.SubmitAsync(resend)).Accepted);
            // A keystroke typed after the connection dropped never reached the server; it is sent (twice) now.
            var (document, revision) = reopened.Current;
            var sequence = acknowledged[i].Count + (unacknowledged[i] is null ? 1 : 2);
            var typedOffline = new DraftSubmission(clients[i], sequence, revision,
                [new InsertText(provisions[i].Id, document.Find(provisions[i].Id)!.Text.Length, "ї")], Guid.NewGuid());
            Assert.False((await reopened.SubmitAsync(typedOffline)).Duplicate);
            Assert.True((await reopened.SubmitAsync(typedOffline)).Duplicate);
            var expected = acknowledged[i].Count + (unacknowledged[i] is null ? 0 : 1) + 1;
            Assert.Equal(new string('ї', expected), reopened.Current.Document.Find(provisions[i].Id)!.Text);
        }
        var history = await restartedStore.ChangesAsync(draftId, 0, null, CancellationToken.None);
        Assert.Equal(history.Count, history.Select(h => (h.ClientId, h.Sequence)).Distinct().Count());
    }

    private sealed class FileFactory(string connectionString) : IDbContextFactory<EGov.Collab.Data.CollabDbContext>
    {
        private readonly DbContextOptions<SqliteCollabDbContext> _options =
            new DbContextOptionsBuilder<SqliteCollabDbContext>().UseSqlite(connectionString).Options;

        public EGov.Collab.Data.CollabDbContext CreateDbContext() => new SqliteCollabDbContext(_options);
    }
}
