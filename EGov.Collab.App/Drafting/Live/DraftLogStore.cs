using EGov.Collab.App.Common.SearchIndex;
using EGov.Collab.Domain.Common;
using EGov.Collab.Data;
using EGov.Collab.Data.Drafting;
using EGov.Collab.Domain.Drafting.Editing;
using Microsoft.EntityFrameworkCore;

namespace EGov.Collab.App.Drafting.Live;

/// <summary>
/// The operation log and snapshots in the database; one short context per call. The log is one row per committed
/// batch (<see cref="DraftLogBatch"/>, its changes in <see cref="DraftLogBatchJson"/>) and each client's last
/// sequence number (<see cref="DraftClientSequence"/>), both written in the batch's transaction. Rows of the
/// per-submission log written before the <c>DraftLogBatches</c> migration (<see cref="DraftLogEntry"/>) are read
/// with them: they hold the revisions before the first batch row.
/// </summary>
public sealed class DraftLogStore(IDbContextFactory<CollabDbContext> contexts, SearchRefreshOutbox? searchRefresh = null)
{
    /// <summary>
    /// A snapshot is written when a batch crosses a multiple of this many revisions: each one is the whole text, so
    /// with long drafts more often costs more than the log rows; loading replays at most this many changes.
    /// </summary>
    public const int SnapshotEvery = 2_000;

