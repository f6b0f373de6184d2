using EGov.Collab.Domain.Common;

namespace EGov.Collab.Domain.Contest;

/// <summary>
/// A nomination of an edition: its phase (moved by the schedule job on its dates, or by an administrator by hand),
/// its jury rules (blind mode, aggregation, disagreement threshold, lock) and its public-vote and result rules.
/// </summary>
public sealed class Nomination
{
    public const int TitleMaxLength = 300;
    public const int DescriptionMaxLength = 4000;
    public const double MaxDisagreementThreshold = 100;

    private Nomination()
    {
        Title = "";
        Description = "";
    }

    public Guid Id { get; private set; }
    public Guid EditionId { get; private set; }
    public string Title { get; private set; }
    public string Description { get; private set; }
    public int Order { get; private set; }
    public ContestPhase Phase { get; private set; }
    /// <summary>The phase the dates gave at the job's last run: the job changes the phase only when a date passes, so a hand move holds until the next date.</summary>
    public ContestPhase ScheduledPhase { get; private set; }
    public DateTimeOffset RegistrationStartsAt { get; private set; }
    public DateTimeOffset ExpertReviewStartsAt { get; private set; }
    public DateTimeOffset JuryScoringStartsAt { get; private set; }
    public DateTimeOffset PublicEvaluationStartsAt { get; private set; }
    public DateTimeOffset ResultsStartsAt { get; private set; }
    public bool BlindMode { get; private set; }
    public JuryAggregation Aggregation { get; private set; }
    public double DisagreementThreshold { get; private set; }
    public int VotesPerMember { get; private set; }
    /// <summary>The jury's share of the final score in per cent; the public has the rest.</summary>
    public int JuryWeight { get; private set; }
    /// <summary>How many files an entry of this nomination may attach (0: none), at most <see cref="AttachmentRules.MaxPerEntry"/>.</summary>
    public int MaxAttachments { get; private set; }
    public DateTimeOffset? ScoringLockedAt { get; private set; }
    public DateTimeOffset? ResultsApprovedAt { get; private set; }
    public Guid? ResultsApprovedById { get; private set; }
    public DateTimeOffset? ResultsPublishedAt { get; private set; }

    public bool IsScoringLocked => ScoringLockedAt is not null;

    public PhaseSchedule Schedule => new(RegistrationStartsAt, ExpertReviewStartsAt, JuryScoringStartsAt, PublicEvaluationStartsAt, ResultsStartsAt);

    public JuryOptions JuryOptions => new(Aggregation, DisagreementThreshold);

    public static Result<Nomination> Create(Guid editionId, string title, string description, int order, PhaseSchedule schedule, DateTimeOffset now)
    {
        ArgumentNullException.ThrowIfNull(schedule);
        if (string.IsNullOrWhiteSpace(title)) return CommonErrors.Required("Title");
        if (title.Length > TitleMaxLength) return CommonErrors.TooLong("Title");
        if ((description ?? "").Length > DescriptionMaxLength) return CommonErrors.TooLong("Description");
        if (!schedule.IsOrdered) return ContestErrors.PhaseOrder;
        var nomination = new Nomination
        {
            Id = Guid.CreateVersion7(),
            EditionId = editionId,
            Title = title.Trim(),
            Description = (description ?? "").Trim(),
            Order = order,
            BlindMode = true,
            Aggregation = JuryAggregation.Mean,
            DisagreementThreshold = 25,
            VotesPerMember = 3,
            JuryWeight = 80,
            MaxAttachments = AttachmentRules.MaxPerEntry,
        };
        nomination.SetSchedule(schedule);
        nomination.Phase = nomination.ScheduledPhase = schedule.PhaseAt(now);
        return nomination;
    }

    public Result Reschedule(PhaseSchedule schedule)
    {
        ArgumentNullException.ThrowIfNull(schedule);
        if (!schedule.IsOrdered) return ContestErrors.PhaseOrder;
        SetSchedule(schedule);
        return Result.Success();
    }

    /// <summary>The job's step: true when a date has passed since the last run and the phase moved with it.</summary>
    public bool ApplySchedule(DateTimeOffset now)
    {
        var due = Schedule.PhaseAt(now);
        if (due == ScheduledPhase) return false;
        ScheduledPhase = due;
        if (Phase == due) return false;
        Phase = due;
        return true;
    }

    /// <summary>An administrator's hand move, forwards or back; the next date passing moves it again.</summary>
    public void MoveTo(ContestPhase phase, DateTimeOffset now)
    {
        if (!Enum.IsDefined(phase)) throw new ArgumentOutOfRangeException(nameof(phase));
        ScheduledPhase = Schedule.PhaseAt(now);
        Phase = phase;
    }

    public Result Configure(bool blindMode, JuryAggregation aggregation, double disagreementThreshold, int votesPerMember, int juryWeight)
    {
        if (!Enum.IsDefined(aggregation)) return CommonErrors.Invalid("Aggregation");
        if (!double.IsFinite(disagreementThreshold) || disagreementThreshold < 0 || disagreementThreshold > MaxDisagreementThreshold)
            return CommonErrors.Invalid("DisagreementThreshold");
        if (votesPerMember is < VoteRules.MinVotesPerMember or > VoteRules.MaxVotesPerMember) return CommonErrors.Invalid("VotesPerMember");
        if (juryWeight is < 0 or > 100) return CommonErrors.Invalid("JuryWeight");
        BlindMode = blindMode;
        Aggregation = aggregation;
        DisagreementThreshold = disagreementThreshold;
        VotesPerMember = votesPerMember;
        JuryWeight = juryWeight;
        return Result.Success();
    }

    /// <summary>Part of the entry form: whether entries take attachments (0: none) and how many.</summary>
    public Result AllowAttachments(int maxAttachments)
    {
        if (maxAttachments is < 0 or > AttachmentRules.MaxPerEntry) return CommonErrors.Invalid(nameof(MaxAttachments));
        MaxAttachments = maxAttachments;
        return Result.Success();
    }

    public Result LockScoring(DateTimeOffset now)
    {
        if (IsScoringLocked) return ContestErrors.ScoringLocked;
        ScoringLockedAt = now;
        return Result.Success();
    }

    public Result ApproveResults(Guid chairId, DateTimeOffset now)
    {
        if (!IsScoringLocked) return ContestErrors.ScoringNotLocked;
        ResultsApprovedAt = now;
        ResultsApprovedById = chairId;
        return Result.Success();
    }

    public Result PublishResults(DateTimeOffset now)
    {
        if (ResultsApprovedAt is null) return ContestErrors.ResultsNotApproved;
        ResultsPublishedAt = now;
        Phase = ContestPhase.Results;
        return Result.Success();
    }

    private void SetSchedule(PhaseSchedule schedule)
    {
        RegistrationStartsAt = schedule.RegistrationStartsAt;
        ExpertReviewStartsAt = schedule.ExpertReviewStartsAt;
        JuryScoringStartsAt = schedule.JuryScoringStartsAt;
        PublicEvaluationStartsAt = schedule.PublicEvaluationStartsAt;
        ResultsStartsAt = schedule.ResultsStartsAt;
    }
}
