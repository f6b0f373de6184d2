namespace EGov.Collab.Domain.Contest;

/// <summary>What an assignee does with an entry: an expert writes a review, a juror scores it.</summary>
public enum ReviewerRole
{
    Juror = 1,
    Expert = 2,
}

/// <summary>
/// The chair's decision that a juror scores, or an expert reviews, one entry. Unique per (entry, reviewer): the
/// database's index has the last word. A nomination without assignments of a role keeps "every panel member sees every entry".
/// </summary>
public sealed class ReviewAssignment
{
    private ReviewAssignment()
    {
    }

    public Guid Id { get; private set; }
    public Guid NominationId { get; private set; }
    public Guid EntryId { get; private set; }
    public Guid ReviewerId { get; private set; }
    public ReviewerRole Role { get; private set; }
    public bool Automatic { get; private set; }
    public DateTimeOffset AssignedAt { get; private set; }

    public static ReviewAssignment Create(Guid nominationId, Guid entryId, Guid reviewerId, ReviewerRole role, bool automatic, DateTimeOffset now)
    {
        if (!Enum.IsDefined(role)) throw new ArgumentOutOfRangeException(nameof(role));
        return new ReviewAssignment
        {
            Id = Guid.CreateVersion7(),
            NominationId = nominationId,
            EntryId = entryId,
            ReviewerId = reviewerId,
            Role = role,
            Automatic = automatic,
            AssignedAt = now,
        };
    }
}
