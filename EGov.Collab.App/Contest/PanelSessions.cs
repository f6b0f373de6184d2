using System.Collections.Concurrent;
using EGov.Collab.App.Live;
using EGov.Collab.Data;
using EGov.Collab.Domain.Contest;
using Microsoft.EntityFrameworkCore;

namespace EGov.Collab.App.Contest;

/// <summary>The panels in memory, one per nomination, loaded from the database on first use.</summary>
public sealed class PanelSessions(IDbContextFactory<CollabDbContext> dbFactory, ILiveBus bus, ILogger<PanelSession> logger)
{
    private readonly ConcurrentDictionary<Guid, Lazy<Task<PanelSession?>>> _sessions = new();

    /// <summary>The nomination's panel, or null when there is no such nomination.</summary>
    public async Task<PanelSession?> GetAsync(Guid nominationId, CancellationToken cancellationToken = default)
    {
        var lazy = _sessions.GetOrAdd(nominationId, id => new Lazy<Task<PanelSession?>>(() => LoadAsync(id)));
        var session = await lazy.Value.WaitAsync(cancellationToken);
        if (session is null) _sessions.TryRemove(nominationId, out _);
        return session;
    }

    /// <summary>Forget a panel whose make-up changed (an entry screened, a juror added): the next use reloads it.</summary>
    public void Evict(Guid nominationId) => _sessions.TryRemove(nominationId, out _);

    /// <summary>Subscribes a viewer to a panel's snapshots; dispose the handle to leave.</summary>
    public IDisposable Watch(Guid nominationId, Func<PanelSnapshot, Task> onSnapshot) =>
        bus.Subscribe(PanelSession.TopicFor(nominationId), message => message is PanelSnapshot snapshot ? onSnapshot(snapshot) : Task.CompletedTask);

    private async Task<PanelSession?> LoadAsync(Guid nominationId)
    {
        await using var db = await dbFactory.CreateDbContextAsync();
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
        var scores = await db.ContestScores.AsNoTracking().Where(s => entryIds.Contains(s.EntryId)).ToListAsync();
        var submitted = await db.ContestSheets.AsNoTracking().Where(s => entryIds.Contains(s.EntryId) && s.SubmittedAt != null)
            .Select(s => new { s.JurorId, s.EntryId }).ToListAsync();

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
            values,
            submitted.Select(s => (s.JurorId, s.EntryId)).ToList(),
            nomination.JuryOptions,
            nomination.IsScoringLocked,
            nomination.Phase,
            criteria.ToDictionary(c => c.Id, c => c.Name));
        return new PanelSession(bus, logger, seed);
    }
}
