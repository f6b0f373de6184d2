using System.Security.Claims;
using EGov.Collab.App.Common;
using EGov.Collab.Data;
using EGov.Collab.Domain.Common;
using EGov.Collab.Domain.ExpertClub;
using Microsoft.EntityFrameworkCore;

namespace EGov.Collab.App.ExpertClub;

/// <summary>
/// Who is asking, as the club sees it, read from the database on every call (a removal or a revoked role works at once).
/// A moderator is the club's administrator (or the portal's); a club member is an approved member or a holder of the
/// club's Expert role, unless removed.
/// </summary>
public sealed record ClubViewer(Guid? MemberId, string Name, bool IsModerator, bool IsClubMember, IReadOnlySet<Guid> PrivateRooms)
{
    public static readonly ClubViewer Visitor = new(null, "", false, false, new HashSet<Guid>());

    public bool IsSignedIn => MemberId is not null;

    /// <summary>A moderator removed the member from the club (even a moderator's rights do not make them a member again).</summary>
    public bool IsRemoved { get; init; }

    public bool CanRead(Room room) => !room.IsPrivate || IsModerator || PrivateRooms.Contains(room.Id);

    public bool CanWrite(Room room) => IsSignedIn && (IsModerator || (room.IsPrivate ? PrivateRooms.Contains(room.Id) : IsClubMember));
}

/// <summary>
/// Decides a member's standing in the club once and keeps it until their rights change (<see cref="AccessChanges"/>:
/// a role, a lock, a club or room membership), so every post and every live refresh does not re-read it.
/// </summary>
public sealed class ClubAccess(IDbContextFactory<CollabDbContext> dbFactory, ModuleAccess moduleAccess, AccessChanges changes, TimeProvider clock)
{
    private readonly RightsCache<ClubViewer> _cache = new(changes, clock);

    public async Task<ClubViewer> ViewerAsync(ClaimsPrincipal user, CancellationToken cancellationToken = default)
    {
        var memberId = user.MemberId();
        if (memberId is null) return ClubViewer.Visitor;
        var isModerator = await moduleAccess.CanAsync(user, ModuleKey.ExpertClub, ModuleAction.Administer, cancellationToken);
        var viewer = await _cache.GetAsync(memberId.Value, token => ViewerAsync(memberId.Value, token), cancellationToken);
        return viewer.MemberId is null ? viewer : viewer with { IsModerator = isModerator, IsClubMember = viewer.IsClubMember || (isModerator && !viewer.IsRemoved) };
    }

    private async Task<ClubViewer> ViewerAsync(Guid memberId, CancellationToken cancellationToken)
    {
        await using var db = await dbFactory.CreateDbContextAsync(cancellationToken);
        var member = await db.Users.AsNoTracking().Where(u => u.Id == memberId)
            .Select(u => new { u.FullName, Locked = u.LockoutEnd == AccountLock.ByAdministrator }).SingleOrDefaultAsync(cancellationToken);
        if (member is null || member.Locked) return ClubViewer.Visitor;
        var status = await db.ClubMembers.Where(m => m.MemberId == memberId).Select(m => (ClubMemberStatus?)m.Status).SingleOrDefaultAsync(cancellationToken);
        var isExpert = await db.ModuleRoleGrants.AnyAsync(g => g.MemberId == memberId && g.Module == ModuleKey.ExpertClub, cancellationToken);
        var rooms = await db.ClubRoomMembers.Where(r => r.MemberId == memberId).Select(r => r.RoomId).ToListAsync(cancellationToken);
        var removed = status == ClubMemberStatus.Removed;
        var isClubMember = !removed && (status == ClubMemberStatus.Approved || isExpert);
        return new ClubViewer(memberId, member.FullName, false, isClubMember, rooms.ToHashSet()) { IsRemoved = removed };
    }
}
