using EGov.Collab.Domain.Common;

namespace EGov.Collab.Domain.ExpertClub;

/// <summary>
/// The private conversation of two members: one per pair, whoever wrote first (<see cref="FirstMemberId"/> is the
/// smaller id, so the pair has one key). Only the two may read it; each has their own "read up to".
/// </summary>
public sealed class Conversation
{
    private Conversation()
    {
    }

    public Guid Id { get; private set; }
    public Guid FirstMemberId { get; private set; }
    public Guid SecondMemberId { get; private set; }
    public DateTimeOffset StartedAt { get; private set; }
    public DateTimeOffset LastMessageAt { get; private set; }
    public DateTimeOffset? FirstReadAt { get; private set; }
    public DateTimeOffset? SecondReadAt { get; private set; }

    /// <summary>The pair's key: the smaller id first.</summary>
    public static (Guid First, Guid Second) PairOf(Guid a, Guid b) => a.CompareTo(b) < 0 ? (a, b) : (b, a);

    public static Result<Conversation> Start(Guid from, Guid to, DateTimeOffset now)
    {
        if (from == to) return ClubErrors.WriteToYourself;
        var (first, second) = PairOf(from, to);
        return new Conversation { Id = Guid.CreateVersion7(), FirstMemberId = first, SecondMemberId = second, StartedAt = now, LastMessageAt = now };
    }

    public bool Includes(Guid memberId) => memberId == FirstMemberId || memberId == SecondMemberId;

    public Guid OtherThan(Guid memberId) => memberId == FirstMemberId ? SecondMemberId : FirstMemberId;

    /// <summary>True when something arrived after the member last read the conversation.</summary>
    public bool IsUnreadFor(Guid memberId) => (memberId == FirstMemberId ? FirstReadAt : SecondReadAt) is not { } read || read < LastMessageAt;

    /// <summary>The author writes <paramref name="text"/>: their side is read up to it, the other side has it unread.</summary>
    public Result<DirectMessage> Write(Guid authorId, string? text, DateTimeOffset now)
    {
        if (!Includes(authorId)) return CommonErrors.Forbidden;
        var valid = Message.ValidateText(text);
        if (!valid.IsSuccess) return valid.Error!;
        LastMessageAt = now;
        MarkRead(authorId, now);
        return DirectMessage.Create(Id, authorId, text!.Trim(), now);
    }

    public void MarkRead(Guid memberId, DateTimeOffset now)
    {
        if (memberId == FirstMemberId) FirstReadAt = now;
        else if (memberId == SecondMemberId) SecondReadAt = now;
    }
}

/// <summary>One message of a <see cref="Conversation"/>: Markdown, the same limits as a club message.</summary>
public sealed class DirectMessage
{
    private DirectMessage()
    {
        Text = "";
    }

    public Guid Id { get; private set; }
    public Guid ConversationId { get; private set; }
    public Guid AuthorId { get; private set; }
    public string Text { get; private set; }
    public DateTimeOffset SentAt { get; private set; }

    internal static DirectMessage Create(Guid conversationId, Guid authorId, string text, DateTimeOffset now) =>
        new() { Id = Guid.CreateVersion7(), ConversationId = conversationId, AuthorId = authorId, Text = text, SentAt = now };
}
