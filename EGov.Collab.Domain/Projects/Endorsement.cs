namespace EGov.Collab.Domain.Projects;

/// <summary>An organisation's endorsement of a listing (one per organisation), given by one of its members.</summary>
public sealed class Endorsement
{
    private Endorsement()
    {
    }

    internal Endorsement(Guid listingId, Guid organisationId, Guid memberId, DateTimeOffset now)
    {
        ListingId = listingId;
        OrganisationId = organisationId;
        MemberId = memberId;
        CreatedAt = now;
    }

    public Guid ListingId { get; private set; }
    public Guid OrganisationId { get; private set; }
    public Guid MemberId { get; private set; }
    public DateTimeOffset CreatedAt { get; private set; }
}

/// <summary>A file attached to a listing; the file itself is in the portal's document store.</summary>
public sealed class ListingAttachment
{
    public const int FileNameMaxLength = 255;

    private ListingAttachment() => FileName = "";

    public Guid Id { get; private set; }
    public Guid ListingId { get; private set; }
    public Guid DocumentId { get; private set; }
    public string FileName { get; private set; }
    public DateTimeOffset AddedAt { get; private set; }

    internal static ListingAttachment Create(Guid listingId, Guid documentId, string fileName, DateTimeOffset now)
    {
        var name = Path.GetFileName((fileName ?? "").Trim());
        if (name.Length == 0) name = "file";
        if (name.Length > FileNameMaxLength) name = name[^FileNameMaxLength..];
        return new ListingAttachment { Id = Guid.CreateVersion7(), ListingId = listingId, DocumentId = documentId, FileName = name, AddedAt = now };
    }
}

/// <summary>A member following a listing: notified when it changes.</summary>
public sealed class ListingFollow
{
    private ListingFollow()
    {
    }

    public ListingFollow(Guid listingId, Guid memberId, DateTimeOffset now)
    {
        ListingId = listingId;
        MemberId = memberId;
        CreatedAt = now;
    }

    public Guid ListingId { get; private set; }
    public Guid MemberId { get; private set; }
    public DateTimeOffset CreatedAt { get; private set; }
}

/// <summary>How many times a listing was opened on one day (Kyiv date), for the author's dashboard.</summary>
public sealed class ListingViewDay
{
    private ListingViewDay()
    {
    }

    public ListingViewDay(Guid listingId, DateOnly day)
    {
        ListingId = listingId;
        Day = day;
    }

    public Guid ListingId { get; private set; }
    public DateOnly Day { get; private set; }
    public int Count { get; private set; }

    public void Add() => Count++;
}
