using EGov.Collab.App.Common.SearchIndex;
using EGov.Collab.App.Live;
using EGov.Collab.Data;
using EGov.Collab.Domain.Common;
using EGov.Collab.Domain.Common.Search;
using Microsoft.EntityFrameworkCore;

namespace EGov.Collab.App.Common.Activity;

/// <summary>
/// The home page's live activity: the most recent public documents of the portal-wide search index (what every module
/// publishes, it indexes right after saving) with the events of <see cref="IActivitySource"/>s, newest first. Read once
/// per change for all open pages: the list is kept until <see cref="AnnounceAsync"/> (on any node) says it moved.
/// </summary>
public sealed class PortalActivity : ISearchIndexObserver, IDisposable
{
    public const string Topic = "portal.activity";
    public const int Size = 8;

    /// <summary>Club messages are conversation, not publications; a draft gives a document per provision, hence the wider first read.</summary>
    private static readonly ModuleKey[] Quiet = [ModuleKey.ExpertClub];
    private const int Candidates = 400;

    private readonly IDbContextFactory<CollabDbContext> _dbFactory;
    private readonly IServiceScopeFactory _scopes;
    private readonly ILiveBus _bus;
    private readonly TimeProvider _clock;
    private readonly SemaphoreSlim _gate = new(1, 1);
    private readonly IDisposable _subscription;
    private volatile Snapshot? _snapshot;

    public PortalActivity(IDbContextFactory<CollabDbContext> dbFactory, IServiceScopeFactory scopes, ILiveBus bus, TimeProvider clock)
    {
        _dbFactory = dbFactory;
        _scopes = scopes;
        _bus = bus;
        _clock = clock;
        // Another node's announcement makes this node's list stale too.
        _subscription = bus.Subscribe(Topic, _ =>
        {
            _snapshot = null;
            return Task.CompletedTask;
        });
    }

    private sealed record Snapshot(DateTimeOffset ReadAt, IReadOnlyList<ActivityEntry> Entries);

    /// <summary>The search indexer calls it after re-indexing an item of any module.</summary>
    public Task IndexedAsync(ModuleKey module, string itemId, bool isPublic) => AnnounceAsync(module, itemId, isPublic);

    /// <summary>
    /// Tells every node that the list moved. A change that neither is public nor touches a listed item (a private draft
    /// typed into) moves nothing on the home page and is not announced.
    /// </summary>
    public async Task AnnounceAsync(ModuleKey module, string itemId, bool isPublic)
    {
        if (Quiet.Contains(module)) return;
        if (!isPublic && _snapshot is { } listed && !listed.Entries.Any(e => e.Module == module && e.ItemId == itemId)) return;
        _snapshot = null;
        await _bus.PublishAsync(Topic, new PortalActivityChanged(_clock.GetUtcNow()));
    }

    /// <param name="changedAt">The announcement a page reacts to: a list read before it is read again.</param>
    public async Task<IReadOnlyList<ActivityEntry>> RecentAsync(DateTimeOffset? changedAt = null, CancellationToken cancellationToken = default)
    {
        if (Fresh(_snapshot, changedAt) is { } fresh) return fresh;
        await _gate.WaitAsync(cancellationToken);
        try
        {
            if (Fresh(_snapshot, changedAt) is { } again) return again;
            var readAt = _clock.GetUtcNow();
            var entries = await ReadAsync(cancellationToken);
            _snapshot = new Snapshot(readAt, entries);
            return entries;
        }
        finally
        {
            _gate.Release();
        }
    }

    private static IReadOnlyList<ActivityEntry>? Fresh(Snapshot? snapshot, DateTimeOffset? changedAt) =>
        snapshot is not null && (changedAt is null || snapshot.ReadAt > changedAt) ? snapshot.Entries : null;

    private async Task<IReadOnlyList<ActivityEntry>> ReadAsync(CancellationToken cancellationToken)
    {
        await using var db = await _dbFactory.CreateDbContextAsync(cancellationToken);
        var published = db.SearchDocuments.AsNoTracking().Where(d => d.Audience == SearchAudience.Public && d.Page == 0 && !Quiet.Contains(d.Module));
        var recent = await published.OrderByDescending(d => d.Updated).ThenByDescending(d => d.Id).Select(d => new { d.Module, d.ItemId, d.Updated })
            .Take(Candidates).ToListAsync(cancellationToken);
        var newest = recent.DistinctBy(d => (d.Module, d.ItemId)).Take(Size).ToList();
        var itemIds = newest.Select(d => d.ItemId).Distinct().ToList();
        var documents = await published.Where(d => itemIds.Contains(d.ItemId)).OrderBy(d => d.Id)
            .Select(d => new { d.Module, d.ItemId, d.Language, d.Title, d.Url }).ToListAsync(cancellationToken);
        var entries = new List<ActivityEntry>();
        foreach (var item in newest)
        {
            // The item's first document in each language carries its own title (a draft's later ones name a provision).
            var own = documents.Where(d => d.Module == item.Module && d.ItemId == item.ItemId).ToList();
            if (own.Count == 0) continue;
            var titles = own.GroupBy(d => d.Language).ToDictionary(g => g.Key, g => g.First().Title, StringComparer.Ordinal);
            entries.Add(new ActivityEntry(item.Module, item.ItemId, titles, own[0].Url.Split('#')[0], item.Updated));
        }

        await using var scope = _scopes.CreateAsyncScope();
        foreach (var source in scope.ServiceProvider.GetServices<IActivitySource>())
            entries.AddRange(await source.RecentAsync(Size, cancellationToken));
        return entries.OrderByDescending(e => e.At).Take(Size).ToList();
    }

    public void Dispose()
    {
        _subscription.Dispose();
        _gate.Dispose();
    }
}
