using EGov.Collab.Domain.Common;

namespace EGov.Collab.Domain.Drafting;

/// <summary>
/// A draft act's metadata and its consultation phase. Its text lives in the operation log (IDraftEditing): here only
/// what the group decides about it.
/// </summary>
public sealed class Draft
{
    public const int TitleMaxLength = 300;

    private Draft()
    {
        Title = "";
    }

    public Guid Id { get; private set; }
    public Guid GroupId { get; private set; }
    public DraftKind Kind { get; private set; }
    public string Title { get; private set; }
    public Guid CreatedBy { get; private set; }
    public DateTimeOffset CreatedAt { get; private set; }

    /// <summary>The revision opened to the public, while a consultation runs or after it closed.</summary>
    public long? ConsultationRevision { get; private set; }
    public DateTimeOffset? ConsultationOpenedAt { get; private set; }
    public DateTimeOffset? ConsultationDeadline { get; private set; }
    public DateTimeOffset? ConsultationClosedAt { get; private set; }
    /// <summary>Until when the public may propose amendments (comments run to the end of the consultation).</summary>
    public DateTimeOffset? AmendmentDeadline { get; private set; }
    /// <summary>When the reminder that the amendment deadline approaches went out (once per consultation; set by the job's claim).</summary>
    public DateTimeOffset? AmendmentReminderSentAt { get; private set; }

    public static Result<Draft> Create(Guid groupId, DraftKind kind, string title, Guid createdBy, DateTimeOffset now)
    {
        title = (title ?? "").Trim();
        if (title.Length == 0) return CommonErrors.Required("title");
        if (title.Length > TitleMaxLength) return CommonErrors.TooLong("title");
        if (!Enum.IsDefined(kind)) return CommonErrors.Invalid("kind");
        return new Draft { Id = Guid.CreateVersion7(), GroupId = groupId, Kind = kind, Title = title, CreatedBy = createdBy, CreatedAt = now };
    }

    /// <summary>A consultation is open from its opening until its deadline or until it is closed, whichever is first.</summary>
    public bool IsConsultationOpen(DateTimeOffset now) =>
        ConsultationOpenedAt is not null && ConsultationClosedAt is null && ConsultationDeadline > now;

    /// <summary>
    /// Opens a consultation on a revision until <paramref name="deadline"/>; amendments from the public are taken until
    /// <paramref name="amendmentDeadline"/> (at the latest the end of the consultation, which is the default).
    /// </summary>
    public Result OpenConsultation(long revision, DateTimeOffset deadline, DateTimeOffset now, DateTimeOffset? amendmentDeadline = null)
    {
        if (IsConsultationOpen(now)) return DraftingErrors.ConsultationAlreadyOpen;
        if (deadline <= now) return DraftingErrors.DeadlineInPast;
        if (amendmentDeadline is { } until && (until <= now || until > deadline)) return DraftingErrors.AmendmentDeadlineOutside;
        ArgumentOutOfRangeException.ThrowIfNegative(revision);
        ConsultationRevision = revision;
        ConsultationOpenedAt = now;
        ConsultationDeadline = deadline;
        ConsultationClosedAt = null;
        AmendmentDeadline = amendmentDeadline ?? deadline;
        AmendmentReminderSentAt = null;
        return Result.Success();
    }

    /// <summary>The public may propose amendments: the consultation is open and its amendment deadline has not passed.</summary>
    public bool AcceptsPublicAmendments(DateTimeOffset now) =>
        IsConsultationOpen(now) && (AmendmentDeadline is null || now < AmendmentDeadline);

    /// <summary>The amendment deadline is within <paramref name="lead"/> and nobody has been reminded yet.</summary>
    public bool AmendmentReminderDue(DateTimeOffset now, TimeSpan lead) =>
        AcceptsPublicAmendments(now) && AmendmentReminderSentAt is null && AmendmentDeadline is { } until && until - lead <= now;

    /// <summary>Closes a running consultation (at its deadline, or early by the chair). Closing twice is refused, so a job run twice notifies once.</summary>
    public Result CloseConsultation(DateTimeOffset now)
    {
        if (ConsultationOpenedAt is null || ConsultationClosedAt is not null) return DraftingErrors.ConsultationNotOpen;
        ConsultationClosedAt = now < ConsultationDeadline ? now : ConsultationDeadline;
        return Result.Success();
    }

    public void Rename(string title)
    {
        title = (title ?? "").Trim();
        if (title.Length is > 0 and <= TitleMaxLength) Title = title;
    }
}
