namespace EGov.Collab.Data.Drafting;

/// <summary>
/// One committed submission of a draft's live text, as the log was written up to the <c>DraftLogBatches</c> migration
/// (7 December 2026): read, never written any more (<see cref="DraftLogBatch"/> since). The unique (draft, revision)
/// key was the arbiter of order; the unique (draft, client, sequence) key made a resent submission land once.
/// <see cref="Operations"/> is the JSON array of operations as applied (Domain DraftJson).
/// </summary>
public sealed class DraftLogEntry
{
    public Guid DraftId { get; set; }

    public long Revision { get; set; }

    public Guid AuthorId { get; set; }

    public Guid ClientId { get; set; }

    public long ClientSequence { get; set; }

    public DateTimeOffset At { get; set; }

    public string Operations { get; set; } = "[]";
}

/// <summary>
/// One committed batch of a draft's live text: the changes of revisions <see cref="FirstRevision"/> to
/// <see cref="LastRevision"/>, in one row. A session always starts a batch right after the head it knows, which is
/// the end of a committed batch, so the unique (draft, first revision) key is the arbiter of order, even across app
/// nodes: two writers from the same head collide on it. <see cref="Changes"/> is the batch's JSON (App DraftLogBatchJson).
/// </summary>
public sealed class DraftLogBatch
{
    public Guid DraftId { get; set; }

    public long FirstRevision { get; set; }

    public long LastRevision { get; set; }

    public string Changes { get; set; } = "[]";
}

/// <summary>
/// The last sequence number a client had applied on a draft (its sequences only grow), updated once per batch: a
/// resend at or below it is answered as a duplicate, never applied again, even after the session is reloaded.
/// </summary>
public sealed class DraftClientSequence
{
    public Guid DraftId { get; set; }

    public Guid ClientId { get; set; }

    public long LastSequence { get; set; }
}

/// <summary>A draft's whole text at a revision (every N revisions, and revision 0 when the draft is created).</summary>
public sealed class DraftSnapshot
{
    public Guid DraftId { get; set; }

    public long Revision { get; set; }

    public DateTimeOffset At { get; set; }

    /// <summary>The JSON of the document (Domain DraftJson).</summary>
    public string Document { get; set; } = "{}";
}
