using EGov.Collab.Domain.Common;

namespace EGov.Collab.Domain.Contest;

/// <summary>What an applicant fills in. Drafts may be incomplete; submitting needs every field.</summary>
public sealed record EntryForm(
    Guid NominationId,
    string Title,
    Guid? CommunityId,
    string Description,
    string Results,
    string Costs,
    string Replication,
    string Contacts)
{
    public const int TitleMaxLength = 300;
    public const int TextMaxLength = 8000;
    public const int ContactsMaxLength = 500;

    public Result ValidateDraft()
    {
        if (string.IsNullOrWhiteSpace(Title)) return CommonErrors.Required(nameof(Title));
        if (Title.Length > TitleMaxLength) return CommonErrors.TooLong(nameof(Title));
        foreach (var (field, value) in Texts)
        {
            if ((value ?? "").Length > TextMaxLength) return CommonErrors.TooLong(field);
        }
        return (Contacts ?? "").Length > ContactsMaxLength ? CommonErrors.TooLong(nameof(Contacts)) : Result.Success();
    }

    public Result ValidateForSubmission()
    {
        var draft = ValidateDraft();
        if (!draft.IsSuccess) return draft;
        if (CommunityId is null) return CommonErrors.Required(nameof(CommunityId));
        foreach (var (field, value) in Texts)
        {
            if (string.IsNullOrWhiteSpace(value)) return CommonErrors.Required(field);
        }
        return string.IsNullOrWhiteSpace(Contacts) ? CommonErrors.Required(nameof(Contacts)) : Result.Success();
    }

    private IEnumerable<(string Field, string Value)> Texts =>
    [
        (nameof(Description), Description), (nameof(Results), Results), (nameof(Costs), Costs), (nameof(Replication), Replication),
    ];
}

/// <summary>An entry: drafted and submitted by its applicant, screened by the administrator, scored, voted on, placed.</summary>
public sealed class Entry
{
    public const int ReasonMaxLength = 1000;

    private Entry()
    {
        Title = Description = Results = Costs = Replication = Contacts = "";
    }

    public Guid Id { get; private set; }
    public Guid NominationId { get; private set; }
    public Guid ApplicantId { get; private set; }
    public Guid? OrganisationId { get; private set; }
    public Guid? CommunityId { get; private set; }
    public string Title { get; private set; }
    public string Description { get; private set; }
    public string Results { get; private set; }
    public string Costs { get; private set; }
    public string Replication { get; private set; }
    public string Contacts { get; private set; }
    public EntryStatus Status { get; private set; }
    public string? ScreeningReason { get; private set; }
    public DateTimeOffset CreatedAt { get; private set; }
    public DateTimeOffset UpdatedAt { get; private set; }
    public DateTimeOffset? SubmittedAt { get; private set; }
    /// <summary>The published place (1 = winner); null until results are published.</summary>
    public int? Place { get; private set; }
    /// <summary>Read by the depository of best practices to take winners in.</summary>
    public bool IsWinner { get; private set; }

    public EntryForm Form => new(NominationId, Title, CommunityId, Description, Results, Costs, Replication, Contacts);

    public static Result<Entry> Draft(Guid applicantId, Guid? organisationId, EntryForm form, DateTimeOffset now)
    {
        ArgumentNullException.ThrowIfNull(form);
        var valid = form.ValidateDraft();
        if (!valid.IsSuccess) return valid.Error!;
        var entry = new Entry { Id = Guid.CreateVersion7(), ApplicantId = applicantId, OrganisationId = organisationId, CreatedAt = now, Status = EntryStatus.Draft };
        entry.Apply(form, now);
        return entry;
    }

    public Result Edit(EntryForm form, DateTimeOffset now)
    {
        ArgumentNullException.ThrowIfNull(form);
        if (Status != EntryStatus.Draft) return ContestErrors.EntryAlreadySubmitted;
        var valid = form.ValidateDraft();
        if (!valid.IsSuccess) return valid;
        Apply(form, now);
        return Result.Success();
    }

    public Result Submit(PhaseSchedule schedule, ContestPhase phase, DateTimeOffset now)
    {
        ArgumentNullException.ThrowIfNull(schedule);
        if (Status != EntryStatus.Draft) return ContestErrors.EntryAlreadySubmitted;
        if (!PhaseRules.IsRegistrationOpen(phase, schedule, now)) return ContestErrors.RegistrationClosed;
        var valid = Form.ValidateForSubmission();
        if (!valid.IsSuccess) return valid;
        Status = EntryStatus.Submitted;
        SubmittedAt = UpdatedAt = now;
        return Result.Success();
    }

    public Result Screen(bool eligible, string? reason, DateTimeOffset now)
    {
        if (Status == EntryStatus.Draft) return CommonErrors.Invalid("Status");
        if (!eligible && string.IsNullOrWhiteSpace(reason)) return ContestErrors.ReasonRequired;
        if ((reason ?? "").Length > ReasonMaxLength) return CommonErrors.TooLong("Reason");
        Status = eligible ? EntryStatus.Eligible : EntryStatus.Ineligible;
        ScreeningReason = string.IsNullOrWhiteSpace(reason) ? null : reason.Trim();
        UpdatedAt = now;
        return Result.Success();
    }

    public void SetPlace(int? place)
    {
        Place = place;
        IsWinner = place == 1;
    }

    public EntryProfile Profile => new(Id, OrganisationId, CommunityId, ApplicantId);

    private void Apply(EntryForm form, DateTimeOffset now)
    {
        NominationId = form.NominationId;
        Title = form.Title.Trim();
        CommunityId = form.CommunityId;
        Description = (form.Description ?? "").Trim();
        Results = (form.Results ?? "").Trim();
        Costs = (form.Costs ?? "").Trim();
        Replication = (form.Replication ?? "").Trim();
        Contacts = (form.Contacts ?? "").Trim();
        UpdatedAt = now;
    }
}

public sealed class EntryAttachment
{
    private EntryAttachment()
    {
        FileName = ContentType = StoredName = "";
    }

    public Guid Id { get; private set; }
    public Guid EntryId { get; private set; }
    public string FileName { get; private set; }
    public string ContentType { get; private set; }
    public long Size { get; private set; }
    /// <summary>The file's name in the data folder (the id and extension: never the applicant's own name).</summary>
    public string StoredName { get; private set; }
    public DateTimeOffset UploadedAt { get; private set; }

    public static EntryAttachment Create(Guid entryId, string fileName, long size, DateTimeOffset now)
    {
        var id = Guid.CreateVersion7();
        var extension = Path.GetExtension(fileName).ToLowerInvariant();
        var safeName = Path.GetFileName(fileName);
        if (safeName.Length > AttachmentRules.FileNameMaxLength) safeName = safeName[..AttachmentRules.FileNameMaxLength];
        return new EntryAttachment
        {
            Id = id,
            EntryId = entryId,
            FileName = safeName,
            ContentType = AttachmentRules.Types[extension],
            Size = size,
            StoredName = id.ToString("N") + extension,
            UploadedAt = now,
        };
    }
}
