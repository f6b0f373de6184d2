using EGov.Collab.Domain.Common;

namespace EGov.Collab.Domain.ExpertClub;

/// <summary>
/// A topic in a room. <see cref="LastNumber"/> numbers its messages 1, 2, 3 …: the key for paging back through a long
/// topic and for unread counts.
/// </summary>
public sealed class Topic
{
    public const int TitleMaxLength = 200;

    private Topic()
    {
        Title = "";
    }

    public Guid Id { get; private set; }
    public Guid RoomId { get; private set; }
    public string Title { get; private set; }
    public bool IsPinned { get; private set; }
    public bool IsLocked { get; private set; }
    public DateTimeOffset CreatedAt { get; private set; }
    public Guid CreatedById { get; private set; }
    public long LastNumber { get; private set; }
    public DateTimeOffset LastActivityAt { get; private set; }

    public static Result<Topic> Create(Guid roomId, string? title, Guid createdById, DateTimeOffset now)
    {
        if (string.IsNullOrWhiteSpace(title)) return CommonErrors.Required(nameof(Title));
        if (title.Trim().Length > TitleMaxLength) return CommonErrors.TooLong(nameof(Title));
        return new Topic
        {
            Id = Guid.CreateVersion7(),
            RoomId = roomId,
            Title = title.Trim(),
            CreatedAt = now,
            CreatedById = createdById,
            LastActivityAt = now,
        };
    }

    /// <summary>Takes the next message number; refuses while the topic is locked.</summary>
    public Result<long> NextNumber(DateTimeOffset now)
    {
        if (IsLocked) return ClubErrors.TopicLocked;
        LastNumber++;
        LastActivityAt = now;
        return LastNumber;
    }

    public void Pin(bool pinned) => IsPinned = pinned;

    public void Lock(bool locked) => IsLocked = locked;
}

/// <summary>How far a member has read a topic: unread = <see cref="Topic.LastNumber"/> − <see cref="LastReadNumber"/>.</summary>
public sealed class TopicRead
{
    private TopicRead()
    {
    }

    public Guid TopicId { get; private set; }
    public Guid MemberId { get; private set; }
    public long LastReadNumber { get; private set; }

    public static TopicRead Create(Guid topicId, Guid memberId, long number) => new() { TopicId = topicId, MemberId = memberId, LastReadNumber = number };

    public void ReadUpTo(long number) => LastReadNumber = Math.Max(LastReadNumber, number);

    public static long Unread(long lastNumber, long? lastReadNumber) => Math.Max(0, lastNumber - (lastReadNumber ?? 0));
}
