using EGov.Collab.Domain.Common;

namespace EGov.Collab.Domain.Library;

/// <summary>
/// A deposited work: its Dublin Core, its file versions and where it stands in the review workflow. It receives its
/// persistent identifier (<see cref="PersistentId"/>) when a librarian accepts it, and keeps it for ever, through new file
/// versions and withdrawal.
/// </summary>
public sealed class LibraryItem
{
    public const int CommentMaxLength = 2000;

    private readonly List<LibraryAgent> _agents = [];
    private readonly List<LibrarySubject> _subjects = [];
    private readonly List<LibraryFile> _files = [];

    private LibraryItem()
    {
        TitleUk = TitleEn = AlternativeTitle = AbstractUk = AbstractEn = Publisher = Language = Relation = LicenceUri = "";
    }

    public Guid Id { get; private set; }
    public Guid CollectionId { get; private set; }
    public Guid SubmitterId { get; private set; }
    public LibraryItemStatus Status { get; private set; }

    /// <summary>Year and number of the persistent identifier, set once on acceptance.</summary>
    public int? IdentifierYear { get; private set; }
    public int? IdentifierNumber { get; private set; }

    public string TitleUk { get; private set; }
    public string TitleEn { get; private set; }
    public string AlternativeTitle { get; private set; }
    public string AbstractUk { get; private set; }
    public string AbstractEn { get; private set; }
    public string Publisher { get; private set; }
    public DateOnly DateIssued { get; private set; }
    public DcmiType Type { get; private set; }
    public string Language { get; private set; }
    public string Relation { get; private set; }
    public Guid? CoverageCommunityId { get; private set; }
    public string LicenceUri { get; private set; }

    /// <summary>Files stay closed until this day (Kyiv calendar); the record itself is public.</summary>
    public DateOnly? EmbargoUntil { get; private set; }

    /// <summary>The librarian's comment on a return, or the reason of a rejection or a withdrawal.</summary>
    public string? Comment { get; private set; }

    public DateTimeOffset SubmittedAt { get; private set; }
    public DateTimeOffset? PublishedAt { get; private set; }
    public DateTimeOffset? WithdrawnAt { get; private set; }

    /// <summary>Last change of anything a harvester sees: the OAI-PMH datestamp.</summary>
    public DateTimeOffset UpdatedAt { get; private set; }

    public IReadOnlyList<LibraryAgent> Agents => _agents;
    public IReadOnlyList<LibrarySubject> Subjects => _subjects;
    public IReadOnlyList<LibraryFile> Files => _files;

    public IEnumerable<string> Creators => _agents.Where(a => a.Role == LibraryAgentRole.Creator).OrderBy(a => a.Position).Select(a => a.Name);
    public IEnumerable<string> Contributors => _agents.Where(a => a.Role == LibraryAgentRole.Contributor).OrderBy(a => a.Position).Select(a => a.Name);
    public IEnumerable<string> SubjectValues => _subjects.OrderBy(s => s.Position).Select(s => s.Value);

    public LibraryFile? CurrentFile => _files.MaxBy(f => f.Number);

    public string? PersistentId => IdentifierYear is { } year && IdentifierNumber is { } number ? Format(year, number) : null;

    /// <summary>Ever public: published now, or withdrawn after having been published (a tombstone, an OAI deleted record).</summary>
    public bool HasBeenPublished => PublishedAt is not null;

    public string Title(string language) => LibraryLanguages.Pick(language, TitleUk, TitleEn);

    public string Abstract(string language) => LibraryLanguages.Pick(language, AbstractUk, AbstractEn);

    public bool IsUnderEmbargo(DateOnly today) => EmbargoUntil is { } until && today < until;

    public static string Format(int year, int number) => $"egov:lib/{year}/{number:D6}";

    public static Result<LibraryItem> Submit(Guid collectionId, Guid submitterId, LibraryMetadata metadata, bool licenceGranted,
        Guid documentId, string fileName, long length, DateTimeOffset now)
    {
        ArgumentNullException.ThrowIfNull(metadata);
        var valid = metadata.Validate(now);
        if (!valid.IsSuccess) return valid.Error!;
        if (!licenceGranted) return LibraryErrors.LicenceNotGranted;
        var item = new LibraryItem
        {
            Id = Guid.CreateVersion7(),
            CollectionId = collectionId,
            SubmitterId = submitterId,
            Status = LibraryItemStatus.Submitted,
            SubmittedAt = now,
            UpdatedAt = now,
        };
        item.Apply(metadata.Normalised());
        item._files.Add(new LibraryFile(item.Id, 1, documentId, fileName, length, submitterId, now));
        return item;
    }

    /// <summary>The submitter corrects a returned item and sends it back for review.</summary>
    public Result Resubmit(Guid collectionId, LibraryMetadata metadata, bool licenceGranted, DateTimeOffset now)
    {
        ArgumentNullException.ThrowIfNull(metadata);
        if (Status != LibraryItemStatus.Returned) return LibraryErrors.NotReturned;
        var valid = metadata.Validate(now);
        if (!valid.IsSuccess) return valid;
        if (!licenceGranted) return LibraryErrors.LicenceNotGranted;
        CollectionId = collectionId;
        Apply(metadata.Normalised());
        Status = LibraryItemStatus.Submitted;
        SubmittedAt = UpdatedAt = now;
        return Result.Success();
    }

