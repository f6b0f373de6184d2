using System.Security.Claims;
using EGov.Collab.App.Common.SearchIndex;
using EGov.Collab.Data;
using EGov.Collab.Domain.Common;
using EGov.Collab.Domain.ExpertClub;
using Microsoft.EntityFrameworkCore;

namespace EGov.Collab.App.ExpertClub;

public sealed record RoomSummary(Guid Id, string Name, string? Description, bool IsPrivate, int Topics, long Unread);

public sealed record TopicSummary(Guid Id, string Title, bool IsPinned, bool IsLocked, long Messages, long Unread, DateTimeOffset LastActivityAt);

public sealed record RoomDetails(RoomSummary Room, bool CanWrite, bool IsModerator, IReadOnlyList<TopicSummary> Topics);

/// <summary>Rooms and topics: the lists a viewer may see (with unread counts), and creating them.</summary>
public sealed class ClubRooms(IDbContextFactory<CollabDbContext> dbFactory, ClubAccess access, TimeProvider clock, ISearchIndexer indexer)
{
    public async Task<IReadOnlyList<RoomSummary>> ListAsync(ClaimsPrincipal user, CancellationToken cancellationToken = default)
    {
        var viewer = await access.ViewerAsync(user, cancellationToken);
        await using var db = await dbFactory.CreateDbContextAsync(cancellationToken);
        var rooms = (await db.ClubRooms.AsNoTracking().OrderBy(r => r.IsPrivate).ThenBy(r => r.Name).ToListAsync(cancellationToken))
            .Where(viewer.CanRead).ToList();
        var topics = await TopicsAsync(db, viewer, rooms.Select(r => r.Id).ToList(), cancellationToken);
        return rooms.Select(r => Summary(r, topics.Where(t => t.RoomId == r.Id).Select(t => t.Topic).ToList())).ToList();
    }

    public async Task<Result<RoomDetails>> RoomAsync(ClaimsPrincipal user, Guid roomId, CancellationToken cancellationToken = default)
    {
        var viewer = await access.ViewerAsync(user, cancellationToken);
        await using var db = await dbFactory.CreateDbContextAsync(cancellationToken);
        var room = await db.ClubRooms.AsNoTracking().SingleOrDefaultAsync(r => r.Id == roomId, cancellationToken);
        if (room is null) return CommonErrors.NotFound;
        if (!viewer.CanRead(room)) return CommonErrors.Forbidden;
        var topics = (await TopicsAsync(db, viewer, [room.Id], cancellationToken)).Select(t => t.Topic)
            .OrderByDescending(t => t.IsPinned).ThenByDescending(t => t.LastActivityAt).ToList();
        return new RoomDetails(Summary(room, topics), viewer.CanWrite(room), viewer.IsModerator, topics);
    }

    public async Task<Result<Guid>> CreateRoomAsync(ClaimsPrincipal user, string? name, string? description, bool isPrivate, CancellationToken cancellationToken = default)
    {
        var viewer = await access.ViewerAsync(user, cancellationToken);
        if (!viewer.IsModerator) return CommonErrors.Forbidden;
        var now = clock.GetUtcNow();
        var room = Room.Create(name, description, isPrivate, viewer.MemberId!.Value, now);
        if (!room.IsSuccess) return room.Error!;
        await using var db = await dbFactory.CreateDbContextAsync(cancellationToken);
        db.ClubRooms.Add(room.Value);
        db.AuditEntries.Add(AuditEntry.Record(viewer.MemberId, ModuleKey.ExpertClub, "ExpertClub.Audit.RoomCreated", $"room:{room.Value.Id}", null, room.Value.Name, now));
        await db.SaveChangesAsync(cancellationToken);
        return room.Value.Id;
    }

