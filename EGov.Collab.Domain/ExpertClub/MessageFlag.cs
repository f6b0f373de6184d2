using EGov.Collab.Domain.Common;

namespace EGov.Collab.Domain.ExpertClub;

/// <summary>
/// A member's report of a message to the club's moderators, with why. One per member and message; it leaves the
/// moderation queue once a moderator dealt with the message (hid it, or found nothing wrong).
/// </summary>
public sealed class MessageFlag
{
    public const int ReasonMaxLength = 500;

    private MessageFlag()
    {
        Reason = "";
    }

    public Guid Id { get; private set; }
    public Guid MessageId { get; private set; }
    public Guid TopicId { get; private set; }
    public Guid MemberId { get; private set; }
    public string Reason { get; private set; }
    public DateTimeOffset FlaggedAt { get; private set; }
    public DateTimeOffset? ResolvedAt { get; private set; }
    public Guid? ResolvedById { get; private set; }

    public static Result<MessageFlag> Raise(Guid messageId, Guid topicId, Guid memberId, string? reason, DateTimeOffset now)
    {
        if (string.IsNullOrWhiteSpace(reason)) return CommonErrors.Required(nameof(Reason));
        if (reason.Trim().Length > ReasonMaxLength) return CommonErrors.TooLong(nameof(Reason));
        return new MessageFlag { Id = Guid.CreateVersion7(), MessageId = messageId, TopicId = topicId, MemberId = memberId, Reason = reason.Trim(), FlaggedAt = now };
    }

    public void Resolve(Guid moderatorId, DateTimeOffset now)
    {
        if (ResolvedAt is not null) return;
        ResolvedAt = now;
        ResolvedById = moderatorId;
    }
}
