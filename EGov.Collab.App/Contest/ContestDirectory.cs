using EGov.Collab.Data;
using EGov.Collab.Domain.Common;
using EGov.Collab.Domain.Contest;
using Microsoft.EntityFrameworkCore;

namespace EGov.Collab.App.Contest;

public sealed record NominationRow(Guid Id, string Title, string Description, ContestPhase Phase, PhaseSchedule Schedule, bool Locked, bool Published, int Entries);

public sealed record EditionView(ContestEdition Edition, IReadOnlyList<NominationRow> Nominations);

public sealed record EntryCard(Guid Id, string Title, string Description, string? Organisation, int? Place, bool IsWinner);

/// <summary>Open reading: the current edition, its nominations and their eligible entries.</summary>
public sealed class ContestDirectory(IDbContextFactory<CollabDbContext> dbFactory)
{
    public async Task<EditionView?> CurrentAsync(CancellationToken cancellationToken = default)
    {
        await using var db = await dbFactory.CreateDbContextAsync(cancellationToken);
        var edition = await db.ContestEditions.AsNoTracking().OrderByDescending(e => e.Year).FirstOrDefaultAsync(cancellationToken);
        if (edition is null) return null;
        var nominations = await db.ContestNominations.AsNoTracking().Where(n => n.EditionId == edition.Id).OrderBy(n => n.Order).ToListAsync(cancellationToken);
        var counts = await db.ContestEntries.Where(e => e.Status == EntryStatus.Eligible).GroupBy(e => e.NominationId)
            .Select(g => new { g.Key, Count = g.Count() }).ToDictionaryAsync(x => x.Key, x => x.Count, cancellationToken);
        return new EditionView(edition, nominations.Select(n => new NominationRow(n.Id, n.Title, n.Description, n.Phase, n.Schedule,
            n.IsScoringLocked, n.ResultsPublishedAt is not null, counts.GetValueOrDefault(n.Id))).ToList());
    }

    public async Task<Nomination?> NominationAsync(Guid id, CancellationToken cancellationToken = default)
    {
        await using var db = await dbFactory.CreateDbContextAsync(cancellationToken);
        return await db.ContestNominations.AsNoTracking().SingleOrDefaultAsync(n => n.Id == id, cancellationToken);
    }

    public async Task<IReadOnlyList<EntryCard>> EntriesAsync(Guid nominationId, CancellationToken cancellationToken = default)
    {
        await using var db = await dbFactory.CreateDbContextAsync(cancellationToken);
        var rows = await (from e in db.ContestEntries.AsNoTracking()
                          where e.NominationId == nominationId && e.Status == EntryStatus.Eligible
                          join o in db.Organisations on e.OrganisationId equals o.Id into orgs
                          from o in orgs.DefaultIfEmpty()
                          select new EntryCard(e.Id, e.Title, e.Description, o == null ? null : o.Name, e.Place, e.IsWinner)).ToListAsync(cancellationToken);
        return [.. rows.OrderBy(r => r.Title, StringComparer.Ordinal)];
    }

    public async Task<IReadOnlyList<Community>> CommunitiesAsync(CancellationToken cancellationToken = default)
    {
        await using var db = await dbFactory.CreateDbContextAsync(cancellationToken);
        var list = await db.Communities.AsNoTracking().ToListAsync(cancellationToken);
        return [.. list.OrderBy(c => c.NameUk, StringComparer.Ordinal)];
    }

    /// <summary>Entries of the nominations where this member sits on the panel.</summary>
    public async Task<IReadOnlyList<(NominationRow Nomination, bool OnPanel)>> PanelsOfAsync(Guid memberId, CancellationToken cancellationToken = default)
    {
        var current = await CurrentAsync(cancellationToken);
        if (current is null) return [];
        await using var db = await dbFactory.CreateDbContextAsync(cancellationToken);
        var mine = await db.ContestPanel.Where(p => p.MemberId == memberId).Select(p => p.NominationId).ToListAsync(cancellationToken);
        return current.Nominations.Select(n => (n, mine.Contains(n.Id))).ToList();
    }
}
