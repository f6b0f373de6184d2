using EGov.Collab.App.Drafting.Live;
using EGov.Collab.Data.Drafting;
using EGov.Collab.Data.Sqlite;
using EGov.Collab.Domain.Drafting.Editing;
using EGov.Collab.Tests.Support;
using Microsoft.Data.Sqlite;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Infrastructure;
using Microsoft.EntityFrameworkCore.Migrations;
using Microsoft.Extensions.Logging.Abstractions;

namespace EGov.Collab.Tests.Integration.Drafting;

/// <summary>
/// The operation log as one row per committed batch (issue 19): a draft whose log was written one row per submission
/// before the <c>DraftLogBatches</c> migration still loads, replays, shows its history and answers resends after it;
/// and a resend older than a reloaded session remembers is found in the batch rows and not applied again.
/// </summary>
public sealed class DraftLogBatchTests : IDisposable
{
    private readonly string _file = Path.Combine(Path.GetTempPath(), $"drafting-batches-{Guid.NewGuid():N}.db");
    private readonly TestClock _clock = new(new DateTimeOffset(2026, 12, 7, 23, 0, 0, TimeSpan.Zero));
    private readonly Guid _author = Guid.NewGuid();

    public void Dispose()
    {
        SqliteConnection.ClearAllPools();
        File.Delete(_file);
    }

    [Fact]
    public async Task ALogWrittenPerSubmission_ReplaysAndAnswersResends_AfterTheMigrationAsync()
    {
        var factory = new FileFactory($"Data Source={_file}");
        var draftId = Guid.CreateVersion7();
        var article = Guid.CreateVersion7();
        var client = Guid.CreateVersion7();
        await using (var db = factory.CreateDbContext())
        {
            var migrator = db.GetService<IMigrator>();
            var all = db.Database.GetMigrations().ToList();
            var batches = all.Single(m => m.EndsWith("_DraftLogBatches", StringComparison.Ordinal));
            await migrator.MigrateAsync(all[all.IndexOf(batches) - 1]);
            // The log as the store wrote it before: a snapshot at 0 and one row per submission.
            db.DraftSnapshots.Add(new DraftSnapshot
            {
                DraftId = draftId, Revision = 0, At = _clock.GetUtcNow(),
                Document = DraftJson.Serialize(new DraftDocument([new Provision(article, ProvisionKind.Article, "")])),
            });
            for (var i = 0; i < 3; i++)
                db.DraftLog.Add(new DraftLogEntry
                {
                    DraftId = draftId, Revision = i + 1, AuthorId = _author, ClientId = client, ClientSequence = i + 1, At = _clock.GetUtcNow(),
                    Operations = DraftJson.Serialize([new InsertText(article, i, "абв"[i].ToString())]),
                });
            await db.SaveChangesAsync();
            await migrator.MigrateAsync();
        }

        var store = new DraftLogStore(factory);
        await using (var sessions = new DraftSessions(store, new CountingLiveBus(), _clock, NullLoggerFactory.Instance))
        {
            var session = (await sessions.GetAsync(draftId))!;
            Assert.Equal(3, session.Current.Revision);
            Assert.Equal("абв", session.Current.Document.Find(article)!.Text);
            var resent = await session.SubmitAsync(new DraftSubmission(client, 2, 1, [new InsertText(article, 1, "б")], _author));
            Assert.True(resent.Duplicate);
            Assert.Equal(2, resent.Revision);
            var next = await session.SubmitAsync(new DraftSubmission(client, 4, 3, [new InsertText(article, 3, "г")], _author));
            Assert.Equal(4, next.Revision);
        }

        Assert.Equal(2, await store.FindRevisionAsync(draftId, client, 2, CancellationToken.None));
        Assert.Equal(4, await store.FindRevisionAsync(draftId, client, 4, CancellationToken.None));
        var history = await store.ChangesAsync(draftId, 0, null, CancellationToken.None);
        Assert.Equal([1L, 2, 3, 4], history.Select(c => c.Revision));
        Assert.Equal([1L, 2, 3, 4], history.Select(c => c.Sequence));
        Assert.Equal("аб", (await store.AtRevisionAsync(draftId, 2, CancellationToken.None))!.Find(article)!.Text);
        Assert.Equal("абвг", (await store.AtRevisionAsync(draftId, 4, CancellationToken.None))!.Find(article)!.Text);
        await using (var restarted = new DraftSessions(store, new CountingLiveBus(), _clock, NullLoggerFactory.Instance))
        {
            var session = (await restarted.GetAsync(draftId))!;
            Assert.Equal("абвг", session.Current.Document.Find(article)!.Text);
            Assert.True((await session.SubmitAsync(new DraftSubmission(client, 1, 0, [new InsertText(article, 0, "а")], _author))).Duplicate);
            Assert.True((await session.SubmitAsync(new DraftSubmission(client, 4, 3, [new InsertText(article, 3, "г")], _author))).Duplicate);
            Assert.Equal("абвг", session.Current.Document.Find(article)!.Text);
        }
    }

