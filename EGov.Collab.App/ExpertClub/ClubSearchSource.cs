using System.Runtime.CompilerServices;
using System.Security.Claims;
using EGov.Collab.App.Common;
using EGov.Collab.App.Common.SearchIndex;
using EGov.Collab.Data;
using EGov.Collab.Domain.Common;
using EGov.Collab.Domain.Common.Search;
using EGov.Collab.Domain.ExpertClub;
using Microsoft.EntityFrameworkCore;

namespace EGov.Collab.App.ExpertClub;

/// <summary>
/// Topics and visible messages for the portal-wide index. A public room's are for everyone (visitors read the club); a
/// private room's only for the holders of its scope (<see cref="ClubSearchAudiences"/>). Items are "topic:{id}" and
/// "message:{id}"; deleted and hidden messages leave the index.
/// </summary>
public sealed class ClubSearchSource(IDbContextFactory<CollabDbContext> dbFactory) : ISearchSource
{
    private const string TopicPrefix = "topic:";
    private const string MessagePrefix = "message:";

    public ModuleKey Module => ModuleKey.ExpertClub;

    public static string TopicItem(Guid topicId) => TopicPrefix + topicId;

    public static string MessageItem(Guid messageId) => MessagePrefix + messageId;

    public static string RoomAudience(Room room) => room.IsPrivate ? SearchAudience.Scope("club-room", room.Id) : SearchAudience.Public;

    public async IAsyncEnumerable<SearchItem> AllAsync([EnumeratorCancellation] CancellationToken cancellationToken)
    {
        await using var db = await dbFactory.CreateDbContextAsync(cancellationToken);
        var rooms = await db.ClubRooms.AsNoTracking().ToDictionaryAsync(r => r.Id, cancellationToken);
        var topics = await db.ClubTopics.AsNoTracking().ToDictionaryAsync(t => t.Id, cancellationToken);
        foreach (var topic in topics.Values)
            if (rooms.TryGetValue(topic.RoomId, out var room)) yield return TopicDocument(topic, room);
        await foreach (var message in Visible(db.ClubMessages.AsNoTracking()).AsAsyncEnumerable().WithCancellation(cancellationToken))
            if (topics.TryGetValue(message.TopicId, out var topic) && rooms.TryGetValue(topic.RoomId, out var room))
                yield return MessageDocument(message, topic, room);
    }

    public async Task<IReadOnlyList<SearchItem>> ItemAsync(string itemId, CancellationToken cancellationToken)
    {
        await using var db = await dbFactory.CreateDbContextAsync(cancellationToken);
        if (itemId.StartsWith(TopicPrefix, StringComparison.Ordinal) && Guid.TryParse(itemId[TopicPrefix.Length..], out var topicId))
        {
            var topic = await db.ClubTopics.AsNoTracking().SingleOrDefaultAsync(t => t.Id == topicId, cancellationToken);
            var room = topic is null ? null : await db.ClubRooms.AsNoTracking().SingleOrDefaultAsync(r => r.Id == topic.RoomId, cancellationToken);
            return topic is null || room is null ? [] : [TopicDocument(topic, room)];
        }
        if (itemId.StartsWith(MessagePrefix, StringComparison.Ordinal) && Guid.TryParse(itemId[MessagePrefix.Length..], out var messageId))
        {
            var message = await Visible(db.ClubMessages.AsNoTracking()).SingleOrDefaultAsync(m => m.Id == messageId, cancellationToken);
            var topic = message is null ? null : await db.ClubTopics.AsNoTracking().SingleOrDefaultAsync(t => t.Id == message.TopicId, cancellationToken);
            var room = topic is null ? null : await db.ClubRooms.AsNoTracking().SingleOrDefaultAsync(r => r.Id == topic.RoomId, cancellationToken);
            return message is null || topic is null || room is null ? [] : [MessageDocument(message, topic, room)];
        }
        return [];
    }

    private static IQueryable<Message> Visible(IQueryable<Message> messages) => messages.Where(m => !m.IsDeleted && m.HiddenReason == null);

    private SearchItem TopicDocument(Topic topic, Room room) =>
        new(Module, TopicItem(topic.Id), "uk", topic.Title, room.Name, ClubLinks.Topic(topic.Id), RoomAudience(room), topic.CreatedAt);

    private SearchItem MessageDocument(Message message, Topic topic, Room room) =>
        // The text as readers see it (Markdown rendered, then its words), so results and snippets show no ** or [](…).
        new(Module, MessageItem(message.Id), "uk", topic.Title, SafeHtml.ToPlainText(SafeHtml.FromMarkdown(message.Text)), ClubLinks.Message(topic.Id, message.Number), RoomAudience(room),
            message.EditedAt ?? message.PostedAt);
}

/// <summary>The private rooms a reader may read: the rooms they were invited to, or every one for a moderator.</summary>
public sealed class ClubSearchAudiences(ClubAccess access, IDbContextFactory<CollabDbContext> dbFactory) : ISearchAudienceProvider
{
    public async Task<IReadOnlyCollection<string>> AudiencesAsync(ClaimsPrincipal reader, CancellationToken cancellationToken)
    {
        var viewer = await access.ViewerAsync(reader, cancellationToken);
        if (!viewer.IsSignedIn) return [];
        if (!viewer.IsModerator) return viewer.PrivateRooms.Select(id => SearchAudience.Scope("club-room", id)).ToList();
        await using var db = await dbFactory.CreateDbContextAsync(cancellationToken);
        var rooms = await db.ClubRooms.AsNoTracking().Where(r => r.IsPrivate).Select(r => r.Id).ToListAsync(cancellationToken);
        return rooms.Select(id => SearchAudience.Scope("club-room", id)).ToList();
    }
}
