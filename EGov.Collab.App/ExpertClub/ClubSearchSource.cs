using System.Runtime.CompilerServices;
using System.Security.Claims;
using EGov.Collab.App.Common;
using EGov.Collab.App.Common.Documents;
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
/// "message:{id}"; a message's item also holds one document per page of text of its attached files (found by the
/// file's words, shown as the message); deleted and hidden messages leave the index.
/// </summary>
public sealed class ClubSearchSource(IDbContextFactory<CollabDbContext> dbFactory, IDocumentStore documents) : ISearchSource
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
        var attachments = (await db.ClubMessageAttachments.AsNoTracking().ToListAsync(cancellationToken)).ToLookup(a => a.MessageId);
        await foreach (var message in Visible(db.ClubMessages.AsNoTracking()).AsAsyncEnumerable().WithCancellation(cancellationToken))
            if (topics.TryGetValue(message.TopicId, out var topic) && rooms.TryGetValue(topic.RoomId, out var room))
                foreach (var document in await MessageDocumentsAsync(message, topic, room, attachments[message.Id], cancellationToken))
                    yield return document;
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
            if (message is null || topic is null || room is null) return [];
            var attachments = await db.ClubMessageAttachments.AsNoTracking().Where(a => a.MessageId == message.Id).ToListAsync(cancellationToken);
            return await MessageDocumentsAsync(message, topic, room, attachments, cancellationToken);
        }
        return [];
    }

    private static IQueryable<Message> Visible(IQueryable<Message> messages) => messages.Where(m => !m.IsDeleted && m.HiddenReason == null);

    private SearchItem TopicDocument(Topic topic, Room room) =>
        new(Module, TopicItem(topic.Id), "uk", topic.Title, room.Name, ClubLinks.Topic(topic.Id), RoomAudience(room), topic.CreatedAt);

    private async Task<IReadOnlyList<SearchItem>> MessageDocumentsAsync(Message message, Topic topic, Room room, IEnumerable<MessageAttachment> attachments,
        CancellationToken cancellationToken)
    {
        var link = ClubLinks.Message(topic.Id, message.Number);
        var audience = RoomAudience(room);
        var updated = message.EditedAt ?? message.PostedAt;
        var files = attachments.OrderBy(a => a.Position).ToList();
        // The text as readers see it (Markdown rendered, then its words), so results and snippets show no ** or [](…);
        // the files' names too, as the message shows them.
        var body = string.Join("\n", files.Select(f => f.FileName).Prepend(SafeHtml.ToPlainText(SafeHtml.FromMarkdown(message.Text))));
        var found = new List<SearchItem> { new(Module, MessageItem(message.Id), "uk", topic.Title, body, link, audience, updated) };
        foreach (var file in files)
            foreach (var page in await documents.PagesAsync(file.DocumentId, cancellationToken))
                if (!string.IsNullOrWhiteSpace(page.Text))
                    found.Add(new SearchItem(Module, MessageItem(message.Id), "uk", $"{topic.Title} · {file.FileName}", page.Text, link, audience, updated, page.Number));
        return found;
    }
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
