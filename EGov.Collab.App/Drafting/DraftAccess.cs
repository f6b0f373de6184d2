using System.Security.Claims;
using EGov.Collab.App.Common;
using EGov.Collab.App.Drafting.Live;
using EGov.Collab.Data;
using EGov.Collab.Domain.Drafting;
using Microsoft.EntityFrameworkCore;

namespace EGov.Collab.App.Drafting;

/// <summary>What one member may do with one draft, read from the database each time.</summary>
public sealed record DraftRights(Guid? MemberId, bool IsMember, bool IsChair, bool ConsultationOpen)
{
    public static readonly DraftRights None = new(null, false, false, false);

    /// <summary>Group members read; during a consultation anyone reads (visitors too) the revision opened to it.</summary>
    public bool CanRead => IsMember || ConsultationOpen;

    public bool CanEdit => IsMember;

    /// <summary>Comments and amendments: members, and the public while a consultation runs.</summary>
    public bool CanContribute => CanRead && MemberId is not null;
}

/// <summary>
/// The one answer to "who may read and edit this draft": members of the draft's group; while a consultation is open,
/// anyone reads the revision opened to it and every registered member comments and proposes amendments. Every service and page asks it.
/// </summary>
public sealed class DraftAccess(IDbContextFactory<CollabDbContext> dbFactory, TimeProvider clock) : IDraftAccess
{
    /// <summary>
    /// The live working text (the editor and its channel, with presence) is the group's alone: during a consultation the
    /// public reads the revision opened to it through <see cref="Drafts.ViewAsync"/>, never the work in progress.
    /// </summary>
    public async Task<bool> CanReadAsync(ClaimsPrincipal user, Guid draftId, CancellationToken cancellationToken = default) =>
        (await RightsAsync(user, draftId, cancellationToken)).IsMember;

    public async Task<bool> CanEditAsync(ClaimsPrincipal user, Guid draftId, CancellationToken cancellationToken = default) =>
        (await RightsAsync(user, draftId, cancellationToken)).CanEdit;

    public async Task<bool> CanCommentAsync(ClaimsPrincipal user, Guid draftId, CancellationToken cancellationToken = default) =>
        (await RightsAsync(user, draftId, cancellationToken)).CanContribute;

    public async Task<DraftRights> RightsAsync(ClaimsPrincipal user, Guid draftId, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(user);
        var memberId = user.MemberId();
        await using var db = await dbFactory.CreateDbContextAsync(cancellationToken);
        var draft = await db.Drafts.AsNoTracking().SingleOrDefaultAsync(d => d.Id == draftId, cancellationToken);
        if (draft is null) return DraftRights.None;
        var now = clock.GetUtcNow();
        if (memberId is null) return new DraftRights(null, false, false, draft.IsConsultationOpen(now));
        var locked = await db.Users.Where(u => u.Id == memberId).AnyAsync(AccountLock.IsLockedByAdministrator, cancellationToken);
        if (locked) return DraftRights.None;
        var role = await db.GroupMembers.Where(m => m.GroupId == draft.GroupId && m.MemberId == memberId)
            .Select(m => (GroupRole?)m.Role).SingleOrDefaultAsync(cancellationToken);
        return new DraftRights(memberId, role is not null, role == GroupRole.Chair, draft.IsConsultationOpen(now));
    }
}
