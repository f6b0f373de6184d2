using EGov.Collab.Domain.Common;

namespace EGov.Collab.Domain.Drafting.Editing;

/// <summary>
/// An editor's side of the protocol, the classic three states: synchronised (nothing pending), awaiting
/// acknowledgement (one submission in flight), awaiting with buffer (edits made since, sent after the ack).
/// The browser runs the same machine in wwwroot/js/drafting/client.mjs; this one drives the convergence tests and
/// the benchmark's simulated editors.
/// </summary>
public sealed class DraftClient(Guid clientId, Guid authorId, DraftDocument document, long revision)
{
    private List<DraftOperation> _buffer = [];
    private long _nextSequence = 1;

    public Guid ClientId { get; } = clientId;

    public DraftDocument Document { get; private set; } = document;

    public long Revision { get; private set; } = revision;

    /// <summary>The submission in flight exactly as sent (resent unchanged after a reconnect), or null.</summary>
    public DraftSubmission? Awaiting { get; private set; }

    /// <summary>The in-flight operations transformed to the current text (what the local document already shows).</summary>
    public IReadOnlyList<DraftOperation>? AwaitingNow { get; private set; }

    public IReadOnlyList<DraftOperation> Buffer => _buffer;

    /// <summary>Set when a remote change cannot be merged with what is pending: the editor must resynchronise.</summary>
    public bool NeedsResync { get; private set; }

    public string State => Awaiting is null ? "synchronised" : _buffer.Count == 0 ? "awaiting" : "awaiting-with-buffer";

    /// <summary>Applies a local edit at once; returns the submission to send now, or null when one is already in flight.</summary>
    public Result<DraftSubmission?> Edit(IReadOnlyList<DraftOperation> operations)
    {
        var applied = DraftOperations.Apply(Document, operations);
        if (!applied.IsSuccess) return applied.Error!;
        Document = applied.Value;
        if (Awaiting is not null)
        {
            _buffer.AddRange(operations);
            return (DraftSubmission?)null;
        }
        Awaiting = new DraftSubmission(ClientId, _nextSequence++, Revision, operations, authorId);
        AwaitingNow = operations;
        return Awaiting;
    }

    /// <summary>
    /// Takes the next committed change (in revision order; older ones are ignored). Returns the next submission to
    /// send when this change acknowledged ours and edits were buffered.
    /// </summary>
    public DraftSubmission? Receive(DraftChange change)
    {
        if (change.Revision <= Revision || NeedsResync) return null;
        if (change.Revision != Revision + 1) throw new InvalidOperationException($"Change {change.Revision} arrived at revision {Revision}: catch up first.");
        Revision = change.Revision;
        if (Awaiting is not null && change.ClientId == ClientId && change.Sequence == Awaiting.Sequence)
        {
            Awaiting = null;
            AwaitingNow = null;
            if (_buffer.Count == 0) return null;
            Awaiting = new DraftSubmission(ClientId, _nextSequence++, Revision, _buffer, authorId);
            AwaitingNow = _buffer;
            _buffer = [];
            return Awaiting;
        }

        IReadOnlyList<DraftOperation> remote = change.Operations;
        if (AwaitingNow is not null)
        {
            var first = DraftPriority.GoesFirst(authorId, ClientId, change.AuthorId, change.ClientId);
            var pair = DraftTransform.Transform(AwaitingNow, remote, first);
            if (pair is null) { NeedsResync = true; return null; }
            (AwaitingNow, remote) = (pair.Value.A, pair.Value.B);
            var buffered = DraftTransform.Transform(_buffer, remote, first);
            if (buffered is null) { NeedsResync = true; return null; }
            (_buffer, remote) = (buffered.Value.A.ToList(), buffered.Value.B);
        }
        var applied = DraftOperations.Apply(Document, remote);
        if (!applied.IsSuccess) { NeedsResync = true; return null; }
        Document = applied.Value;
        return null;
    }

    /// <summary>Starts again from the server's text; pending edits are dropped (the caller tells the person).</summary>
    public void Resync(DraftDocument document, long revision)
    {
        Document = document;
        Revision = revision;
        Awaiting = null;
        AwaitingNow = null;
        _buffer = [];
        NeedsResync = false;
    }
}