    // A late resend's revision is looked for in this many batch rows at a time, newest first.
    private const int LookupPage = 16;

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
        var head = await db.DraftLogBatches.Where(b => b.DraftId == draftId).MaxAsync(b => (long?)b.LastRevision, cancellationToken)
                   ?? await db.DraftLog.Where(e => e.DraftId == draftId).MaxAsync(e => (long?)e.Revision, cancellationToken) ?? 0;
        var from = Math.Min(snapshot.Revision, head - DraftSequencer.Window);
        var changes = await ChangesAsync(db, draftId, from, null, cancellationToken);
        var document = DraftJson.DeserializeDocument(snapshot.Document);
        foreach (var change in changes.Where(c => c.Revision > snapshot.Revision))
            document = DraftOperations.Apply(document, change.Operations).Value;
        var sequences = await db.DraftClientSequences.AsNoTracking().Where(s => s.DraftId == draftId)
            .ToDictionaryAsync(s => s.ClientId, s => s.LastSequence, cancellationToken);
        return new DraftSequencer(document, head, changes, sequences);
    }

    /// <summary>
    /// Stores a batch of changes (and a snapshot, when given) in one transaction: one log row, each of its clients'
    /// last sequence number, the snapshot. The acknowledgement waits for this.
    /// </summary>
    public async Task AppendAsync(Guid draftId, IReadOnlyList<DraftChange> changes, DraftDocument? snapshot, CancellationToken cancellationToken)
    {
        await using var db = await contexts.CreateDbContextAsync(cancellationToken);
        await db.Database.OpenConnectionAsync(cancellationToken);
        await using var transaction = await db.Database.BeginTransactionAsync(cancellationToken);
        db.DraftLogBatches.Add(new DraftLogBatch
        {
            DraftId = draftId,
            FirstRevision = changes[0].Revision,
            LastRevision = changes[^1].Revision,
            Changes = DraftLogBatchJson.Serialize(changes),
        });
        var last = new Dictionary<Guid, long>();
        foreach (var change in changes) last[change.ClientId] = change.Sequence;
        var clients = last.Keys.ToList();
        var known = await db.DraftClientSequences.Where(s => s.DraftId == draftId && clients.Contains(s.ClientId)).ToListAsync(cancellationToken);
        foreach (var (client, sequence) in last)
        {
            var row = known.Find(s => s.ClientId == client);
            if (row is null) db.DraftClientSequences.Add(new DraftClientSequence { DraftId = draftId, ClientId = client, LastSequence = sequence });
            else row.LastSequence = Math.Max(row.LastSequence, sequence);
        }
        if (snapshot is not null)
            db.DraftSnapshots.Add(new DraftSnapshot { DraftId = draftId, Revision = changes[^1].Revision, At = changes[^1].At, Document = DraftJson.Serialize(snapshot) });
        await db.SaveChangesAsync(cancellationToken);
        await transaction.CommitAsync(cancellationToken);
        searchRefresh?.Enqueue(ModuleKey.Drafting, draftId.ToString());
    }

    /// <summary>
    /// The revision a client's numbered submission produced, for answering a late resend (older than the session
    /// remembers, so rare); null if never stored. Looks through the batches that name the client, newest first.
    /// </summary>
    public async Task<long?> FindRevisionAsync(Guid draftId, Guid clientId, long sequence, CancellationToken cancellationToken)
    {
        await using var db = await contexts.CreateDbContextAsync(cancellationToken);
        var client = clientId.ToString();
        var before = long.MaxValue;
        while (true)
        {
            var page = await db.DraftLogBatches.AsNoTracking()
                .Where(b => b.DraftId == draftId && b.FirstRevision < before && b.Changes.Contains(client))
                .OrderByDescending(b => b.FirstRevision).Take(LookupPage).ToListAsync(cancellationToken);
            foreach (var batch in page)
            {
                var changes = DraftLogBatchJson.Deserialize(batch.FirstRevision, batch.Changes);
                if (changes.Find(c => c.ClientId == clientId && c.Sequence == sequence) is { } found) return found.Revision;
                // A client's sequences grow with the revisions: one below it here means it was never stored.
                if (changes.Exists(c => c.ClientId == clientId && c.Sequence < sequence)) return null;
            }
            if (page.Count < LookupPage) break;
            before = page[^1].FirstRevision;
        }
        return await db.DraftLog.Where(e => e.DraftId == draftId && e.ClientId == clientId && e.ClientSequence == sequence)
            .Select(e => (long?)e.Revision).FirstOrDefaultAsync(cancellationToken);
    }

    public async Task<IReadOnlyList<DraftChange>> ChangesAsync(Guid draftId, long afterRevision, long? upToRevision, CancellationToken cancellationToken)
    {
        await using var db = await contexts.CreateDbContextAsync(cancellationToken);
        return await ChangesAsync(db, draftId, afterRevision, upToRevision, cancellationToken);
    }

    public async Task<DraftDocument?> AtRevisionAsync(Guid draftId, long revision, CancellationToken cancellationToken)
    {
        await using var db = await contexts.CreateDbContextAsync(cancellationToken);
        var snapshot = await db.DraftSnapshots.AsNoTracking().Where(s => s.DraftId == draftId && s.Revision <= revision)
            .OrderByDescending(s => s.Revision).FirstOrDefaultAsync(cancellationToken);
        if (snapshot is null) return null;
        var document = DraftJson.DeserializeDocument(snapshot.Document);
        foreach (var change in await ChangesAsync(db, draftId, snapshot.Revision, revision, cancellationToken))
            document = DraftOperations.Apply(document, change.Operations).Value;
        return document;
    }

    // The per-submission rows from before the DraftLogBatches migration come first (lower revisions), then the batches.
    private static async Task<List<DraftChange>> ChangesAsync(CollabDbContext db, Guid draftId, long afterRevision, long? upToRevision, CancellationToken cancellationToken)
    {
        var upTo = upToRevision ?? long.MaxValue;
        var entries = await db.DraftLog.AsNoTracking().Where(e => e.DraftId == draftId && e.Revision > afterRevision && e.Revision <= upTo)
            .OrderBy(e => e.Revision).ToListAsync(cancellationToken);
        var changes = entries.Select(ToChange).ToList();
        var batches = await db.DraftLogBatches.AsNoTracking().Where(b => b.DraftId == draftId && b.LastRevision > afterRevision && b.FirstRevision <= upTo)
            .OrderBy(b => b.FirstRevision).ToListAsync(cancellationToken);
        foreach (var batch in batches)
            changes.AddRange(DraftLogBatchJson.Deserialize(batch.FirstRevision, batch.Changes).Where(c => c.Revision > afterRevision && c.Revision <= upTo));
        return changes;
    }

    private static DraftChange ToChange(DraftLogEntry entry) =>
        new(entry.Revision, entry.AuthorId, entry.ClientId, entry.ClientSequence, entry.At, DraftJson.DeserializeOperations(entry.Operations));
}
