using EGov.Collab.App.Learning;
using EGov.Collab.Data;
using EGov.Collab.Domain.Common;
using EGov.Collab.Domain.ExpertClub;
using Microsoft.EntityFrameworkCore;

namespace EGov.Collab.App.ExpertClub;

/// <summary>The club's side of cohort discussions: a private room per cohort whose members are the cohort's learners and trainer.</summary>
public sealed class ClubCohortRooms(IDbContextFactory<CollabDbContext> dbFactory, TimeProvider clock) : ICohortRooms
{
    public async Task<Guid> EnsureAsync(CohortRoomRequest request, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(request);
        var roomId = await RoomIdAsync(request.CohortId, cancellationToken) ?? await CreateAsync(request, cancellationToken);
        await AddMembersAsync(roomId, request.Members, cancellationToken);
        return roomId;
    }

    public async Task AddMemberAsync(Guid cohortId, Guid memberId, CancellationToken cancellationToken = default)
    {
        if (await RoomIdAsync(cohortId, cancellationToken) is { } roomId) await AddMembersAsync(roomId, [memberId], cancellationToken);
    }

    private async Task<Guid?> RoomIdAsync(Guid cohortId, CancellationToken cancellationToken)
    {
        await using var db = await dbFactory.CreateDbContextAsync(cancellationToken);
        return await db.ClubRooms.Where(r => r.CohortId == cohortId).Select(r => (Guid?)r.Id).SingleOrDefaultAsync(cancellationToken);
    }

    private async Task<Guid> CreateAsync(CohortRoomRequest request, CancellationToken cancellationToken)
    {
        var now = clock.GetUtcNow();
        var room = Room.CreateForCohort(request.CohortId, request.Name, request.Description, request.OpenedById, now).Value;
        await using var db = await dbFactory.CreateDbContextAsync(cancellationToken);
        db.ClubRooms.Add(room);
        db.AuditEntries.Add(AuditEntry.Record(request.OpenedById, ModuleKey.ExpertClub, "ExpertClub.Audit.CohortRoomCreated", $"room:{room.Id}", null, room.Name, now));
        try
        {
            await db.SaveChangesAsync(cancellationToken);
            return room.Id;
        }
        catch (DbUpdateException)
        {
            // Two people opened a new cohort's discussion at once: the unique cohort index kept the first room.
            return await RoomIdAsync(request.CohortId, cancellationToken) ?? throw new InvalidOperationException("The cohort's room was neither saved nor found.");
        }
    }

    private async Task AddMembersAsync(Guid roomId, IReadOnlyCollection<Guid> members, CancellationToken cancellationToken)
    {
        await using var db = await dbFactory.CreateDbContextAsync(cancellationToken);
        var present = await db.ClubRoomMembers.Where(m => m.RoomId == roomId).Select(m => m.MemberId).ToListAsync(cancellationToken);
        var missing = members.Distinct().Except(present).ToList();
        if (missing.Count == 0) return;
        var now = clock.GetUtcNow();
        db.ClubRoomMembers.AddRange(missing.Select(id => RoomMember.Create(roomId, id, now)));
        try
        {
            await db.SaveChangesAsync(cancellationToken);
        }
        catch (DbUpdateException)
        {
            // A concurrent enrolment added some of them first; add the rest one by one.
            db.ChangeTracker.Clear();
            foreach (var id in missing) await AddOneAsync(roomId, id, now, cancellationToken);
        }
    }

    private async Task AddOneAsync(Guid roomId, Guid memberId, DateTimeOffset now, CancellationToken cancellationToken)
    {
        await using var db = await dbFactory.CreateDbContextAsync(cancellationToken);
        if (await db.ClubRoomMembers.AnyAsync(m => m.RoomId == roomId && m.MemberId == memberId, cancellationToken)) return;
        db.ClubRoomMembers.Add(RoomMember.Create(roomId, memberId, now));
        try
        {
            await db.SaveChangesAsync(cancellationToken);
        }
        catch (DbUpdateException)
        {
            // Added by someone else in between: the member is in, which is all that was asked.
        }
    }
}
