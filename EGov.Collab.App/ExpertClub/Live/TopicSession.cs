using System.Security.Claims;
using EGov.Collab.Data;
using EGov.Collab.Domain.Common;
using EGov.Collab.Domain.ExpertClub;
using Microsoft.EntityFrameworkCore;

namespace EGov.Collab.App.ExpertClub.Live;

/// <summary>What a circuit needs to open a topic: the topic, the room, and what this viewer may do there.</summary>
public sealed record TopicInfo(Guid Id, string Title, Guid RoomId, string RoomName, bool IsPrivate, bool IsLocked, bool IsPinned, long LastNumber);

public sealed record TopicOpening(TopicInfo Topic, ClubViewer Viewer, bool CanWrite, MessagePage Page, IReadOnlyList<PollView> Polls);

/// <summary>
/// The live session of one topic. Every change goes through it: it checks the caller's rights against the database,
/// stores the change, and only then publishes it on <see cref="TopicSessions.LiveTopicOf"/>, which every open circuit
/// of the topic subscribes to through <see cref="Subscribe"/>. The UI, the tests and the benchmark use this same API.
/// </summary>
public sealed partial class TopicSession
{
    public const int PageSize = 50;

    private readonly TopicSessions _hub;

    internal TopicSession(Guid topicId, TopicSessions hub)
    {
        TopicId = topicId;
        _hub = hub;
    }

    public Guid TopicId { get; }

    /// <summary>Hears every change of this topic; dispose the handle when the circuit leaves.</summary>
    public IDisposable Subscribe(Func<TopicEvent, Task> handler) =>
        _hub.Bus.Subscribe(TopicSessions.LiveTopicOf(TopicId), message => message is TopicEvent change ? handler(change) : Task.CompletedTask);

    public async Task<Result<TopicOpening>> OpenAsync(ClaimsPrincipal user, CancellationToken cancellationToken = default)
    {
        var viewer = await _hub.Access.ViewerAsync(user, cancellationToken);
        await using var db = await _hub.DbFactory.CreateDbContextAsync(cancellationToken);
        var (topic, room) = await LoadAsync(db, cancellationToken);
        if (topic is null || room is null) return CommonErrors.NotFound;
        if (!viewer.CanRead(room)) return CommonErrors.Forbidden;
        var page = await PageAsync(db, long.MaxValue, PageSize, cancellationToken);
        var polls = await db.ClubPolls.AsNoTracking().Where(p => p.TopicId == TopicId).OrderBy(p => p.CreatedAt).ToListAsync(cancellationToken);
        var pollViews = new List<PollView>();
        foreach (var poll in polls) pollViews.Add(await MessageViews.PollAsync(db, poll, cancellationToken));
        var info = new TopicInfo(topic.Id, topic.Title, room.Id, room.Name, room.IsPrivate, topic.IsLocked, topic.IsPinned, topic.LastNumber);
        return new TopicOpening(info, viewer, viewer.CanWrite(room), page, pollViews);
    }

    /// <summary>The messages before <paramref name="beforeNumber"/>, by keyset on the topic's message numbers (fast however long the topic).</summary>
    public async Task<Result<MessagePage>> EarlierAsync(ClaimsPrincipal user, long beforeNumber, int take = PageSize, CancellationToken cancellationToken = default)
    {
        var viewer = await _hub.Access.ViewerAsync(user, cancellationToken);
        await using var db = await _hub.DbFactory.CreateDbContextAsync(cancellationToken);
        var (_, room) = await LoadAsync(db, cancellationToken);
        if (room is null) return CommonErrors.NotFound;
        if (!viewer.CanRead(room)) return CommonErrors.Forbidden;
        return await PageAsync(db, beforeNumber, Math.Clamp(take, 1, 200), cancellationToken);
    }

