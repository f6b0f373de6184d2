using EGov.Collab.Domain.Common;

namespace EGov.Collab.Domain.Drafting.Editing;

/// <summary>
/// The server's authority over one draft's text, without I/O: it orders submissions, transforms each against what
/// was committed since its base revision, applies it and hands back the change to store. It remembers the last
/// <see cref="Window"/> changes (for transforms and catch-up) and each client's last sequence number (duplicates
/// are answered, not applied twice). The App's draft session wraps it with persistence and broadcasting.
/// </summary>
public sealed class DraftSequencer
{
    /// <summary>How far behind the head a submission's base revision may be; further back it must resynchronise.</summary>
    public const int Window = 5_000;

    private readonly List<DraftChange> _recent = [];
    private readonly Dictionary<Guid, long> _lastSequence = [];

    public DraftSequencer(DraftDocument document, long revision, IEnumerable<DraftChange> recent, IReadOnlyDictionary<Guid, long> lastSequences)
    {
        Document = document;
        Revision = revision;
        foreach (var change in recent.Where(c => c.Revision <= revision).OrderBy(c => c.Revision)) Remember(change);
        foreach (var (client, sequence) in lastSequences) _lastSequence[client] = sequence;
    }

    public DraftDocument Document { get; private set; }

    public long Revision { get; private set; }

    /// <summary>The oldest base revision a submission may have (older ones must resynchronise).</summary>
    public long OldestBase => _recent.Count == 0 ? Revision : _recent[0].Revision - 1;

    /// <summary>
    /// Sequences one submission. <paramref name="atHead"/> marks server-side edits made against the current text
    /// (amendments, restores): they are completed, not transformed. A duplicate comes back with
    /// <see cref="SubmitOutcome.Duplicate"/> and no change; <paramref name="findDuplicate"/> looks further back than memory.
    /// </summary>
    public (SubmitOutcome Outcome, DraftChange? Change) Submit(
        DraftSubmission submission, DateTimeOffset now, bool atHead = false, Func<Guid, long, long?>? findDuplicate = null)
    {
        if (_lastSequence.TryGetValue(submission.ClientId, out var last) && submission.Sequence <= last)
        {
            var original = _recent.FindLast(c => c.ClientId == submission.ClientId && c.Sequence == submission.Sequence)?.Revision
                           ?? findDuplicate?.Invoke(submission.ClientId, submission.Sequence) ?? Revision;
            return (new SubmitOutcome(original, true, null), null);
        }
        if (submission.Operations.Count > DraftLimits.MaxOperationsPerSubmission) return (SubmitOutcome.Refused(DraftEditingErrors.TooManyOperations), null);

        IReadOnlyList<DraftOperation> operations;
        DraftDocument document;
        if (atHead)
        {
            var completed = DraftOperations.CompleteAndApply(Document, submission.Operations);
            if (!completed.IsSuccess) return (SubmitOutcome.Refused(completed.Error!), null);
            (document, operations) = completed.Value;
        }
        else
        {
            if (submission.BaseRevision > Revision || submission.BaseRevision < 0) return (SubmitOutcome.Refused(DraftEditingErrors.UnknownRevision), null);
            if (submission.BaseRevision < OldestBase) return (SubmitOutcome.Refused(DraftEditingErrors.TooFarBehind), null);
            var transformed = Transform(submission, submission.BaseRevision);
            if (transformed is null) return (SubmitOutcome.Refused(DraftEditingErrors.Conflict), null);
            var applied = DraftOperations.Apply(Document, transformed);
            if (!applied.IsSuccess) return (SubmitOutcome.Refused(applied.Error!), null);
            (document, operations) = (applied.Value, transformed);
        }

        var change = new DraftChange(Revision + 1, submission.AuthorId, submission.ClientId, submission.Sequence, now, operations);
        Document = document;
        Revision = change.Revision;
        Remember(change);
        _lastSequence[submission.ClientId] = submission.Sequence;
        return (new SubmitOutcome(change.Revision, false, null), change);
    }

    /// <summary>
    /// A resend of a submission already sequenced so long ago that its revision is no longer in memory: the caller
    /// looks it up in the store (asynchronously, before sequencing) and passes it as <c>findDuplicate</c>.
    /// </summary>
    public bool IsForgottenDuplicate(DraftSubmission submission) =>
        _lastSequence.TryGetValue(submission.ClientId, out var last) && submission.Sequence <= last
        && !_recent.Exists(c => c.ClientId == submission.ClientId && c.Sequence == submission.Sequence);

    /// <summary>The changes after <paramref name="revision"/>, oldest first; null when they are no longer in memory.</summary>
    public IReadOnlyList<DraftChange>? ChangesSince(long revision)
    {
        if (revision >= Revision) return [];
        if (revision < OldestBase) return null;
        var start = (int)(revision - _recent[0].Revision + 1);
        return _recent.GetRange(start, _recent.Count - start);
    }

    private IReadOnlyList<DraftOperation>? Transform(DraftSubmission submission, long baseRevision)
    {
        var current = submission.Operations;
        foreach (var change in ChangesSince(baseRevision)!)
        {
            var pair = DraftTransform.Transform(current, change.Operations, DraftPriority.GoesFirst(submission, change));
            if (pair is null) return null;
            current = pair.Value.A;
        }
        return current;
    }

    private void Remember(DraftChange change)
    {
        _recent.Add(change);
        if (_recent.Count > 2 * Window) _recent.RemoveRange(0, _recent.Count - Window);
    }
}
