using System.Security.Claims;
using EGov.Collab.Domain.Common;
using EGov.Collab.Domain.ExpertClub;
using Microsoft.EntityFrameworkCore;

namespace EGov.Collab.App.ExpertClub.Live;

public sealed partial class TopicSession
{
    /// <summary>A moderator hides a message with a reason; the author is told why. Audited.</summary>
    public async Task<Result<MessageView>> HideAsync(ClaimsPrincipal user, Guid messageId, string? reason, CancellationToken cancellationToken = default)
    {
        var viewer = await _hub.Access.ViewerAsync(user, cancellationToken);
        if (!viewer.IsModerator) return CommonErrors.Forbidden;
        await using var db = await _hub.DbFactory.CreateDbContextAsync(cancellationToken);
        var (topic, _) = await LoadAsync(db, cancellationToken);
        var message = await db.ClubMessages.SingleOrDefaultAsync(m => m.Id == messageId && m.TopicId == TopicId, cancellationToken);
        if (topic is null || message is null) return CommonErrors.NotFound;
        var hidden = message.Hide(viewer.MemberId!.Value, reason);
        if (!hidden.IsSuccess) return hidden.Error!;
        var now = _hub.Clock.GetUtcNow();
        db.AuditEntries.Add(AuditEntry.Record(viewer.MemberId, ModuleKey.ExpertClub, "ExpertClub.Audit.MessageHidden", $"message:{messageId}", Excerpt(message.Text), message.HiddenReason, now));
        await db.SaveChangesAsync(cancellationToken);
        await ClubFlags.ResolveAsync(db, messageId, viewer.MemberId!.Value, now, cancellationToken);
        await _hub.Indexer.RefreshAsync(ModuleKey.ExpertClub, ClubSearchSource.MessageItem(messageId), cancellationToken);
        var view = (await MessageViews.BuildAsync(db, [message], cancellationToken))[0];
        await PublishAsync(new MessageEvent(TopicId, view, IsNew: false));
        await _hub.Notifications.NotifyAsync([message.AuthorId], ModuleKey.ExpertClub, "Notification.ExpertClub.MessageHidden",
            [topic.Title, message.HiddenReason!], ClubLinks.Message(TopicId, message.Number), cancellationToken);
        return view;
    }

    /// <summary>Locks (no more messages, edits or votes) or unlocks the topic. Audited.</summary>
    public Task<Result> LockAsync(ClaimsPrincipal user, bool locked, CancellationToken cancellationToken = default) =>
        ChangeTopicAsync(user, topic => topic.Lock(locked), locked ? "ExpertClub.Audit.TopicLocked" : "ExpertClub.Audit.TopicUnlocked", cancellationToken);

    /// <summary>Pins the topic at the top of its room, or unpins it. Audited.</summary>
    public Task<Result> PinAsync(ClaimsPrincipal user, bool pinned, CancellationToken cancellationToken = default) =>
        ChangeTopicAsync(user, topic => topic.Pin(pinned), pinned ? "ExpertClub.Audit.TopicPinned" : "ExpertClub.Audit.TopicUnpinned", cancellationToken);

    private async Task<Result> ChangeTopicAsync(ClaimsPrincipal user, Action<Topic> change, string action, CancellationToken cancellationToken)
    {
        var viewer = await _hub.Access.ViewerAsync(user, cancellationToken);
        if (!viewer.IsModerator) return CommonErrors.Forbidden;
        var turn = await _hub.EnterAsync(TopicId, cancellationToken);
        Topic? topic;
        try
        {
            await using var db = await _hub.DbFactory.CreateDbContextAsync(cancellationToken);
            topic = await db.ClubTopics.SingleOrDefaultAsync(t => t.Id == TopicId, cancellationToken);
            if (topic is null) return CommonErrors.NotFound;
            change(topic);
            db.AuditEntries.Add(AuditEntry.Record(viewer.MemberId, ModuleKey.ExpertClub, action, $"topic:{TopicId}", null, topic.Title, _hub.Clock.GetUtcNow()));
            await db.SaveChangesAsync(cancellationToken);
        }
        finally
        {
            turn.Dispose();
        }
        await PublishAsync(new TopicStateEvent(TopicId, topic.IsLocked, topic.IsPinned));
        return Result.Success();
    }

    /// <summary>Tells each @mentioned member who can read the topic (not the author) in the app, and by email if they chose.</summary>
    private async Task NotifyMentionedAsync(TopicInfo topic, MessageView message, CancellationToken cancellationToken)
    {
        var handles = Mentions.Parse(message.Text);
        if (handles.Count == 0) return;
        try
        {
            await using var db = await _hub.DbFactory.CreateDbContextAsync(cancellationToken);
            var recipients = new HashSet<Guid>();
            foreach (var handle in handles)
            {
                var prefix = handle.ToUpperInvariant() + "@";
                var ids = await db.Users.Where(u => u.NormalizedEmail != null && u.NormalizedEmail.StartsWith(prefix)).Select(u => u.Id).ToListAsync(cancellationToken);
                recipients.UnionWith(ids);
            }
            recipients.Remove(message.AuthorId);
            if (topic.IsPrivate)
            {
                var invited = await db.ClubRoomMembers.Where(r => r.RoomId == topic.RoomId).Select(r => r.MemberId).ToListAsync(cancellationToken);
                recipients.IntersectWith(invited);
            }
            await _hub.Notifications.NotifyAsync(recipients, ModuleKey.ExpertClub, "Notification.ExpertClub.Mention",
                [message.AuthorName, topic.Title], ClubLinks.Message(TopicId, message.Number), cancellationToken);
        }
        catch (DbUpdateException exception)
        {
            // The message is stored and delivered; a failed notification must not turn the post into an error.
            _hub.Logger.LogWarning(exception, "Mention notifications for message {MessageId} failed.", message.Id);
        }
    }

    private static string Excerpt(string text) => text.Length <= 200 ? text : text[..200] + "…";
}
