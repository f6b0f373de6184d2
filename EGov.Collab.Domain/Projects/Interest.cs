using EGov.Collab.Domain.Common;

namespace EGov.Collab.Domain.Projects;

public enum InterestStatus
{
    Open = 1,
    Accepted = 2,
    Declined = 3,
}

/// <summary>A member's expression of interest in a listing: the first message of a private thread with the author.</summary>
public sealed class Interest
{
    public const int MessageMaxLength = 4000;

    private Interest()
    {
        MemberName = "";
        Message = "";
    }

    public Guid Id { get; private set; }
    public Guid ListingId { get; private set; }
    public Guid MemberId { get; private set; }
    public string MemberName { get; private set; }
    public Guid? OrganisationId { get; private set; }
    public string Message { get; private set; }
    public InterestStatus Status { get; private set; }
    public DateTimeOffset CreatedAt { get; private set; }
    public DateTimeOffset? DecidedAt { get; private set; }

    /// <summary>Contacts are shown to both sides only once the author has accepted.</summary>
    public bool ContactsExchanged => Status == InterestStatus.Accepted;

    internal static Result<Interest> Create(Guid listingId, Guid memberId, string memberName, Guid? organisationId, string? message, DateTimeOffset now)
    {
        var text = (message ?? "").Trim();
        if (text.Length == 0) return CommonErrors.Required("Message");
        if (text.Length > MessageMaxLength) return CommonErrors.TooLong("Message");
        return new Interest
        {
            Id = Guid.CreateVersion7(),
            ListingId = listingId,
            MemberId = memberId,
            MemberName = (memberName ?? "").Trim() is { Length: > 0 and <= Listing.AuthorNameMaxLength } n ? n : "—",
            OrganisationId = organisationId,
            Message = text,
            Status = InterestStatus.Open,
            CreatedAt = now,
        };
    }

    internal Result Decide(bool accept, DateTimeOffset now)
    {
        if (Status != InterestStatus.Open) return ProjectsErrors.InterestDecided;
        Status = accept ? InterestStatus.Accepted : InterestStatus.Declined;
        DecidedAt = now;
        return Result.Success();
    }
}

/// <summary>A message in an interest's private thread (the author and the interested member only).</summary>
public sealed class InterestMessage
{
    public const int TextMaxLength = Interest.MessageMaxLength;

    private InterestMessage() => Text = "";

    public Guid Id { get; private set; }
    public Guid InterestId { get; private set; }
    public Guid AuthorId { get; private set; }
    public string Text { get; private set; }
    public DateTimeOffset CreatedAt { get; private set; }

    public static Result<InterestMessage> Create(Guid interestId, Guid authorId, string? text, DateTimeOffset now)
    {
        var clean = (text ?? "").Trim();
        if (clean.Length == 0) return CommonErrors.Required("Text");
        if (clean.Length > TextMaxLength) return CommonErrors.TooLong("Text");
        return new InterestMessage { Id = Guid.CreateVersion7(), InterestId = interestId, AuthorId = authorId, Text = clean, CreatedAt = now };
    }
}
