using EGov.Collab.App.Common;
using EGov.Collab.App.Notifications;
using EGov.Collab.Data;
using EGov.Collab.Domain.Common;
using EGov.Collab.Domain.Methodology;
using Microsoft.EntityFrameworkCore;

namespace EGov.Collab.App.Methodology;

/// <summary>
/// The cited-act watch: compares each cited act's current state (status today and latest edition) with what the citing
/// template, example or draft last saw; flags the citation and notifies its author once. Runs after every change of an
/// act and nightly (<see cref="CitedActWatchJob"/>), since an act also loses force simply by its date arriving.
/// </summary>
public sealed class CitedActWatch(IDbContextFactory<CollabDbContext> dbFactory, NotificationCenter notifications, TimeProvider clock)
{
    /// <summary>Checks the citations of the given acts (all acts when null); returns how many were newly flagged.</summary>
    public async Task<int> CheckAsync(IReadOnlyCollection<Guid>? actIds, CancellationToken cancellationToken = default)
    {
        await using var db = await dbFactory.CreateDbContextAsync(cancellationToken);
        var citations = await (actIds is null ? db.ActCitations : db.ActCitations.Where(c => actIds.Contains(c.ActId)))
            .Where(c => c.FlaggedAt == null).ToListAsync(cancellationToken);
        if (citations.Count == 0) return 0;
        var states = await StatesAsync(db, citations.Select(c => c.ActId).Distinct().ToList(), cancellationToken);
        var now = clock.GetUtcNow();
        var flagged = citations.Where(c => c.Check(states[c.ActId].State, now)).ToList();
        if (flagged.Count == 0) return 0;
        await db.SaveChangesAsync(cancellationToken);
        var titles = await CitingTitlesAsync(db, flagged, cancellationToken);
        foreach (var citation in flagged.Where(c => c.AuthorId is not null))
        {
            await notifications.NotifyAsync([citation.AuthorId!.Value], ModuleKey.Methodology, "Notification.Methodology.ActChanged",
                [states[citation.ActId].Title, titles.GetValueOrDefault((citation.Kind, citation.CitingId), "")], LinkOf(citation), cancellationToken);
        }
        return flagged.Count;
    }

    /// <summary>The author (or an editor) has reviewed the change: the citations of <paramref name="citingId"/> become current again.</summary>
    public async Task AcknowledgeAsync(CitingKind kind, Guid citingId, CancellationToken cancellationToken = default)
    {
        await using var db = await dbFactory.CreateDbContextAsync(cancellationToken);
        var citations = await db.ActCitations.Where(c => c.Kind == kind && c.CitingId == citingId && c.FlaggedAt != null).ToListAsync(cancellationToken);
        if (citations.Count == 0) return;
        var states = await StatesAsync(db, citations.Select(c => c.ActId).Distinct().ToList(), cancellationToken);
        foreach (var citation in citations) citation.Acknowledge(states[citation.ActId].State);
        await db.SaveChangesAsync(cancellationToken);
    }

    /// <summary>Citations of the given acts (unknown ids are skipped) by a new template, example or draft, seeing the acts as they are now.</summary>
    public async Task<IReadOnlyList<ActCitation>> NewCitationsAsync(CitingKind kind, Guid citingId, IReadOnlyCollection<Guid> actIds, Guid? authorId, CancellationToken cancellationToken = default)
    {
        var states = await StatesAsync(actIds.Distinct().ToList(), cancellationToken);
        return states.Select(s => ActCitation.Create(kind, citingId, s.Key, authorId, s.Value.State)).ToList();
    }

    /// <summary>The current state of each act, for new citations and for checks.</summary>
    public async Task<IReadOnlyDictionary<Guid, (string State, string Title)>> StatesAsync(IReadOnlyCollection<Guid> actIds, CancellationToken cancellationToken = default)
    {
        await using var db = await dbFactory.CreateDbContextAsync(cancellationToken);
        return await StatesAsync(db, actIds, cancellationToken);
    }

    private async Task<Dictionary<Guid, (string State, string Title)>> StatesAsync(CollabDbContext db, IReadOnlyCollection<Guid> actIds, CancellationToken cancellationToken)
    {
        var acts = await db.LegalActs.AsNoTracking().Where(a => actIds.Contains(a.Id)).ToListAsync(cancellationToken);
        var latest = await db.ActEditions.AsNoTracking().Where(e => actIds.Contains(e.ActId))
            .GroupBy(e => e.ActId).Select(g => new { ActId = g.Key, Date = g.Max(e => e.EditionDate) }).ToDictionaryAsync(x => x.ActId, x => x.Date, cancellationToken);
        var today = DateOnly.FromDateTime(PortalTime.ToKyiv(clock.GetUtcNow()).DateTime);
        return acts.ToDictionary(a => a.Id, a => (ActState.Of(a, latest.TryGetValue(a.Id, out var date) ? date : null, today), a.Title));
    }

    private static async Task<Dictionary<(CitingKind, Guid), string>> CitingTitlesAsync(CollabDbContext db, IReadOnlyCollection<ActCitation> citations, CancellationToken cancellationToken)
    {
        var ids = citations.Select(c => c.CitingId).Distinct().ToList();
        var result = new Dictionary<(CitingKind, Guid), string>();
        foreach (var t in await db.MethodologyTemplates.AsNoTracking().Where(t => ids.Contains(t.Id)).Select(t => new { t.Id, t.Title }).ToListAsync(cancellationToken))
            result[(CitingKind.Template, t.Id)] = t.Title;
        foreach (var e in await db.MethodologyExamples.AsNoTracking().Where(e => ids.Contains(e.Id)).Select(e => new { e.Id, e.Title }).ToListAsync(cancellationToken))
            result[(CitingKind.Example, e.Id)] = e.Title;
        foreach (var d in await db.Drafts.AsNoTracking().Where(d => ids.Contains(d.Id)).Select(d => new { d.Id, d.Title }).ToListAsync(cancellationToken))
            result[(CitingKind.Draft, d.Id)] = d.Title;
        return result;
    }

    private static string LinkOf(ActCitation citation) => citation.Kind switch
    {
        CitingKind.Template => MethodologyLinks.Template(citation.CitingId),
        CitingKind.Example => MethodologyLinks.Example(citation.CitingId),
        _ => MethodologyLinks.Draft(citation.CitingId),
    };
}

/// <summary>The nightly re-check of every citation (idempotent: a flagged citation is not flagged or notified again).</summary>
public sealed class CitedActWatchJob(CitedActWatch watch)
{
    public const string Id = "methodology-cited-act-watch";

    public Task<int> RunAsync(CancellationToken cancellationToken) => watch.CheckAsync(null, cancellationToken);
}
