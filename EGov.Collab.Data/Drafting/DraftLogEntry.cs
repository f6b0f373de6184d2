namespace EGov.Collab.Data.Drafting;

/// <summary>
/// One committed submission of a draft's live text: the unique (draft, revision) key is the arbiter of order, even
/// across app nodes; the unique (draft, client, sequence) key makes a resent submission land once.
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

/// <summary>A draft's whole text at a revision (every N revisions, and revision 0 when the draft is created).</summary>
public sealed class DraftSnapshot
{
    public Guid DraftId { get; set; }

    public long Revision { get; set; }

    public DateTimeOffset At { get; set; }

    /// <summary>The JSON of the document (Domain DraftJson).</summary>
    public string Document { get; set; } = "{}";
}
