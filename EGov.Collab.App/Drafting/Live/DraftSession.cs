using System.Threading.Channels;
using EGov.Collab.App.Live;
using EGov.Collab.Domain.Drafting.Editing;

namespace EGov.Collab.App.Drafting.Live;

/// <summary>
/// The one in-process owner of a draft's live text. Submissions queue up; a single loop takes them in batches,
/// sequences each (transform against the log since its base, apply), stores the batch in one transaction, and only
/// then acknowledges and broadcasts on <see cref="TopicOf"/>. Readers see committed state only. Access is checked
/// by the callers (the editor component on every call, IDraftAccess). <see cref="DraftSessions"/> closes a session
/// nobody used for a while (<see cref="TryClose"/>); a closed one refuses new work with <see cref="Closed"/>, and
/// <see cref="DraftSessions.SubmitAsync"/> then sends it to the freshly loaded successor.
/// </summary>
public sealed class DraftSession : IAsyncDisposable
{
    // Everything queued while the previous batch was committing goes into one transaction (group commit): the
    // commit's fsync, not the rows, is what a batch costs most.
    private const int MaxBatch = 4096;

    /// <summary>The answer of a session that was closed as idle: submit again through <see cref="DraftSessions"/>.</summary>
    public static readonly EGov.Collab.Domain.Common.Error Closed = new("drafting.edit.session-closed");

    private readonly Channel<Work> _queue = Channel.CreateUnbounded<Work>(new UnboundedChannelOptions { SingleReader = true });
    private readonly Lock _gate = new();
    private readonly DraftLogStore _store;
    private readonly ILiveBus _bus;
    private readonly TimeProvider _clock;
    private readonly ILogger _logger;
    private readonly Task _loop;
    private DraftSequencer _sequencer;
    private DraftDocument _committedDocument;
    private long _committedRevision;
    private DateTimeOffset _lastUsed;
    private int _pending;
    private bool _closing;

    public DraftSession(Guid draftId, DraftSequencer sequencer, DraftLogStore store, ILiveBus bus, TimeProvider clock, ILogger logger)
    {
        DraftId = draftId;
        _sequencer = sequencer;
        _store = store;
        _bus = bus;
        _clock = clock;
        _logger = logger;
        _committedDocument = sequencer.Document;
        _committedRevision = sequencer.Revision;
        _lastUsed = clock.GetUtcNow();
        _loop = Task.Run(RunAsync);
    }

    public Guid DraftId { get; }

    public static string TopicOf(Guid draftId) => $"drafting.text:{draftId:N}";

    /// <summary>The committed text and its revision.</summary>
    public (DraftDocument Document, long Revision) Current
    {
        get
        {
            lock (_gate)
            {
                _lastUsed = _clock.GetUtcNow();
                return (_committedDocument, _committedRevision);
            }
        }
    }

    /// <summary>Committed changes after a revision (catch-up); null when too far back (the editor reloads instead).</summary>
    public IReadOnlyList<DraftChange>? ChangesSince(long revision)
    {
        lock (_gate)
        {
            _lastUsed = _clock.GetUtcNow();
            if (revision >= _committedRevision) return [];
            var changes = _sequencer.ChangesSince(revision);
            return changes?.Where(c => c.Revision <= _committedRevision).ToList();
        }
    }

    /// <summary>Sequences, stores, then answers. <paramref name="atHead"/>: server-side edits made against the current text.</summary>
    public Task<SubmitOutcome> SubmitAsync(DraftSubmission submission, bool atHead = false)
    {
        var work = new Work(submission, atHead, new TaskCompletionSource<SubmitOutcome>(TaskCreationOptions.RunContinuationsAsynchronously));
        lock (_gate)
        {
            if (_closing || !_queue.Writer.TryWrite(work)) return Task.FromResult(SubmitOutcome.Refused(Closed));
            _pending++;
            _lastUsed = _clock.GetUtcNow();
        }
        return work.Done.Task;
    }

    /// <summary>
    /// Closes the session when it was last used at or before <paramref name="idleSince"/> and has no work queued:
    /// from then on it refuses new work; <see cref="DisposeAsync"/> waits for its loop to finish.
    /// </summary>
    public bool TryClose(DateTimeOffset idleSince)
    {
        lock (_gate)
        {
            if (_closing || _pending > 0 || _lastUsed > idleSince) return false;
            _closing = true;
            _queue.Writer.TryComplete();
            return true;
        }
    }

