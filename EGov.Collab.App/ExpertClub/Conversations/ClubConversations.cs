using System.Security.Claims;
using EGov.Collab.App.Common;
using EGov.Collab.App.ExpertClub.Live;
using EGov.Collab.App.Live;
using EGov.Collab.App.Notifications;
using EGov.Collab.Data;
using EGov.Collab.Data.Common;
using EGov.Collab.Domain.Common;
using EGov.Collab.Domain.ExpertClub;
using Microsoft.EntityFrameworkCore;

namespace EGov.Collab.App.ExpertClub.Conversations;

/// <summary>
/// Private messages between members: one conversation per pair, read by its two members only (anyone else is told it is
/// not found). Only signed-in members with a confirmed email, not locked, write and are written to; posting is limited
/// like the club's topics (<see cref="MessageRateLimit"/>). The recipient hears of a message under the bell, and an open
/// conversation page receives it live.
/// </summary>
public sealed class ClubConversations(IDbContextFactory<CollabDbContext> dbFactory, NotificationCenter notifications, ILiveBus bus, TimeProvider clock)
{
    public const int InboxSize = 100;
    public const int MessagesShown = 200;

    private readonly PostingRate _rate = new();
    private long _forgottenAt;

    public static string LiveTopicOf(Guid conversationId) => $"expert-club.conversation:{conversationId:N}";

    public async Task<Result<IReadOnlyList<ConversationSummary>>> InboxAsync(ClaimsPrincipal user, CancellationToken cancellationToken = default)
    {
        await using var db = await dbFactory.CreateDbContextAsync(cancellationToken);
        if (await WriterAsync(db, user, cancellationToken) is not { } me) return CommonErrors.Forbidden;
        var rows = await db.ClubConversations.AsNoTracking()
            .Where(c => c.FirstMemberId == me.Id || c.SecondMemberId == me.Id)
            .OrderByDescending(c => c.LastMessageAt).Take(InboxSize)
            .Select(c => new
            {
                Conversation = c,
                Last = db.ClubDirectMessages.Where(m => m.ConversationId == c.Id).OrderByDescending(m => m.SentAt).Select(m => m.Text).FirstOrDefault(),
            })
            .ToListAsync(cancellationToken);
        var names = await NamesAsync(db, rows.Select(r => r.Conversation.OtherThan(me.Id)), cancellationToken);
        var summaries = new List<ConversationSummary>(rows.Count);
        foreach (var (conversation, last) in rows.Select(r => (r.Conversation, r.Last)))
        {
            var text = SafeHtml.ToPlainText(SafeHtml.FromMarkdown(last ?? ""));
            var other = conversation.OtherThan(me.Id);
            summaries.Add(new ConversationSummary(conversation.Id, other, names.GetValueOrDefault(other, "?"), conversation.LastMessageAt,
                text.Length > MessageViews.ExcerptLength ? text[..MessageViews.ExcerptLength] + "…" : text, conversation.IsUnreadFor(me.Id)));
        }
        return summaries;
    }

    /// <summary>A conversation of the caller's; not found for anyone else. Marks it read.</summary>
    public async Task<Result<ConversationView>> OpenAsync(ClaimsPrincipal user, Guid conversationId, CancellationToken cancellationToken = default)
    {
        await using var db = await dbFactory.CreateDbContextAsync(cancellationToken);
        if (await WriterAsync(db, user, cancellationToken) is not { } me) return CommonErrors.Forbidden;
        var conversation = await db.ClubConversations.SingleOrDefaultAsync(c => c.Id == conversationId, cancellationToken);
        if (conversation is null || !conversation.Includes(me.Id)) return CommonErrors.NotFound;
        return await ViewAsync(db, me.Id, conversation, conversation.OtherThan(me.Id), cancellationToken);
    }

    /// <summary>The caller's conversation with <paramref name="memberId"/>, or an empty one to write the first message in.</summary>
    public async Task<Result<ConversationView>> OpenWithAsync(ClaimsPrincipal user, Guid memberId, CancellationToken cancellationToken = default)
    {
        await using var db = await dbFactory.CreateDbContextAsync(cancellationToken);
        if (await WriterAsync(db, user, cancellationToken) is not { } me) return CommonErrors.Forbidden;
        if (me.Id == memberId) return ClubErrors.WriteToYourself;
        if (await RecipientAsync(db, memberId, cancellationToken) is null) return ClubErrors.NoSuchRecipient;
        var (first, second) = Conversation.PairOf(me.Id, memberId);
        var conversation = await db.ClubConversations.SingleOrDefaultAsync(c => c.FirstMemberId == first && c.SecondMemberId == second, cancellationToken);
        return await ViewAsync(db, me.Id, conversation, memberId, cancellationToken);
    }