    /// <summary>A topic opens with its first post (the question or the point to discuss), saved together: never a bare title.</summary>
    public async Task<Result<Guid>> CreateTopicAsync(ClaimsPrincipal user, Guid roomId, string? title, string? openingPost, CancellationToken cancellationToken = default)
    {
        var viewer = await access.ViewerAsync(user, cancellationToken);
        await using var db = await dbFactory.CreateDbContextAsync(cancellationToken);
        var room = await db.ClubRooms.AsNoTracking().SingleOrDefaultAsync(r => r.Id == roomId, cancellationToken);
        if (room is null) return CommonErrors.NotFound;
        if (!viewer.CanRead(room)) return CommonErrors.Forbidden;
        if (!viewer.CanWrite(room)) return ClubErrors.NotAMember;
        var now = clock.GetUtcNow();
        var topic = Topic.Create(roomId, title, viewer.MemberId!.Value, now);
        if (!topic.IsSuccess) return topic.Error!;
        var valid = Message.ValidateText(openingPost);
        if (!valid.IsSuccess) return valid.Error!;
        var number = topic.Value.NextNumber(now);
        if (!number.IsSuccess) return number.Error!;
        var opening = Message.Post(topic.Value.Id, number.Value, viewer.MemberId.Value, null, openingPost, now).Value;
        db.ClubTopics.Add(topic.Value);
        db.ClubMessages.Add(opening);
        await db.SaveChangesAsync(cancellationToken);
        await indexer.RefreshAsync(ModuleKey.ExpertClub, ClubSearchSource.TopicItem(topic.Value.Id), cancellationToken);
        await indexer.RefreshAsync(ModuleKey.ExpertClub, ClubSearchSource.MessageItem(opening.Id), cancellationToken);
        return topic.Value.Id;
    }

    /// <summary>A moderator invites a member (by email) to a private room. Audited.</summary>
    public async Task<Result> InviteAsync(ClaimsPrincipal user, Guid roomId, string? email, CancellationToken cancellationToken = default)
    {
        var viewer = await access.ViewerAsync(user, cancellationToken);
        if (!viewer.IsModerator) return CommonErrors.Forbidden;
        if (string.IsNullOrWhiteSpace(email)) return CommonErrors.Required("Email");
        await using var db = await dbFactory.CreateDbContextAsync(cancellationToken);
        var room = await db.ClubRooms.AsNoTracking().SingleOrDefaultAsync(r => r.Id == roomId && r.IsPrivate, cancellationToken);
        if (room is null) return CommonErrors.NotFound;
        var normalised = email.Trim().ToUpperInvariant();
        var memberId = await db.Users.Where(u => u.NormalizedEmail == normalised).Select(u => (Guid?)u.Id).SingleOrDefaultAsync(cancellationToken);
        if (memberId is null) return new Error("ExpertClub.NoSuchMember", "Email");
        if (await db.ClubRoomMembers.AnyAsync(r => r.RoomId == roomId && r.MemberId == memberId, cancellationToken)) return Result.Success();
        var now = clock.GetUtcNow();
        db.ClubRoomMembers.Add(RoomMember.Create(roomId, memberId.Value, now));
        db.AuditEntries.Add(AuditEntry.Record(viewer.MemberId, ModuleKey.ExpertClub, "ExpertClub.Audit.Invited", $"room:{roomId}", null, $"member:{memberId}", now));
        await db.SaveChangesAsync(cancellationToken);
        return Result.Success();
    }

    private static async Task<List<(Guid RoomId, TopicSummary Topic)>> TopicsAsync(CollabDbContext db, ClubViewer viewer, List<Guid> roomIds, CancellationToken cancellationToken)
    {
        var topics = await db.ClubTopics.AsNoTracking().Where(t => roomIds.Contains(t.RoomId)).ToListAsync(cancellationToken);
        var reads = viewer.MemberId is { } memberId
            ? await db.ClubTopicReads.AsNoTracking().Where(r => r.MemberId == memberId).ToDictionaryAsync(r => r.TopicId, r => r.LastReadNumber, cancellationToken)
            : [];
        return topics.Select(t => (t.RoomId, new TopicSummary(t.Id, t.Title, t.IsPinned, t.IsLocked, t.LastNumber,
            viewer.IsSignedIn ? TopicRead.Unread(t.LastNumber, reads.TryGetValue(t.Id, out var read) ? read : null) : 0, t.LastActivityAt))).ToList();
    }

    private static RoomSummary Summary(Room room, List<TopicSummary> topics) =>
        new(room.Id, room.Name, room.Description, room.IsPrivate, topics.Count, topics.Sum(t => t.Unread));
}
