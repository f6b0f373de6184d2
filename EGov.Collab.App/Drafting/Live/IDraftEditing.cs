using System.Security.Claims;
using EGov.Collab.Domain.Common;
using EGov.Collab.Domain.Drafting.Editing;

namespace EGov.Collab.App.Drafting.Live;

/// <summary>
/// The live text of drafts, as the rest of the drafting module sees it: the operation log, snapshots and sessions are
/// behind it. Amendments, restores and imports go through <see cref="ApplyAsync"/>, so they are operations like any
/// keystroke: logged, transformed and broadcast to everyone editing.
/// </summary>
public interface IDraftEditing
{
    /// <summary>Starts a draft's log with its first text (blank, a template or an imported .docx) at revision 0.</summary>
    Task CreateAsync(Guid draftId, DraftDocument initial, Guid authorId, CancellationToken cancellationToken = default);

    /// <summary>The current text and its revision.</summary>
    Task<(DraftDocument Document, long Revision)> CurrentAsync(Guid draftId, CancellationToken cancellationToken = default);

    /// <summary>The text as it was at a revision (for versions, redlines and exports).</summary>
    Task<DraftDocument> AtRevisionAsync(Guid draftId, long revision, CancellationToken cancellationToken = default);

    /// <summary>Applies operations at the current revision on the author's behalf; returns the new revision.</summary>
    Task<Result<long>> ApplyAsync(Guid draftId, Guid authorId, IReadOnlyList<DraftOperation> operations, CancellationToken cancellationToken = default);

    /// <summary>Every stored change after a revision, oldest first: who, when, what (for history and anchors).</summary>
    Task<IReadOnlyList<AppliedOperation>> HistoryAsync(Guid draftId, long afterRevision = 0, CancellationToken cancellationToken = default);
}

/// <summary>One stored operation: the revision it produced, its author and when.</summary>
public sealed record AppliedOperation(long Revision, Guid AuthorId, DateTimeOffset At, DraftOperation Operation);

/// <summary>
/// Who may read and edit a draft, asked on every page, every interop call and every operation. Implemented by the
/// working-group side of the module. Only members of the draft's group read the live text: during a consultation the
/// public reads the published consultation revision on the draft's page, not through this channel.
/// </summary>
public interface IDraftAccess
{
    /// <summary>May open the live working text and see who is in it: members of the draft's group only.</summary>
    Task<bool> CanReadAsync(ClaimsPrincipal user, Guid draftId, CancellationToken cancellationToken = default);

    Task<bool> CanEditAsync(ClaimsPrincipal user, Guid draftId, CancellationToken cancellationToken = default);

    /// <summary>May comment on the text (members, and anyone while a consultation is open).</summary>
    Task<bool> CanCommentAsync(ClaimsPrincipal user, Guid draftId, CancellationToken cancellationToken = default);
}