    public bool IsClosing
    {
        get { lock (_gate) return _closing; }
    }

    private async Task RunAsync()
    {
        var batch = new List<Work>(MaxBatch);
        while (await _queue.Reader.WaitToReadAsync())
        {
            batch.Clear();
            while (batch.Count < MaxBatch && _queue.Reader.TryRead(out var work)) batch.Add(work);
            try
            {
                await ProcessAsync(batch);
            }
            catch (Exception exception) when (exception is not OutOfMemoryException)
            {
                _logger.LogError(exception, "Draft {DraftId}: a batch of {Count} submissions could not be stored.", DraftId, batch.Count);
                if (!batch[^1].Done.Task.IsCompleted) Answer(batch, batch.Select(_ => SubmitOutcome.Refused(DraftEditingErrors.Conflict)).ToList());
                await ReloadAsync();
            }
        }
    }

    private async Task ProcessAsync(List<Work> batch)
    {
        var now = _clock.GetUtcNow();
        // Only this loop changes the sequencer, so it may read it outside the lock; the store is asked here, never
        // under the lock, for resends older than the sequencer remembers.
        Dictionary<(Guid, long), long?>? forgotten = null;
        foreach (var work in batch)
        {
            if (!_sequencer.IsForgottenDuplicate(work.Submission)) continue;
            var (client, sequence) = (work.Submission.ClientId, work.Submission.Sequence);
            (forgotten ??= [])[(client, sequence)] = await _store.FindRevisionAsync(DraftId, client, sequence, CancellationToken.None);
        }
        Func<Guid, long, long?> findDuplicate = (client, sequence) => forgotten?.GetValueOrDefault((client, sequence));
        var outcomes = new List<SubmitOutcome>(batch.Count);
        var changes = new List<DraftChange>();
        long before;
        DraftDocument document;
        lock (_gate)
        {
            before = _sequencer.Revision;
            foreach (var work in batch)
            {
                var (outcome, change) = _sequencer.Submit(work.Submission, now, work.AtHead, findDuplicate);
                outcomes.Add(outcome);
                if (change is not null) changes.Add(change);
            }
            document = _sequencer.Document;
        }

        if (changes.Count > 0)
        {
            var snapshot = before / DraftLogStore.SnapshotEvery != changes[^1].Revision / DraftLogStore.SnapshotEvery ? document : null;
            await _store.AppendAsync(DraftId, changes, snapshot, CancellationToken.None);
            lock (_gate)
            {
                _committedDocument = document;
                _committedRevision = changes[^1].Revision;
            }
        }

        Answer(batch, outcomes);
        if (changes.Count > 0) _ = _bus.PublishAsync(TopicOf(DraftId), new DraftChangesCommitted(DraftId, changes));
    }

    // The batch stops counting as pending before anyone hears the answer, so an idle check made right after an
    // acknowledgement sees the session idle.
    private void Answer(List<Work> batch, List<SubmitOutcome> outcomes)
    {
        lock (_gate) _pending -= batch.Count;
        for (var i = 0; i < batch.Count; i++) batch[i].Done.TrySetResult(outcomes[i]);
    }

    private async Task ReloadAsync()
    {
        try
        {
            var reloaded = await _store.LoadAsync(DraftId, CancellationToken.None);
            if (reloaded is null) return;
            lock (_gate)
            {
                _sequencer = reloaded;
                _committedDocument = reloaded.Document;
                _committedRevision = reloaded.Revision;
            }
        }
        catch (Exception exception) when (exception is not OutOfMemoryException)
        {
            _logger.LogError(exception, "Draft {DraftId}: reloading the log failed.", DraftId);
        }
    }

    public async ValueTask DisposeAsync()
    {
        lock (_gate)
        {
            _closing = true;
            _queue.Writer.TryComplete();
        }
        await _loop;
    }

    private sealed record Work(DraftSubmission Submission, bool AtHead, TaskCompletionSource<SubmitOutcome> Done);
}

/// <summary>Published on <see cref="DraftSession.TopicOf"/> after a batch is stored: the changes, oldest first.</summary>
public sealed record DraftChangesCommitted(Guid DraftId, IReadOnlyList<DraftChange> Changes);
