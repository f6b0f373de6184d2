using EGov.Collab.Domain.Common;

namespace EGov.Collab.Domain.Projects;

/// <summary>
/// A listing on the project exchange. Lifecycle: submitted (pending) → published by a moderator, or rejected with a reason
/// (the author edits it and it is pending again); a published listing expires <see cref="ValidityMonths"/> months after
/// publication or renewal, its author is reminded <see cref="ReminderDays"/> days before, and renews it with one click;
/// the author may archive it at any time. Expired and archived listings stay readable; they take no edits, interest or endorsements.
/// </summary>
public sealed class Listing
{
    public const int ValidityMonths = 12;
    public const int ReminderDays = 30;
    public const int ReasonMaxLength = 2000;
    public const int AuthorNameMaxLength = 200;
    public const int MaxAttachments = 10;

    private readonly List<Interest> _interests = [];
    private readonly List<Endorsement> _endorsements = [];
    private readonly List<ListingAttachment> _attachments = [];

    private Listing()
    {
        AuthorName = "";
        TitleUk = "";
        TitleEn = "";
        DescriptionUk = "";
        DescriptionEn = "";
        Licence = "";
        RepositoryUrl = "";
        PlatformList = "";
        CategoryList = "";
        ContactName = "";
        ContactEmail = "";
        RegionList = "";
        ReadinessList = "";
    }

    public Guid Id { get; private set; }
    public Guid AuthorId { get; private set; }
    public string AuthorName { get; private set; }
    /// <summary>The author's organisation when the listing was submitted: it leads the listing.</summary>
    public Guid? OrganisationId { get; private set; }
    public ListingKind Kind { get; private set; }
    public ListingDirection Direction { get; private set; }
    public string TitleUk { get; private set; }
    public string TitleEn { get; private set; }
    public string DescriptionUk { get; private set; }
    public string DescriptionEn { get; private set; }
    public DevelopmentStatus? DevelopmentStatus { get; private set; }
    public MaintenanceType? Maintenance { get; private set; }
    public string Licence { get; private set; }
    public string RepositoryUrl { get; private set; }
    /// <summary>Lists are stored one item a line (items never contain a line break).</summary>
    public string PlatformList { get; private set; }
    public string CategoryList { get; private set; }
    public string ContactName { get; private set; }
    public string ContactEmail { get; private set; }
    public decimal? BudgetMin { get; private set; }
    public decimal? BudgetMax { get; private set; }
    public GovernmentLevels Levels { get; private set; }
    public string RegionList { get; private set; }
    public string ReadinessList { get; private set; }

    /// <summary>What the author wrote, as one value (already checked when it was stored).</summary>
    public ListingContent Content => new(Kind, Direction, TitleUk, TitleEn, DescriptionUk, DescriptionEn, DevelopmentStatus, Maintenance,
        Licence, RepositoryUrl, Split(PlatformList), Split(CategoryList), ContactName, ContactEmail, BudgetMin, BudgetMax, Levels,
        Split(RegionList), Split(ReadinessList));

    public IReadOnlyList<string> ReadinessCodes => Split(ReadinessList);

    public string Title(bool english) => english && TitleEn.Length > 0 ? TitleEn : TitleUk;

    public string Description(bool english) => english && DescriptionEn.Length > 0 ? DescriptionEn : DescriptionUk;
    public ListingStatus Status { get; private set; }
    public string? ModerationReason { get; private set; }
    public Guid? ModeratedById { get; private set; }
    public DateTimeOffset CreatedAt { get; private set; }
    public DateTimeOffset UpdatedAt { get; private set; }
    public DateTimeOffset? PublishedAt { get; private set; }
    public DateTimeOffset? ExpiresAt { get; private set; }
    public DateTimeOffset? ReminderSentAt { get; private set; }

    public IReadOnlyList<Interest> Interests => _interests;
    public IReadOnlyList<Endorsement> Endorsements => _endorsements;
    public IReadOnlyList<ListingAttachment> Attachments => _attachments;