    /// <param name="attachments">Documents already in the store (through <see cref="ClubAttachments.UploadFor"/>), in the order shown.</param>
    public async Task<Result<MessageView>> PostAsync(ClaimsPrincipal user, string? text, Guid? parentId = null, IReadOnlyList<Guid>? attachments = null, CancellationToken cancellationToken = default)
    {
        var valid = Message.ValidateText(text);
        if (!valid.IsSuccess) return valid.Error!;
        var files = await ClubAttachments.ResolveAsync(_hub.Documents, attachments ?? [], cancellationToken);
        if (!files.IsSuccess) return files.Error!;
        var viewer = await _hub.Access.ViewerAsync(user, cancellationToken);
        if (viewer.MemberId is not { } memberId) return CommonErrors.Forbidden;
        var now = _hub.Clock.GetUtcNow();
        if (!_hub.Rate.TryTake(memberId, now)) return ClubErrors.SlowDown;

        MessageView view;
        TopicInfo info;
        var turn = await _hub.EnterAsync(TopicId, cancellationToken);
        try
        {
            await using var db = await _hub.DbFactory.CreateDbContextAsync(cancellationToken);
            var (topic, room) = await LoadAsync(db, cancellationToken, tracked: true);
            var refusal = topic is null || room is null ? CommonErrors.NotFound
                : !viewer.CanRead(room) ? CommonErrors.Forbidden
                : !viewer.CanWrite(room) ? ClubErrors.NotAMember
                : parentId is { } parent && !await db.ClubMessages.AnyAsync(m => m.Id == parent && m.TopicId == TopicId, cancellationToken) ? CommonErrors.NotFound
                : null;
            var number = refusal is null ? topic!.NextNumber(now) : null;
            refusal ??= number!.Error;
            if (refusal is not null)
            {
                _hub.Rate.Return(memberId, now);
                return refusal;
            }
            var message = Message.Post(TopicId, number!.Value, memberId, parentId, text, now).Value;
            db.ClubMessages.Add(message);
            db.ClubMessageAttachments.AddRange(files.Value.Select((file, i) => MessageAttachment.Create(message.Id, file.Id, i, file.FileName)));
            await db.SaveChangesAsync(cancellationToken);
            await _hub.Indexer.RefreshAsync(ModuleKey.ExpertClub, ClubSearchSource.MessageItem(message.Id), cancellationToken);
            view = (await MessageViews.BuildAsync(db, [message], cancellationToken))[0];
            info = new TopicInfo(topic!.Id, topic.Title, room!.Id, room.Name, room.IsPrivate, topic.IsLocked, topic.IsPinned, topic.LastNumber);
        }
        finally
        {
            turn.Dispose();
        }

        await PublishAsync(new MessageEvent(TopicId, view, IsNew: true));
        await NotifyMentionedAsync(info, view, cancellationToken);
        return view;
    }

    public Task<Result<MessageView>> EditAsync(ClaimsPrincipal user, Guid messageId, string? text, CancellationToken cancellationToken = default) =>
        ChangeMessageAsync(user, messageId, (viewer, message, now) => message.Edit(viewer.MemberId!.Value, text, now), cancellationToken);

    public Task<Result<MessageView>> DeleteAsync(ClaimsPrincipal user, Guid messageId, CancellationToken cancellationToken = default) =>
        ChangeMessageAsync(user, messageId, (viewer, message, now) => message.Delete(viewer.MemberId!.Value, now), cancellationToken);

    /// <summary>Toggles the caller's reaction on a message.</summary>
    public async Task<Result<MessageView>> ReactAsync(ClaimsPrincipal user, Guid messageId, string emoji, CancellationToken cancellationToken = default)
    {
        if (!Reactions.IsAllowed(emoji)) return ClubErrors.UnknownReaction;
        var viewer = await _hub.Access.ViewerAsync(user, cancellationToken);
        await using var db = await _hub.DbFactory.CreateDbContextAsync(cancellationToken);
        var (_, room) = await LoadAsync(db, cancellationToken);
        if (room is null) return CommonErrors.NotFound;
        if (viewer.MemberId is not { } memberId || !viewer.CanWrite(room)) return ClubErrors.NotAMember;
        var message = await db.ClubMessages.AsNoTracking().SingleOrDefaultAsync(m => m.Id == messageId && m.TopicId == TopicId, cancellationToken);
        if (message is null || message.IsDeleted) return CommonErrors.NotFound;
        var existing = await db.ClubReactions.SingleOrDefaultAsync(r => r.MessageId == messageId && r.MemberId == memberId && r.Emoji == emoji, cancellationToken);
        if (existing is null) db.ClubReactions.Add(MessageReaction.Create(messageId, memberId, emoji).Value);
        else db.ClubReactions.Remove(existing);
        try
        {
            await db.SaveChangesAsync(cancellationToken);
        }
        catch (DbUpdateException)
        {
            return CommonErrors.ConcurrentChange; // a double click raced itself
        }
        var view = (await MessageViews.BuildAsync(db, [message], cancellationToken))[0];
        await PublishAsync(new MessageEvent(TopicId, view, IsNew: false));
        return view;
    }

