using System.Security.Claims;
using EGov.Collab.App.Common;
using EGov.Collab.Data;
using EGov.Collab.Domain.Common;
using EGov.Collab.Domain.ExpertClub;
using Microsoft.EntityFrameworkCore;

namespace EGov.Collab.App.ExpertClub;

/// <summary>Following a topic or a room (for the daily mail digest): on, off, and whether one follows.</summary>
public sealed class ClubWatches(IDbContextFactory<CollabDbContext> dbFactory, ClubAccess access, TimeProvider clock)
{
    public async Task<bool> IsWatchingAsync(ClaimsPrincipal user, WatchKind kind, Guid targetId, CancellationToken cancellationToken = default)
    {
        if (user.MemberId() is not { } memberId) return false;
        await using var db = await dbFactory.CreateDbContextAsync(cancellationToken);
        return await db.ClubWatches.AnyAsync(w => w.MemberId == memberId && w.Kind == kind && w.TargetId == targetId, cancellationToken);
    }

    /// <summary>Starts or stops following; a member follows only what they may read. Doing it twice changes nothing.</summary>
    public async Task<Result> SetAsync(ClaimsPrincipal user, WatchKind kind, Guid targetId, bool watch, CancellationToken cancellationToken = default)
    {
        var viewer = await access.ViewerAsync(user, cancellationToken);
        if (viewer.MemberId is not { } memberId) return CommonErrors.Forbidden;
        await using var db = await dbFactory.CreateDbContextAsync(cancellationToken);
        var roomId = kind == WatchKind.Room ? targetId
            : await db.ClubTopics.Where(t => t.Id == targetId).Select(t => (Guid?)t.RoomId).SingleOrDefaultAsync(cancellationToken) ?? Guid.Empty;
        var room = await db.ClubRooms.AsNoTracking().SingleOrDefaultAsync(r => r.Id == roomId, cancellationToken);
        if (room is null || !Enum.IsDefined(kind)) return CommonErrors.NotFound;
        if (!viewer.CanRead(room)) return CommonErrors.Forbidden;
        var existing = await db.ClubWatches.SingleOrDefaultAsync(w => w.MemberId == memberId && w.Kind == kind && w.TargetId == targetId, cancellationToken);
        if (watch == (existing is not null)) return Result.Success();
        if (existing is not null) db.ClubWatches.Remove(existing);
        else db.ClubWatches.Add(Watch.Start(memberId, kind, targetId, clock.GetUtcNow()));
        try
        {
            await db.SaveChangesAsync(cancellationToken);
        }
        catch (DbUpdateException)
        {
            // The same click from another tab a moment ago: the state asked for is there.
        }
        return Result.Success();
    }
}
