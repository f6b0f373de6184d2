namespace EGov.Collab.Domain.Drafting.Editing;

/// <summary>
/// One committed submission: the revision it produced, who sent it (author, the editor's client id and its sequence
/// number) and the operations as the server applied them (already transformed).
/// </summary>
public sealed record DraftChange(
    long Revision, Guid AuthorId, Guid ClientId, long Sequence, DateTimeOffset At, IReadOnlyList<DraftOperation> Operations);

/// <summary>What an editor sends: its operations made against <see cref="BaseRevision"/>, numbered per client.</summary>
public sealed record DraftSubmission(Guid ClientId, long Sequence, long BaseRevision, IReadOnlyList<DraftOperation> Operations, Guid AuthorId);

/// <summary>The server's answer: the revision (of the original on a duplicate) or why it was refused.</summary>
public sealed record SubmitOutcome(long Revision, bool Duplicate, EGov.Collab.Domain.Common.Error? Error)
{
    public bool Accepted => Error is null;

    public static SubmitOutcome Refused(EGov.Collab.Domain.Common.Error error) => new(-1, false, error);
}
