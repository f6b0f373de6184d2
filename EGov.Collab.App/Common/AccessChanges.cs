using System.Collections.Concurrent;
using EGov.Collab.App.Live;

namespace EGov.Collab.App.Common;

/// <summary>A member's rights changed (a role granted or revoked, the account locked, a club or room membership changed).</summary>
public sealed record AccessChanged(Guid MemberId, Guid Node);

/// <summary>
/// Versions of each member's rights, so <see cref="ModuleAccess"/> and the modules' own access checks can decide rights once
/// and keep the answer until they change. A save that touches rights bumps the member's version here at once (see
/// <see cref="AccessChangeInterceptor"/>) and publishes <see cref="AccessChanged"/> on the live bus, which bumps it on the
/// other nodes and lets open pages re-read what the member may do.
/// </summary>
public sealed class AccessChanges
{
    public const string Topic = "access";

    private readonly ConcurrentDictionary<Guid, long> _versions = new();
    private readonly ILiveBus _bus;

    // This node's own announcements come back through the bus; they were applied when made, so they are skipped.
    private readonly Guid _node = Guid.NewGuid();

    public AccessChanges(ILiveBus bus)
    {
        _bus = bus;
        // Lives as long as the process: the subscription is never disposed.
        _ = bus.Subscribe(Topic, message =>
        {
            if (message is AccessChanged changed && changed.Node != _node) Bump(changed.MemberId);
            return Task.CompletedTask;
        });
    }

    public long VersionOf(Guid memberId) => _versions.GetValueOrDefault(memberId);

    /// <summary>Forgets every cached decision about these members here and now, then tells the other circuits and nodes.</summary>
    public async Task ChangedAsync(IEnumerable<Guid> memberIds)
    {
        var distinct = memberIds.Distinct().ToList();
        foreach (var memberId in distinct) Bump(memberId);
        foreach (var memberId in distinct) await _bus.PublishAsync(Topic, new AccessChanged(memberId, _node));
    }

    private void Bump(Guid memberId) => _versions.AddOrUpdate(memberId, 1, (_, version) => version + 1);
}

/// <summary>
/// Remembers one decision per member until their rights change (<see cref="AccessChanges"/>) or it grows older than
/// <see cref="FreshFor"/>, a safety net for a change made outside the portal (a script on the database).
/// </summary>
public sealed class RightsCache<T>(AccessChanges changes, TimeProvider clock) where T : class
{
    public static readonly TimeSpan FreshFor = TimeSpan.FromMinutes(2);

    private readonly ConcurrentDictionary<Guid, Entry> _entries = new();

    public async Task<T> GetAsync(Guid memberId, Func<CancellationToken, Task<T>> load, CancellationToken cancellationToken)
    {
        var version = changes.VersionOf(memberId);
        var now = clock.GetUtcNow();
        if (_entries.TryGetValue(memberId, out var entry) && entry.Version == version && now - entry.LoadedAt < FreshFor) return entry.Value;
        // The version is read before loading: a change that lands during the load leaves a stale version behind, so the
        // next call loads again rather than keeping what was read before the change.
        var value = await load(cancellationToken);
        _entries[memberId] = new Entry(value, version, now);
        return value;
    }

    private sealed record Entry(T Value, long Version, DateTimeOffset LoadedAt);
}
