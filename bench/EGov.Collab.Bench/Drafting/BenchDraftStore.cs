using EGov.Collab.App.Drafting.Live;
using EGov.Collab.App.Live;
using EGov.Collab.Data;
using EGov.Collab.Data.Sqlite;
using EGov.Collab.Domain.Drafting.Editing;
using Microsoft.Data.Sqlite;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Logging.Abstractions;

namespace EGov.Collab.Bench.Drafting;

/// <summary>A migrated SQLite file in the temp folder with the real log store, sessions and in-process bus.</summary>
internal sealed class BenchDraftStore : IAsyncDisposable
{
    private readonly string _file = Path.Combine(Path.GetTempPath(), $"drafting-bench-{Guid.NewGuid():N}.db");

    private BenchDraftStore()
    {
        Factory = new FileFactory($"Data Source={_file}");
        Store = new DraftLogStore(Factory);
        Bus = new InProcessLiveBus(NullLogger<InProcessLiveBus>.Instance);
        Sessions = new DraftSessions(Store, Bus, TimeProvider.System, NullLoggerFactory.Instance);
        Editing = new DraftEditingService(Sessions, Store, TimeProvider.System);
    }

    public IDbContextFactory<CollabDbContext> Factory { get; }

    public DraftLogStore Store { get; }

    public ILiveBus Bus { get; }

    public DraftSessions Sessions { get; }

    public DraftEditingService Editing { get; }

    public static async Task<BenchDraftStore> CreateAsync()
    {
        var store = new BenchDraftStore();
        await using var db = store.Factory.CreateDbContext();
        // As the app's DatabaseInitializer does: WAL (synchronous stays at SQLite's default FULL, so a commit is on disk).
        await db.Database.OpenConnectionAsync();
        await db.Database.ExecuteSqlRawAsync("PRAGMA journal_mode=WAL;");
        await db.Database.CloseConnectionAsync();
        await db.Database.MigrateAsync();
        return store;
    }

    public async Task<(Guid DraftId, DraftSession Session)> NewDraftAsync(DraftDocument initial)
    {
        var draftId = Guid.CreateVersion7();
        await Editing.CreateAsync(draftId, initial, Guid.CreateVersion7());
        return (draftId, (await Sessions.GetAsync(draftId))!);
    }

    public async ValueTask DisposeAsync()
    {
        await Sessions.DisposeAsync();
        SqliteConnection.ClearAllPools();
        foreach (var file in new[] { _file, _file + "-wal", _file + "-shm" }) File.Delete(file);
    }

    private sealed class FileFactory(string connectionString) : IDbContextFactory<CollabDbContext>
    {
        private readonly DbContextOptions<SqliteCollabDbContext> _options =
            new DbContextOptionsBuilder<SqliteCollabDbContext>().UseSqlite(connectionString).Options;

        public CollabDbContext CreateDbContext() => new SqliteCollabDbContext(_options);
    }
}
