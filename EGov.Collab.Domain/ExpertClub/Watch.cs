namespace EGov.Collab.Domain.ExpertClub;

public enum WatchKind
{
    Topic = 1,
    Room = 2,
}

/// <summary>
/// A member follows a topic, or every topic of a room, and gets a mail digest of what others wrote there since the
/// last one. <see cref="DigestedUntil"/> moves forward with each digest, so nothing is told twice.
/// </summary>
public sealed class Watch
{
    private Watch()
    {
    }

    public Guid Id { get; private set; }
    public Guid MemberId { get; private set; }
    public WatchKind Kind { get; private set; }
    public Guid TargetId { get; private set; }
    public DateTimeOffset CreatedAt { get; private set; }
    public DateTimeOffset DigestedUntil { get; private set; }

    public static Watch Start(Guid memberId, WatchKind kind, Guid targetId, DateTimeOffset now) =>
        new() { Id = Guid.CreateVersion7(), MemberId = memberId, Kind = kind, TargetId = targetId, CreatedAt = now, DigestedUntil = now };

    public void Digested(DateTimeOffset until)
    {
        if (until > DigestedUntil) DigestedUntil = until;
    }
}