    public async Task<Result<SentDirectMessage>> SendAsync(ClaimsPrincipal user, Guid toMemberId, string? text, CancellationToken cancellationToken = default)
    {
        var valid = Message.ValidateText(text);
        if (!valid.IsSuccess) return valid.Error!;
        await using var db = await dbFactory.CreateDbContextAsync(cancellationToken);
        if (await WriterAsync(db, user, cancellationToken) is not { } me) return CommonErrors.Forbidden;
        if (me.Id == toMemberId) return ClubErrors.WriteToYourself;
        if (await RecipientAsync(db, toMemberId, cancellationToken) is null) return ClubErrors.NoSuchRecipient;
        var now = clock.GetUtcNow();
        ForgetQuietMembers(now);
        if (!_rate.TryTake(me.Id, now)) return ClubErrors.SlowDown;

        var (first, second) = Conversation.PairOf(me.Id, toMemberId);
        var conversation = await db.ClubConversations.SingleOrDefaultAsync(c => c.FirstMemberId == first && c.SecondMemberId == second, cancellationToken);
        if (conversation is null)
        {
            conversation = Conversation.Start(me.Id, toMemberId, now).Value;
            db.ClubConversations.Add(conversation);
        }
        var message = conversation.Write(me.Id, text, now).Value;
        db.ClubDirectMessages.Add(message);
        try
        {
            await db.SaveChangesAsync(cancellationToken);
        }
        catch (DbUpdateException)
        {
            // Both members started the conversation at the same moment; the other one's start won. Nothing was saved.
            _rate.Return(me.Id, now);
            return CommonErrors.ConcurrentChange;
        }

        var view = new DirectMessageView(message.Id, me.Id, me.Name, SafeHtml.FromMarkdown(message.Text), message.SentAt);
        await bus.PublishAsync(LiveTopicOf(conversation.Id), new DirectMessageEvent(conversation.Id, view));
        await notifications.NotifyAsync([toMemberId], ModuleKey.ExpertClub, "Notification.ExpertClub.DirectMessage", [me.Name],
            ClubLinks.Conversation(conversation.Id), cancellationToken);
        return new SentDirectMessage(conversation.Id, view);
    }

    /// <summary>The member has read the conversation up to now (a page open when a message arrives).</summary>
    public async Task MarkReadAsync(ClaimsPrincipal user, Guid conversationId, CancellationToken cancellationToken = default)
    {
        if (user.MemberId() is not { } memberId) return;
        await using var db = await dbFactory.CreateDbContextAsync(cancellationToken);
        var conversation = await db.ClubConversations.SingleOrDefaultAsync(c => c.Id == conversationId, cancellationToken);
        if (conversation is null || !conversation.Includes(memberId)) return;
        conversation.MarkRead(memberId, clock.GetUtcNow());
        await db.SaveChangesAsync(cancellationToken);
    }

    private async Task<ConversationView> ViewAsync(CollabDbContext db, Guid me, Conversation? conversation, Guid other, CancellationToken cancellationToken)
    {
        var names = await NamesAsync(db, [me, other], cancellationToken);
        if (conversation is null) return new ConversationView(null, other, names.GetValueOrDefault(other, "?"), []);
        var messages = await db.ClubDirectMessages.AsNoTracking().Where(m => m.ConversationId == conversation.Id)
            .OrderByDescending(m => m.SentAt).Take(MessagesShown).ToListAsync(cancellationToken);
        if (conversation.IsUnreadFor(me))
        {
            conversation.MarkRead(me, clock.GetUtcNow());
            await db.SaveChangesAsync(cancellationToken);
        }
        var views = messages.OrderBy(m => m.SentAt)
            .Select(m => new DirectMessageView(m.Id, m.AuthorId, names.GetValueOrDefault(m.AuthorId, "?"), SafeHtml.FromMarkdown(m.Text), m.SentAt))
            .ToList();
        return new ConversationView(conversation.Id, other, names.GetValueOrDefault(other, "?"), views);
    }

    /// <summary>At most once a window, drops the rate counts of members who stopped writing (the table would keep everyone).</summary>
    private void ForgetQuietMembers(DateTimeOffset now)
    {
        var last = Interlocked.Read(ref _forgottenAt);
        if (now.UtcTicks - last < MessageRateLimit.Window.Ticks || Interlocked.CompareExchange(ref _forgottenAt, now.UtcTicks, last) != last) return;
        _rate.Forget(now);
    }

    private sealed record Person(Guid Id, string Name);

    /// <summary>The caller, when signed in with a confirmed email and not locked by an administrator.</summary>
    private static async Task<Person?> WriterAsync(CollabDbContext db, ClaimsPrincipal user, CancellationToken cancellationToken) =>
        user.MemberId() is { } id ? await RecipientAsync(db, id, cancellationToken) : null;

    private static Task<Person?> RecipientAsync(CollabDbContext db, Guid memberId, CancellationToken cancellationToken) =>
        db.Users.AsNoTracking()
            .Where(u => u.Id == memberId && u.EmailConfirmed && u.LockoutEnd != AccountLock.ByAdministrator)
            .Select(u => new Person(u.Id, u.FullName)).SingleOrDefaultAsync(cancellationToken);

    private static async Task<Dictionary<Guid, string>> NamesAsync(CollabDbContext db, IEnumerable<Guid> ids, CancellationToken cancellationToken)
    {
        var list = ids.Distinct().ToList();
        return await db.Users.AsNoTracking().Where(u => list.Contains(u.Id)).ToDictionaryAsync(u => u.Id, u => u.FullName, cancellationToken);
    }
}
