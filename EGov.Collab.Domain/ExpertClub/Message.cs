using EGov.Collab.Domain.Common;

namespace EGov.Collab.Domain.ExpertClub;

/// <summary>A message in a topic: Markdown text, optionally a reply to another message; edited or deleted only by its author, hidden by a moderator.</summary>
public sealed class Message
{
    public const int TextMaxLength = 4000;
    public const int HideReasonMaxLength = 300;

    private Message()
    {
        Text = "";
    }

    public Guid Id { get; private set; }
    public Guid TopicId { get; private set; }
    /// <summary>Position in the topic (1, 2, 3 …), from <see cref="Topic.NextNumber"/>.</summary>
    public long Number { get; private set; }
    public Guid AuthorId { get; private set; }
    public Guid? ParentId { get; private set; }
    public string Text { get; private set; }
    public DateTimeOffset PostedAt { get; private set; }
    public DateTimeOffset? EditedAt { get; private set; }
    public bool IsDeleted { get; private set; }
    public string? HiddenReason { get; private set; }
    public Guid? HiddenById { get; private set; }

    public bool IsHidden => HiddenReason is not null;

    /// <summary>Checks a message's text: not blank, not longer than <see cref="TextMaxLength"/>.</summary>
    public static Result ValidateText(string? text)
    {
        if (string.IsNullOrWhiteSpace(text)) return CommonErrors.Required(nameof(Text));
        if (text.Trim().Length > TextMaxLength) return CommonErrors.TooLong(nameof(Text));
        return Result.Success();
    }

    public static Result<Message> Post(Guid topicId, long number, Guid authorId, Guid? parentId, string? text, DateTimeOffset now)
    {
        var valid = ValidateText(text);
        if (!valid.IsSuccess) return valid.Error!;
        return new Message
        {
            Id = Guid.CreateVersion7(),
            TopicId = topicId,
            Number = number,
            AuthorId = authorId,
            ParentId = parentId,
            Text = text!.Trim(),
            PostedAt = now,
        };
    }

    public Result Edit(Guid memberId, string? text, DateTimeOffset now)
    {
        if (memberId != AuthorId) return ClubErrors.NotYourMessage;
        if (IsDeleted) return CommonErrors.NotFound;
        if (IsHidden) return ClubErrors.MessageHidden;
        var valid = ValidateText(text);
        if (!valid.IsSuccess) return valid;
        if (string.Equals(Text, text!.Trim(), StringComparison.Ordinal)) return Result.Success();
        Text = text.Trim();
        EditedAt = now;
        return Result.Success();
    }

    /// <summary>The author deletes: the text is gone for good; the place in the topic stays ("message deleted").</summary>
    public Result Delete(Guid memberId, DateTimeOffset now)
    {
        if (memberId != AuthorId) return ClubErrors.NotYourMessage;
        if (IsDeleted) return Result.Success();
        IsDeleted = true;
        Text = "";
        EditedAt = now;
        return Result.Success();
    }

    public Result Hide(Guid moderatorId, string? reason)
    {
        if (string.IsNullOrWhiteSpace(reason)) return CommonErrors.Required(nameof(HiddenReason));
        if (reason.Trim().Length > HideReasonMaxLength) return CommonErrors.TooLong(nameof(HiddenReason));
        HiddenReason = reason.Trim();
        HiddenById = moderatorId;
        return Result.Success();
    }

    public void Unhide()
    {
        HiddenReason = null;
        HiddenById = null;
    }
}

/// <summary>One member's reaction to a message; a member toggles each of <see cref="Reactions.Allowed"/> once.</summary>
public sealed class MessageReaction
{
    private MessageReaction()
    {
        Emoji = "";
    }

    public Guid MessageId { get; private set; }
    public Guid MemberId { get; private set; }
    public string Emoji { get; private set; }

    public static Result<MessageReaction> Create(Guid messageId, Guid memberId, string emoji) =>
        Reactions.IsAllowed(emoji) ? new MessageReaction { MessageId = messageId, MemberId = memberId, Emoji = emoji } : ClubErrors.UnknownReaction;
}

public static class Reactions
{
    public const int EmojiMaxLength = 16;

    public static readonly IReadOnlyList<string> Allowed = ["👍", "❤️", "🎉", "🤔", "👎"];

    public static bool IsAllowed(string? emoji) => emoji is not null && Allowed.Contains(emoji, StringComparer.Ordinal);
}
