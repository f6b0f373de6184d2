using EGov.Collab.App.Common.SearchIndex;
using EGov.Collab.Domain.Common;
using EGov.Collab.Data;
using EGov.Collab.Data.Drafting;
using EGov.Collab.Domain.Drafting.Editing;
using Microsoft.EntityFrameworkCore;

namespace EGov.Collab.App.Drafting.Live;

/// <summary>The operation log and snapshots in the database; one short context per call.</summary>
public sealed class DraftLogStore(IDbContextFactory<CollabDbContext> contexts, SearchRefreshOutbox? searchRefresh = null)
{
    /// <summary>
    /// A snapshot is written when a batch crosses a multiple of this many revisions: each one is the whole text, so
    /// with long drafts more often costs more than the log rows; loading replays at most this many changes.
    /// </summary>
    public const int SnapshotEvery = 2_000;

    public async Task<bool> ExistsAsync(Guid draftId, CancellationToken cancellationToken)
    {
        await using var db = await contexts.CreateDbContextAsync(cancellationToken);
        return await db.DraftSnapshots.AnyAsync(s => s.DraftId == draftId, cancellationToken);
    }

    public async Task CreateAsync(Guid draftId, DraftDocument document, DateTimeOffset now, CancellationToken cancellationToken)
    {
        await using var db = await contexts.CreateDbContextAsync(cancellationToken);
        db.DraftSnapshots.Add(new DraftSnapshot { DraftId = draftId, Revision = 0, At = now, Document = DraftJson.Serialize(document) });
        await db.SaveChangesAsync(cancellationToken);
    }

    /// <summary>The sequencer's starting state: latest snapshot, the log after it and the recent window; null for an unknown draft.</summary>
    public async Task<DraftSequencer?> LoadAsync(Guid draftId, CancellationToken cancellationToken)
    {
        await using var db = await contexts.CreateDbContextAsync(cancellationToken);
        var snapshot = await db.DraftSnapshots.AsNoTracking().Where(s => s.DraftId == draftId)
            .OrderByDescending(s => s.Revision).FirstOrDefaultAsync(cancellationToken);
        if (snapshot is null) return null;
        var head = await db.DraftLog.Where(e => e.DraftId == draftId).MaxAsync(e => (long?)e.Revision, cancellationToken) ?? 0;
        var from = Math.Min(snapshot.Revision, head - DraftSequencer.Window);
        var entries = await db.DraftLog.AsNoTracking().Where(e => e.DraftId == draftId && e.Revision > from)
            .OrderBy(e => e.Revision).ToListAsync(cancellationToken);
        var changes = entries.Select(ToChange).ToList();
        var document = DraftJson.DeserializeDocument(snapshot.Document);
        foreach (var change in changes.Where(c => c.Revision > snapshot.Revision))
            document = DraftOperations.Apply(document, change.Operations).Value;
        var sequences = await db.DraftLog.Where(e => e.DraftId == draftId).GroupBy(e => e.ClientId)
            .Select(g => new { ClientId = g.Key, Last = g.Max(e => e.ClientSequence) })
            .ToDictionaryAsync(x => x.ClientId, x => x.Last, cancellationToken);
        return new DraftSequencer(document, head, changes, sequences);
    }

    /// <summary>Stores a batch of changes (and a snapshot, when given) in one transaction: the acknowledgement waits for this.</summary>
    public async Task AppendAsync(Guid draftId, IReadOnlyList<DraftChange> changes, DraftDocument? snapshot, CancellationToken cancellationToken)
    {
        await using var db = await contexts.CreateDbContextAsync(cancellationToken);
        await db.Database.OpenConnectionAsync(cancellationToken);
        await using var transaction = await db.Database.BeginTransactionAsync(cancellationToken);
        await DraftLogInsert.RunAsync(db, changes.Select(change => new DraftLogEntry
        {
            DraftId = draftId,
            Revision = change.Revision,
            AuthorId = change.AuthorId,
            ClientId = change.ClientId,
            ClientSequence = change.Sequence,
            At = change.At,
            Operations = DraftJson.Serialize(change.Operations),
        }), cancellationToken);
        if (snapshot is not null)
        {
            var last = changes[^1];
            db.DraftSnapshots.Add(new DraftSnapshot { DraftId = draftId, Revision = last.Revision, At = last.At, Document = DraftJson.Serialize(snapshot) });
            await db.SaveChangesAsync(cancellationToken);
        }
        await transaction.CommitAsync(cancellationToken);
        searchRefresh?.Enqueue(ModuleKey.Drafting, draftId.ToString());
    }

    /// <summary>The revision a client's numbered submission produced, for answering a late resend; null if never stored.</summary>
    public async Task<long?> FindRevisionAsync(Guid draftId, Guid clientId, long sequence, CancellationToken cancellationToken)
    {
        await using var db = await contexts.CreateDbContextAsync(cancellationToken);
        return await db.DraftLog.Where(e => e.DraftId == draftId && e.ClientId == clientId && e.ClientSequence == sequence)
            .Select(e => (long?)e.Revision).FirstOrDefaultAsync(cancellationToken);
    }

    public async Task<IReadOnlyList<DraftChange>> ChangesAsync(Guid draftId, long afterRevision, long? upToRevision, CancellationToken cancellationToken)
    {
        await using var db = await contexts.CreateDbContextAsync(cancellationToken);
        var query = db.DraftLog.AsNoTracking().Where(e => e.DraftId == draftId && e.Revision > afterRevision);
        if (upToRevision is { } upTo) query = query.Where(e => e.Revision <= upTo);
        var entries = await query.OrderBy(e => e.Revision).ToListAsync(cancellationToken);
        return entries.Select(ToChange).ToList();
    }

    public async Task<DraftDocument?> AtRevisionAsync(Guid draftId, long revision, CancellationToken cancellationToken)
    {
        await using var db = await contexts.CreateDbContextAsync(cancellationToken);
        var snapshot = await db.DraftSnapshots.AsNoTracking().Where(s => s.DraftId == draftId && s.Revision <= revision)
            .OrderByDescending(s => s.Revision).FirstOrDefaultAsync(cancellationToken);
        if (snapshot is null) return null;
        var document = DraftJson.DeserializeDocument(snapshot.Document);
        foreach (var change in await ChangesAsync(draftId, snapshot.Revision, revision, cancellationToken))
            document = DraftOperations.Apply(document, change.Operations).Value;
        return document;
    }

    private static DraftChange ToChange(DraftLogEntry entry) =>
        new(entry.Revision, entry.AuthorId, entry.ClientId, entry.ClientSequence, entry.At, DraftJson.DeserializeOperations(entry.Operations));
}