    /// <summary>Remembers how far the member has read (for unread counts per topic).</summary>
    public async Task MarkReadAsync(Guid memberId, long number, CancellationToken cancellationToken = default)
    {
        await using var db = await _hub.DbFactory.CreateDbContextAsync(cancellationToken);
        var read = await db.ClubTopicReads.SingleOrDefaultAsync(r => r.TopicId == TopicId && r.MemberId == memberId, cancellationToken);
        if (read is null) db.ClubTopicReads.Add(TopicRead.Create(TopicId, memberId, number));
        else read.ReadUpTo(number);
        try
        {
            await db.SaveChangesAsync(cancellationToken);
        }
        catch (DbUpdateException)
        {
            // Two tabs of the same member saved their first read at once; either row is right.
        }
    }

    private async Task<Result<MessageView>> ChangeMessageAsync(ClaimsPrincipal user, Guid messageId, Func<ClubViewer, Message, DateTimeOffset, Result> change, CancellationToken cancellationToken)
    {
        var viewer = await _hub.Access.ViewerAsync(user, cancellationToken);
        if (viewer.MemberId is null) return CommonErrors.Forbidden;
        await using var db = await _hub.DbFactory.CreateDbContextAsync(cancellationToken);
        var (topic, room) = await LoadAsync(db, cancellationToken);
        if (topic is null || room is null) return CommonErrors.NotFound;
        if (!viewer.CanWrite(room)) return ClubErrors.NotAMember;
        if (topic.IsLocked) return ClubErrors.TopicLocked;
        var message = await db.ClubMessages.SingleOrDefaultAsync(m => m.Id == messageId && m.TopicId == TopicId, cancellationToken);
        if (message is null) return CommonErrors.NotFound;
        var result = change(viewer, message, _hub.Clock.GetUtcNow());
        if (!result.IsSuccess) return result.Error!;
        await db.SaveChangesAsync(cancellationToken);
        await _hub.Indexer.RefreshAsync(ModuleKey.ExpertClub, ClubSearchSource.MessageItem(message.Id), cancellationToken);
        var view = (await MessageViews.BuildAsync(db, [message], cancellationToken))[0];
        await PublishAsync(new MessageEvent(TopicId, view, IsNew: false));
        return view;
    }

    private async Task<MessagePage> PageAsync(CollabDbContext db, long beforeNumber, int take, CancellationToken cancellationToken)
    {
        var rows = await db.ClubMessages.AsNoTracking()
            .Where(m => m.TopicId == TopicId && m.Number < beforeNumber)
            .OrderByDescending(m => m.Number).Take(take + 1)
            .ToListAsync(cancellationToken);
        var hasEarlier = rows.Count > take;
        var page = rows.Take(take).OrderBy(m => m.Number).ToList();
        return new MessagePage(await MessageViews.BuildAsync(db, page, cancellationToken), hasEarlier);
    }

    private async Task<(Topic? Topic, Room? Room)> LoadAsync(CollabDbContext db, CancellationToken cancellationToken, bool tracked = false)
    {
        var topics = tracked ? db.ClubTopics : db.ClubTopics.AsNoTracking();
        var topic = await topics.SingleOrDefaultAsync(t => t.Id == TopicId, cancellationToken);
        if (topic is null) return (null, null);
        var room = await db.ClubRooms.AsNoTracking().SingleOrDefaultAsync(r => r.Id == topic.RoomId, cancellationToken);
        return (topic, room);
    }

    private Task PublishAsync(TopicEvent change) => _hub.Bus.PublishAsync(TopicSessions.LiveTopicOf(TopicId), change);
}
