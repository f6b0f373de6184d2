using EGov.Collab.Data;
using EGov.Collab.Data.Common;
using EGov.Collab.Domain.ExpertClub;
using EGov.Collab.Tests.Support;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace EGov.Collab.Tests.Integration.ExpertClub;

/// <summary>Arranges club data behind the services' back: fresh members, rooms and topics of a test's own.</summary>
internal static class ClubArrange
{
    public static async Task<CollabDbContext> DbAsync(IServiceProvider services) =>
        await services.GetRequiredService<IDbContextFactory<CollabDbContext>>().CreateDbContextAsync();

    /// <summary>A new member approved into the club (each test its own, so the per-member rate limit is theirs alone).</summary>
    public static async Task<Guid> ClubMemberAsync(PortalFactory portal) => (await ClubAccountAsync(portal)).Id;

    /// <summary>As <see cref="ClubMemberAsync"/>, with the account (its email signs in with the default test password).</summary>
    public static async Task<Member> ClubAccountAsync(PortalFactory portal)
    {
        var member = await portal.CreateMemberAsync();
        await using var db = await DbAsync(portal.Services);
        var row = ClubMember.Apply(member.Id, "тестування", null, null, DateTimeOffset.UtcNow).Value;
        row.Approve(member.Id, DateTimeOffset.UtcNow);
        db.ClubMembers.Add(row);
        await db.SaveChangesAsync();
        return member;
    }

    public static async Task<(Guid Room, Guid Topic)> TopicAsync(IServiceProvider services, bool isPrivate = false, params Guid[] invited)
    {
        await using var db = await DbAsync(services);
        var creator = await db.Users.Select(u => u.Id).FirstAsync();
        var room = Room.Create($"Кімната {Guid.NewGuid():N}", null, isPrivate, creator, DateTimeOffset.UtcNow).Value;
        var topic = Topic.Create(room.Id, "Тестова тема", creator, DateTimeOffset.UtcNow).Value;
        db.ClubRooms.Add(room);
        db.ClubTopics.Add(topic);
        db.ClubRoomMembers.AddRange(invited.Select(id => RoomMember.Create(room.Id, id, DateTimeOffset.UtcNow)));
        await db.SaveChangesAsync();
        return (room.Id, topic.Id);
    }
}