    public static Result<Listing> Submit(ListingContent content, Guid authorId, string authorName, Guid? organisationId, DateTimeOffset now)
    {
        ArgumentNullException.ThrowIfNull(content);
        var name = (authorName ?? "").Trim();
        if (name.Length > AuthorNameMaxLength) name = name[..AuthorNameMaxLength];
        var listing = new Listing
        {
            Id = Guid.CreateVersion7(),
            AuthorId = authorId,
            AuthorName = name,
            OrganisationId = organisationId,
            Status = ListingStatus.Pending,
            CreatedAt = now,
            UpdatedAt = now,
        };
        listing.Apply(content);
        return listing;
    }

    public ListingStage Stage(DateTimeOffset now) => Status switch
    {
        ListingStatus.Published when IsExpired(now) => ListingStage.Expired,
        ListingStatus.Published => ListingStage.Published,
        ListingStatus.Pending => ListingStage.Pending,
        ListingStatus.Rejected => ListingStage.Rejected,
        _ => ListingStage.Archived,
    };

    public bool IsExpired(DateTimeOffset now) => Status == ListingStatus.Published && ExpiresAt is { } expires && now >= expires;

    /// <summary>Published, expired and archived listings are readable by anyone; pending and rejected ones by the author and moderators.</summary>
    public bool IsPublic => Status is ListingStatus.Published or ListingStatus.Archived;

    /// <summary>Open for interest, endorsements and follow-up: published and not expired.</summary>
    public bool IsActive(DateTimeOffset now) => Stage(now) == ListingStage.Published;

    /// <summary>The author edits; a rejected listing goes back to the moderators. Past expiry the author renews first.</summary>
    public Result Edit(Guid editorId, ListingContent content, DateTimeOffset now)
    {
        ArgumentNullException.ThrowIfNull(content);
        if (editorId != AuthorId) return ProjectsErrors.NotAuthor;
        if (Status == ListingStatus.Archived) return ProjectsErrors.Archived;
        if (IsExpired(now)) return ProjectsErrors.Expired;
        Apply(content);
        UpdatedAt = now;
        if (Status == ListingStatus.Rejected) Status = ListingStatus.Pending;
        return Result.Success();
    }

    public Result Approve(Guid moderatorId, DateTimeOffset now)
    {
        if (Status != ListingStatus.Pending) return ProjectsErrors.NotPending;
        Status = ListingStatus.Published;
        ModeratedById = moderatorId;
        ModerationReason = null;
        PublishedAt ??= now;
        ExpiresAt = now.AddMonths(ValidityMonths);
        ReminderSentAt = null;
        UpdatedAt = now;
        return Result.Success();
    }

    public Result Reject(Guid moderatorId, string? reason, DateTimeOffset now)
    {
        if (Status != ListingStatus.Pending) return ProjectsErrors.NotPending;
        var text = (reason ?? "").Trim();
        if (text.Length == 0) return ProjectsErrors.ReasonRequired;
        if (text.Length > ReasonMaxLength) return CommonErrors.TooLong("Reason");
        Status = ListingStatus.Rejected;
        ModeratedById = moderatorId;
        ModerationReason = text;
        UpdatedAt = now;
        return Result.Success();
    }

    /// <summary>True from <see cref="ReminderDays"/> days before expiry, and after it: the window in which renewal is offered.</summary>
    public bool IsRenewable(DateTimeOffset now) =>
        Status == ListingStatus.Published && ExpiresAt is { } expires && now >= expires.AddDays(-ReminderDays);

    /// <summary>One click: another <see cref="ValidityMonths"/> months from now.</summary>
    public Result Renew(Guid authorId, DateTimeOffset now)
    {
        if (authorId != AuthorId) return ProjectsErrors.NotAuthor;
        if (Status == ListingStatus.Archived) return ProjectsErrors.Archived;
        if (Status != ListingStatus.Published) return ProjectsErrors.NotPublished;
        if (!IsRenewable(now)) return ProjectsErrors.NotYetRenewable;
        ExpiresAt = now.AddMonths(ValidityMonths);
        ReminderSentAt = null;
        UpdatedAt = now;
        return Result.Success();
    }