    [Fact]
    public async Task AResendOlderThanTheReloadedSessionRemembers_IsFoundInTheBatches_AndNotAppliedAgainAsync()
    {
        var factory = new FileFactory($"Data Source={_file}");
        await using (var db = factory.CreateDbContext()) await db.Database.MigrateAsync();
        var store = new DraftLogStore(factory);
        var draftId = Guid.CreateVersion7();
        var article = Guid.CreateVersion7();
        var typist = Guid.CreateVersion7();
        var other = Guid.CreateVersion7();
        var count = DraftSequencer.Window + 1_000;
        await using (var sessions = new DraftSessions(store, new CountingLiveBus(), _clock, NullLoggerFactory.Instance))
        {
            await new DraftEditingService(sessions, store, _clock).CreateAsync(draftId, new DraftDocument([new Provision(article, ProvisionKind.Article, "")]), _author);
            var session = (await sessions.GetAsync(draftId))!;
            // Sent without waiting, as a fast typist's editor pipelines: the session commits them in a few batches.
            var typed = Enumerable.Range(0, count)
                .Select(i => session.SubmitAsync(new DraftSubmission(typist, i + 1, i, [new InsertText(article, i, "ї")], _author))).ToList();
            Assert.Equal(Enumerable.Range(1, count).Select(i => (long)i), (await Task.WhenAll(typed)).Select(o => o.Revision));
            Assert.Equal(count + 1, (await session.SubmitAsync(new DraftSubmission(other, 7, count, [new InsertText(article, 0, "є")], _author))).Revision);
        }

        await using var restarted = new DraftSessions(store, new CountingLiveBus(), _clock, NullLoggerFactory.Instance);
        var reloaded = (await restarted.GetAsync(draftId))!;
        Assert.Equal(count + 1, reloaded.Current.Revision);
        foreach (var sequence in new long[] { 1, 2, 500, count })
        {
            var resent = await reloaded.SubmitAsync(new DraftSubmission(typist, sequence, sequence - 1, [new InsertText(article, (int)sequence - 1, "ї")], _author));
            Assert.True(resent.Duplicate);
            Assert.Equal(sequence, resent.Revision);
        }
        var otherResent = await reloaded.SubmitAsync(new DraftSubmission(other, 7, count, [new InsertText(article, 0, "є")], _author));
        Assert.Equal((count + 1L, true), (otherResent.Revision, otherResent.Duplicate));
        Assert.Equal("є" + new string('ї', count), reloaded.Current.Document.Find(article)!.Text);
        Assert.Equal(count + 1, reloaded.Current.Revision);
        var history = await store.ChangesAsync(draftId, 0, null, CancellationToken.None);
        Assert.Equal(Enumerable.Range(1, count + 1).Select(i => (long)i), history.Select(c => c.Revision));
    }

    private sealed class FileFactory(string connectionString) : IDbContextFactory<EGov.Collab.Data.CollabDbContext>
    {
        private readonly DbContextOptions<SqliteCollabDbContext> _options =
            new DbContextOptionsBuilder<SqliteCollabDbContext>().UseSqlite(connectionString).Options;

        public EGov.Collab.Data.CollabDbContext CreateDbContext() => new SqliteCollabDbContext(_options);
    }
}
