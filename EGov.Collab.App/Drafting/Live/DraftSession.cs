using System.Threading.Channels;
using EGov.Collab.App.Live;
using EGov.Collab.Domain.Drafting.Editing;

namespace EGov.Collab.App.Drafting.Live;

/// <summary>
/// The one in-process owner of a draft's live text. Submissions queue up; a single loop takes them in batches,
/// sequences each (transform against the log since its base, apply), stores the batch in one transaction, and only
/// then acknowledges and broadcasts on <see cref="TopicOf"/>. Readers see committed state only. Access is checked
/// by the callers (the editor component on every call, IDraftAccess).
/// </summary>
public sealed class DraftSession : IAsyncDisposable
{
    private const int MaxBatch = 512;

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
        _loop = Task.Run(RunAsync);
    }

    public Guid DraftId { get; }

    public static string TopicOf(Guid draftId) => $"drafting.text:{draftId:N}";

    /// <summary>The committed text and its revision.</summary>
    public (DraftDocument Document, long Revision) Current
    {
        get { lock (_gate) return (_committedDocument, _committedRevision); }
    }

    /// <summary>Committed changes after a revision (catch-up); null when too far back (the editor reloads instead).</summary>
    public IReadOnlyList<DraftChange>? ChangesSince(long revision)
    {
        lock (_gate)
        {
            if (revision >= _committedRevision) return [];
            var changes = _sequencer.ChangesSince(revision);
            return changes?.Where(c => c.Revision <= _committedRevision).ToList();
        }
    }

    /// <summary>Sequences, stores, then answers. <paramref name="atHead"/>: server-side edits made against the current text.</summary>
    public Task<SubmitOutcome> SubmitAsync(DraftSubmission submission, bool atHead = false)
    {
        var work = new Work(submission, atHead, new TaskCompletionSource<SubmitOutcome>(TaskCreationOptions.RunContinuationsAsynchronously));
        if (!_queue.Writer.TryWrite(work)) return Task.FromResult(SubmitOutcome.Refused(DraftEditingErrors.UnknownDraft));
        return work.Done.Task;
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
                foreach (var work in batch) work.Done.TrySetResult(SubmitOutcome.Refused(DraftEditingErrors.Conflict));
                await ReloadAsync();
            }
        }
    }

    private async Task ProcessAsync(List<Work> batch)
    {
        var now = _clock.GetUtcNow();
        var outcomes = new List<SubmitOutcome>(batch.Count);
        var changes = new List<DraftChange>();
        long before;
        DraftDocument document;
        lock (_gate)
        {
            before = _sequencer.Revision;
            foreach (var work in batch)
            {
                var (outcome, change) = _sequencer.Submit(work.Submission, now, work.AtHead, FindDuplicate);
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

        for (var i = 0; i < batch.Count; i++) batch[i].Done.TrySetResult(outcomes[i]);
        if (changes.Count > 0) _ = _bus.PublishAsync(TopicOf(DraftId), new DraftChangesCommitted(DraftId, changes));
    }

    private long? FindDuplicate(Guid clientId, long sequence) => _store.FindRevision(DraftId, clientId, sequence);

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
        _queue.Writer.TryComplete();
        await _loop;
    }

    private sealed record Work(DraftSubmission Submission, bool AtHead, TaskCompletionSource<SubmitOutcome> Done);
}

/// <summary>Published on <see cref="DraftSession.TopicOf"/> after a batch is stored: the changes, oldest first.</summary>
public sealed record DraftChangesCommitted(Guid DraftId, IReadOnlyList<DraftChange> Changes);