    /// <summary>A librarian corrects the metadata of a submitted or published item.</summary>
    public Result Edit(Guid collectionId, LibraryMetadata metadata, DateTimeOffset now)
    {
        ArgumentNullException.ThrowIfNull(metadata);
        if (Status is LibraryItemStatus.Withdrawn or LibraryItemStatus.Rejected) return LibraryErrors.AlreadyWithdrawn;
        var valid = metadata.Validate(now);
        if (!valid.IsSuccess) return valid;
        CollectionId = collectionId;
        Apply(metadata.Normalised());
        UpdatedAt = now;
        return Result.Success();
    }

    /// <summary>
    /// Publishes the item under <see cref="Format"/>(<paramref name="year"/>, <paramref name="number"/>), the next free
    /// number of the year (the database's unique key is the arbiter), optionally with its files under embargo.
    /// </summary>
    public Result Accept(int year, int number, DateOnly? embargoUntil, DateTimeOffset now, DateOnly today)
    {
        if (Status != LibraryItemStatus.Submitted) return LibraryErrors.NotAwaitingReview;
        if (embargoUntil is { } until && until <= today) return LibraryErrors.EmbargoInPast;
        ArgumentOutOfRangeException.ThrowIfLessThan(number, 1);
        IdentifierYear ??= year;
        IdentifierNumber ??= number;
        EmbargoUntil = embargoUntil;
        Status = LibraryItemStatus.Published;
        Comment = null;
        PublishedAt = UpdatedAt = now;
        return Result.Success();
    }

    public Result Return(string comment, DateTimeOffset now) => Decide(LibraryItemStatus.Returned, comment, now);

    public Result Reject(string reason, DateTimeOffset now) => Decide(LibraryItemStatus.Rejected, reason, now);

    public Result Withdraw(string reason, DateTimeOffset now)
    {
        if (Status == LibraryItemStatus.Withdrawn) return LibraryErrors.AlreadyWithdrawn;
        if (Status != LibraryItemStatus.Published) return LibraryErrors.NotPublished;
        var checkedReason = CheckComment(reason);
        if (!checkedReason.IsSuccess) return checkedReason;
        Status = LibraryItemStatus.Withdrawn;
        Comment = reason.Trim();
        WithdrawnAt = UpdatedAt = now;
        return Result.Success();
    }

    /// <summary>A new file version: the item keeps its identifier, earlier versions stay listed.</summary>
    public Result<LibraryFile> AddVersion(Guid documentId, string fileName, long length, Guid addedBy, DateTimeOffset now)
    {
        if (Status is LibraryItemStatus.Withdrawn or LibraryItemStatus.Rejected) return LibraryErrors.AlreadyWithdrawn;
        if (_files.Any(f => f.DocumentId == documentId)) return LibraryErrors.DuplicateFile;
        var file = new LibraryFile(Id, _files.Count == 0 ? 1 : _files.Max(f => f.Number) + 1, documentId, fileName, length, addedBy, now);
        _files.Add(file);
        UpdatedAt = now;
        return file;
    }

    private Result Decide(LibraryItemStatus status, string comment, DateTimeOffset now)
    {
        if (Status != LibraryItemStatus.Submitted) return LibraryErrors.NotAwaitingReview;
        var checkedComment = CheckComment(comment);
        if (!checkedComment.IsSuccess) return checkedComment;
        Status = status;
        Comment = comment.Trim();
        UpdatedAt = now;
        return Result.Success();
    }

    private static Result CheckComment(string? comment)
    {
        if (string.IsNullOrWhiteSpace(comment)) return CommonErrors.Required(nameof(Comment));
        if (comment.Trim().Length > CommentMaxLength) return CommonErrors.TooLong(nameof(Comment));
        return Result.Success();
    }

    private void Apply(LibraryMetadata m)
    {
        TitleUk = m.TitleUk;
        TitleEn = m.TitleEn;
        AlternativeTitle = m.AlternativeTitle;
        AbstractUk = m.AbstractUk;
        AbstractEn = m.AbstractEn;
        Publisher = m.Publisher;
        DateIssued = m.DateIssued!.Value;
        Type = m.Type;
        Language = m.Language;
        Relation = m.Relation;
        CoverageCommunityId = m.CoverageCommunityId;
        LicenceUri = LibraryLicences.FindByUri(m.LicenceUri)!.Uri;
        _agents.Clear();
        _agents.AddRange(m.Creators.Select((name, i) => new LibraryAgent(Id, LibraryAgentRole.Creator, i, name)));
        _agents.AddRange(m.Contributors.Select((name, i) => new LibraryAgent(Id, LibraryAgentRole.Contributor, m.Creators.Count + i, name)));
        _subjects.Clear();
        _subjects.AddRange(m.Subjects.Select((value, i) => new LibrarySubject(Id, i, value)));
    }

    /// <summary>The metadata as a form edits it.</summary>
    public LibraryMetadata Metadata() => new(TitleUk, TitleEn, AlternativeTitle, [.. Creators], [.. Contributors], [.. SubjectValues],
        AbstractUk, AbstractEn, Publisher, DateIssued, Type, Language, Relation, CoverageCommunityId, LicenceUri);
}
