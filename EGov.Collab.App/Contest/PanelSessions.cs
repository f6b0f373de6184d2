using System.Collections.Concurrent;
using EGov.Collab.App.Live;
using EGov.Collab.Data;
using EGov.Collab.Domain.Contest;
using Microsoft.EntityFrameworkCore;

namespace EGov.Collab.App.Contest;

/// <summary>How long a panel nobody uses stays in memory (configuration section <c>Contest:PanelSessions</c>).</summary>
public sealed class PanelSessionOptions
{
    public const string Section = "Contest:PanelSessions";

    public TimeSpan IdleTimeout { get; set; } = TimeSpan.FromMinutes(10);
}

/// <summary>
/// The panels in memory, one per nomination, loaded from the database on first use. A panel unused for
/// <see cref="PanelSessionOptions.IdleTimeout"/> is evicted (the sweep runs on the clock); the next use reloads it
/// from the database, and viewers keep listening on its topic, so nobody notices.
/// </summary>
public sealed class PanelSessions : IDisposable
{
    private readonly ConcurrentDictionary<Guid, Slot> _sessions = new();
    private readonly IDbContextFactory<CollabDbContext> _dbFactory;
    private readonly ILiveBus _bus;
    private readonly ILogger<PanelSession> _logger;
    private readonly TimeProvider _clock;
    private readonly TimeSpan _idleTimeout;
    private readonly ITimer _sweep;

    public PanelSessions(IDbContextFactory<CollabDbContext> dbFactory, ILiveBus bus, ILogger<PanelSession> logger, TimeProvider clock,
        Microsoft.Extensions.Options.IOptions<PanelSessionOptions> options)
    {
        ArgumentNullException.ThrowIfNull(options);
        _dbFactory = dbFactory;
        _bus = bus;
        _logger = logger;
        _clock = clock;
        _idleTimeout = options.Value.IdleTimeout > TimeSpan.Zero ? options.Value.IdleTimeout : TimeSpan.FromMinutes(10);
        var period = _idleTimeout / 2;
        _sweep = clock.CreateTimer(_ => EvictIdle(), null, period, period);
    }

    /// <summary>Panels in memory now.</summary>
    public int Count => _sessions.Count;

    /// <summary>The nomination's panel, or null when there is no such nomination.</summary>
    public async Task<PanelSession?> GetAsync(Guid nominationId, CancellationToken cancellationToken = default)
    {
        var slot = _sessions.GetOrAdd(nominationId, id => new Slot(new Lazy<Task<PanelSession?>>(() => LoadAsync(id))));
        slot.Touch(_clock.GetUtcNow());
        var session = await slot.Session.Value.WaitAsync(cancellationToken);
        if (session is null) _sessions.TryRemove(new KeyValuePair<Guid, Slot>(nominationId, slot));
        return session;
    }

    /// <summary>Forget a panel whose make-up changed (an entry screened, a juror added): the next use reloads it.</summary>
    public void Evict(Guid nominationId) => _sessions.TryRemove(nominationId, out _);

    /// <summary>Forgets every panel unused for the idle timeout; returns how many.</summary>
    public int EvictIdle()
    {
        var cutoff = _clock.GetUtcNow() - _idleTimeout;
        var evicted = 0;
        foreach (var pair in _sessions)
        {
            if (pair.Value.LastUsed <= cutoff && _sessions.TryRemove(pair)) evicted++;
        }
        if (evicted > 0) _logger.LogDebug("Evicted {Count} idle contest panels.", evicted);
        return evicted;
    }

    public void Dispose() => _sweep.Dispose();

    private sealed class Slot(Lazy<Task<PanelSession?>> session)
    {
        private long _lastUsed;

        public Lazy<Task<PanelSession?>> Session { get; } = session;

        public DateTimeOffset LastUsed => new(Interlocked.Read(ref _lastUsed), TimeSpan.Zero);

