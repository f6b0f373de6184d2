using EGov.Collab.Domain.Common;
using EGov.Collab.Domain.Drafting.Editing;

namespace EGov.Collab.App.Drafting.Live;

/// <summary><see cref="IDraftEditing"/> over the live sessions and the stored log.</summary>
public sealed class DraftEditingService(DraftSessions sessions, DraftLogStore store, TimeProvider clock) : IDraftEditing
{
    public async Task CreateAsync(Guid draftId, DraftDocument initial, Guid authorId, CancellationToken cancellationToken = default)
    {
        if (await store.ExistsAsync(draftId, cancellationToken))
            throw new InvalidOperationException($"Draft {draftId} already has a text.");
        var checkedInitial = DraftOperations.Initial(initial);
        if (!checkedInitial.IsSuccess) throw new ArgumentException($"The initial text is not valid: {checkedInitial.Error}.", nameof(initial));
        await store.CreateAsync(draftId, initial, clock.GetUtcNow(), cancellationToken);
    }

    public async Task<(DraftDocument Document, long Revision)> CurrentAsync(Guid draftId, CancellationToken cancellationToken = default) =>
        (await SessionAsync(draftId)).Current;

    public async Task<DraftDocument> AtRevisionAsync(Guid draftId, long revision, CancellationToken cancellationToken = default)
    {
        var (document, current) = (await SessionAsync(draftId)).Current;
        if (revision >= current) return document;
        return await store.AtRevisionAsync(draftId, revision, cancellationToken)
               ?? throw new InvalidOperationException($"Draft {draftId} has no text at revision {revision}.");
    }

    public async Task<Result<long>> ApplyAsync(Guid draftId, Guid authorId, IReadOnlyList<DraftOperation> operations, CancellationToken cancellationToken = default)
    {
        var outcome = await sessions.SubmitAsync(draftId, new DraftSubmission(Guid.CreateVersion7(), 1, -1, operations, authorId), atHead: true);
        return outcome.Accepted ? outcome.Revision : outcome.Error!;
    }

    public async Task<IReadOnlyList<AppliedOperation>> HistoryAsync(Guid draftId, long afterRevision = 0, CancellationToken cancellationToken = default)
    {
        var changes = await store.ChangesAsync(draftId, afterRevision, null, cancellationToken);
        return changes.SelectMany(change => change.Operations.Select(operation =>
            new AppliedOperation(change.Revision, change.AuthorId, change.At, operation))).ToList();
    }

    private async Task<DraftSession> SessionAsync(Guid draftId) =>
        await sessions.GetAsync(draftId) ?? throw new InvalidOperationException($"Draft {draftId} has no text: create it first.");
}