    public Result Archive(Guid authorId, DateTimeOffset now)
    {
        if (authorId != AuthorId) return ProjectsErrors.NotAuthor;
        if (Status == ListingStatus.Archived) return ProjectsErrors.Archived;
        Status = ListingStatus.Archived;
        UpdatedAt = now;
        return Result.Success();
    }

    /// <summary>Whether the expiry reminder is due and not sent yet for the current period.</summary>
    public bool NeedsReminder(DateTimeOffset now) => IsRenewable(now) && ReminderSentAt is null;

    public void MarkReminded(DateTimeOffset now) => ReminderSentAt = now;

    /// <summary>A member expresses interest once per listing: the message goes to the author and opens a private thread.</summary>
    public Result<Interest> ExpressInterest(Guid memberId, string memberName, Guid? organisationId, string? message, DateTimeOffset now)
    {
        if (!IsActive(now)) return IsExpired(now) ? ProjectsErrors.Expired : ProjectsErrors.NotPublished;
        if (memberId == AuthorId) return ProjectsErrors.OwnListing;
        if (_interests.Any(i => i.MemberId == memberId)) return ProjectsErrors.InterestTwice;
        var interest = Interest.Create(Id, memberId, memberName, organisationId, message, now);
        if (!interest.IsSuccess) return interest.Error!;
        _interests.Add(interest.Value);
        return interest;
    }

    /// <summary>The author accepts (contacts are exchanged) or declines an interest, once.</summary>
    public Result DecideInterest(Guid authorId, Guid interestId, bool accept, DateTimeOffset now)
    {
        if (authorId != AuthorId) return ProjectsErrors.NotAuthor;
        var interest = _interests.FirstOrDefault(i => i.Id == interestId);
        if (interest is null) return ProjectsErrors.InterestNotFound;
        return interest.Decide(accept, now);
    }

    /// <summary>One endorsement per organisation; a member with no organisation cannot endorse, nor can the leading organisation.</summary>
    public Result Endorse(Guid? organisationId, Guid memberId, DateTimeOffset now)
    {
        if (organisationId is null) return ProjectsErrors.NoOrganisation;
        if (!IsActive(now)) return IsExpired(now) ? ProjectsErrors.Expired : ProjectsErrors.NotPublished;
        if (organisationId == OrganisationId) return ProjectsErrors.OwnOrganisation;
        if (_endorsements.Any(e => e.OrganisationId == organisationId)) return ProjectsErrors.EndorsedTwice;
        _endorsements.Add(new Endorsement(Id, organisationId.Value, memberId, now));
        return Result.Success();
    }

    public Result AddAttachment(Guid authorId, Guid documentId, string fileName, DateTimeOffset now)
    {
        if (authorId != AuthorId) return ProjectsErrors.NotAuthor;
        if (Status == ListingStatus.Archived) return ProjectsErrors.Archived;
        if (IsExpired(now)) return ProjectsErrors.Expired;
        if (_attachments.Any(a => a.DocumentId == documentId)) return Result.Success();
        if (_attachments.Count >= MaxAttachments) return ProjectsErrors.TooManyAttachments;
        _attachments.Add(ListingAttachment.Create(Id, documentId, fileName, now));
        UpdatedAt = now;
        return Result.Success();
    }

    private void Apply(ListingContent content)
    {
        Kind = content.Kind;
        Direction = content.Direction;
        TitleUk = content.TitleUk;
        TitleEn = content.TitleEn;
        DescriptionUk = content.DescriptionUk;
        DescriptionEn = content.DescriptionEn;
        DevelopmentStatus = content.DevelopmentStatus;
        Maintenance = content.Maintenance;
        Licence = content.Licence;
        RepositoryUrl = content.RepositoryUrl;
        PlatformList = Join(content.Platforms);
        CategoryList = Join(content.Categories);
        ContactName = content.ContactName;
        ContactEmail = content.ContactEmail;
        BudgetMin = content.BudgetMin;
        BudgetMax = content.BudgetMax;
        Levels = content.Levels;
        RegionList = Join(content.RegionCodes);
        ReadinessList = Join(content.ReadinessCodes);
    }

    private static string Join(IReadOnlyList<string> items) => string.Join('\n', items);

    private static string[] Split(string list) => list.Length == 0 ? [] : list.Split('\n');
}