        public void Touch(DateTimeOffset now) => Interlocked.Exchange(ref _lastUsed, now.UtcTicks);
    }

    /// <summary>Subscribes a viewer to a panel's snapshots; dispose the handle to leave.</summary>
    public IDisposable Watch(Guid nominationId, Func<PanelSnapshot, Task> onSnapshot) =>
        _bus.Subscribe(PanelSession.TopicFor(nominationId), message => message is PanelSnapshot snapshot ? onSnapshot(snapshot) : Task.CompletedTask);

    private async Task<PanelSession?> LoadAsync(Guid nominationId)
    {
        await using var db = await _dbFactory.CreateDbContextAsync();
        var nomination = await db.ContestNominations.AsNoTracking().SingleOrDefaultAsync(n => n.Id == nominationId);
        if (nomination is null) return null;
        var criteria = await db.ContestCriteria.AsNoTracking().Where(c => c.NominationId == nominationId).OrderBy(c => c.Order).ToListAsync();
        var entries = await db.ContestEntries.AsNoTracking()
            .Where(e => e.NominationId == nominationId && e.Status == EntryStatus.Eligible).ToListAsync();
        entries = [.. entries.OrderBy(e => e.SubmittedAt).ThenBy(e => e.Title, StringComparer.Ordinal)];
        var entryIds = entries.Select(e => e.Id).ToList();
        var panel = await (from p in db.ContestPanel.AsNoTracking()
                           where p.NominationId == nominationId
                           join m in db.Users on p.MemberId equals m.Id
                           select new { Panel = p, m.FullName }).ToListAsync();
        panel = [.. panel.OrderBy(p => p.FullName, StringComparer.Ordinal)];
        var declared = await db.ContestConflicts.AsNoTracking().Where(c => entryIds.Contains(c.EntryId))
            .Select(c => new { c.JurorId, c.EntryId }).ToListAsync();
        var assigned = await db.ContestAssignments.AsNoTracking()
            .Where(a => a.NominationId == nominationId && a.Role == ReviewerRole.Juror && entryIds.Contains(a.EntryId))
            .Select(a => new { a.ReviewerId, a.EntryId }).ToListAsync();
        var scores = await db.ContestScores.AsNoTracking().Where(s => entryIds.Contains(s.EntryId)).ToListAsync();
        var sheets = await db.ContestSheets.AsNoTracking().Where(s => entryIds.Contains(s.EntryId))
            .Select(s => new { s.JurorId, s.EntryId, s.Comment, s.SubmittedAt }).ToListAsync();

        var values = scores.GroupBy(s => (s.JurorId, s.EntryId))
            .ToDictionary(g => g.Key, g => g.ToDictionary(s => s.CriterionId, s => s.Value));
        var seed = new PanelSeed(
            nominationId,
            criteria.Select(c => c.Spec).ToList(),
            entries.Select(e => new PanelEntry(e.Id, e.Title, e.SubmittedAt ?? e.CreatedAt)).ToList(),
            entries.ToDictionary(e => e.Id, e => e.Profile),
            panel.Select(p => new PanelJuror(p.Panel.MemberId, p.FullName)).ToList(),
            panel.ToDictionary(p => p.Panel.MemberId, p => p.Panel.Profile),
            declared.Select(d => (d.JurorId, d.EntryId)).ToList(),
            assigned.Select(a => (a.ReviewerId, a.EntryId)).ToList(),
            values,
            sheets.Where(s => s.SubmittedAt != null).Select(s => (s.JurorId, s.EntryId)).ToList(),
            nomination.JuryOptions,
            nomination.IsScoringLocked,
            nomination.Phase,
            criteria.ToDictionary(c => c.Id, c => c.Name),
            sheets.ToDictionary(s => (s.JurorId, s.EntryId), s => s.Comment),
            nomination.BlindMode);
        return new PanelSession(_bus, _logger, seed);
    }
}
