using EGov.Collab.Domain.Projects;

namespace EGov.Collab.App.Projects;

/// <summary>A listing as the catalogue, the dashboard and the moderators' queue show it.</summary>
public sealed record ListingSummary(
    Guid Id,
    ListingKind Kind,
    ListingDirection Direction,
    string TitleUk,
    string TitleEn,
    string DescriptionUk,
    string DescriptionEn,
    ListingStage Stage,
    DevelopmentStatus? DevelopmentStatus,
    IReadOnlyList<string> ReadinessCodes,
    int Endorsements,
    string AuthorName,
    DateTimeOffset CreatedAt,
    DateTimeOffset? PublishedAt,
    DateTimeOffset? ExpiresAt,
    string? ModerationReason)
{
    public string Title(bool english) => english && TitleEn.Length > 0 ? TitleEn : TitleUk;

    public string Excerpt(bool english)
    {
        var text = english && DescriptionEn.Length > 0 ? DescriptionEn : DescriptionUk;
        return text.Length <= 240 ? text : string.Concat(text.AsSpan(0, 239), "…");
    }

    public static ListingSummary From(Listing listing, DateTimeOffset now) => new(
        listing.Id, listing.Kind, listing.Direction, listing.TitleUk, listing.TitleEn, listing.DescriptionUk, listing.DescriptionEn,
        listing.Stage(now), listing.DevelopmentStatus, listing.ReadinessCodes, listing.Endorsements.Count, listing.AuthorName,
        listing.CreatedAt, listing.PublishedAt, listing.ExpiresAt, listing.ModerationReason);
}

/// <summary>What the catalogue filters on; null means any.</summary>
public sealed record ListingQuery(
    string? Text = null,
    ListingKind? Kind = null,
    ListingDirection? Direction = null,
    string? ReadinessCode = null,
    string? RegionCode = null,
    bool IncludeArchived = false);

/// <summary>One listing's page for one reader.</summary>
public sealed record ListingPageView(
    Listing Listing,
    ListingStage Stage,
    string? OrganisationName,
    IReadOnlyList<string> EndorsingOrganisations,
    bool IsAuthor,
    bool IsModerator,
    bool IsSignedIn,
    bool IsFollowing,
    Interest? MyInterest,
    bool MyOrganisationEndorsed,
    bool HasOrganisation,
    int Followers,
    bool IsRenewable);

/// <summary>An interest's private thread, for its two sides.</summary>
public sealed record InterestThread(
    Interest Interest,
    Guid ListingId,
    string ListingTitleUk,
    string ListingTitleEn,
    Guid AuthorId,
    string AuthorName,
    bool ViewerIsAuthor,
    IReadOnlyList<ThreadMessage> Messages,
    ExchangedContacts? Contacts);

public sealed record ThreadMessage(Guid AuthorId, string AuthorName, string Text, DateTimeOffset At);

/// <summary>Shown to both sides once the author accepted.</summary>
public sealed record ExchangedContacts(string AuthorName, string AuthorEmail, string ListingContact, string MemberName, string MemberEmail);

/// <summary>A contest entry's fields taken from a listing.</summary>
public sealed record ContestPrefill(string Title, string Description, string Contacts);
