using EGov.Collab.Domain.Common;

namespace EGov.Collab.Domain.Learning;

/// <summary>
/// A group of learners taking a course between two dates ("the first group of 20 finishes on 30 May"). Learners join by
/// themselves when <see cref="SelfEnrolment"/> is on, or are enrolled by the trainer. After <see cref="ClosesAt"/> no
/// quiz answers are accepted and nobody joins.
/// </summary>
public sealed class Cohort
{
    public const int NameMaxLength = 200;

    private Cohort() => Name = "";

    public Guid Id { get; private set; }
    public Guid CourseId { get; private set; }
    public string Name { get; private set; }
    public CohortKind Kind { get; private set; }
    public DateOnly StartsOn { get; private set; }
    public DateOnly EndsOn { get; private set; }

    /// <summary>The end of <see cref="EndsOn"/> in Kyiv, as an instant.</summary>
    public DateTimeOffset ClosesAt { get; private set; }

    public Guid? TrainerId { get; private set; }
    public string? RegionCode { get; private set; }
    public bool SelfEnrolment { get; private set; }
    public int? Capacity { get; private set; }

    public CertificateKind CertificateKind => Kind == CohortKind.TrainingOfTrainers ? CertificateKind.TrainerConsultant : CertificateKind.CourseCompletion;

    /// <summary>Trainer-led and training-of-trainers cohorts: the trainer may issue certificates and marks attendance.</summary>
    public bool IsTrainerLed => Kind != CohortKind.SelfPaced;

    /// <summary>When a trainer or administrator closed the cohort by hand, before its closing date.</summary>
    public DateTimeOffset? ClosedAt { get; private set; }

    public bool IsClosed(DateTimeOffset now) => ClosedAt is not null || now >= ClosesAt;

    public static Result<Cohort> Create(Guid courseId, string name, CohortKind kind, DateOnly startsOn, DateOnly endsOn,
        DateTimeOffset closesAt, Guid? trainerId, string? regionCode, bool selfEnrolment, int? capacity)
    {
        var refusal = CheckSchedule(name, startsOn, endsOn, closesAt, capacity);
        if (refusal is not null) return refusal;
        if (kind != CohortKind.SelfPaced && trainerId is null) return LearningErrors.TrainerRequired;
        if (kind == CohortKind.TrainerLed && string.IsNullOrWhiteSpace(regionCode)) return LearningErrors.RegionRequired;
        return new Cohort
        {
            Id = Guid.CreateVersion7(),
            CourseId = courseId,
            Name = name.Trim(),
            Kind = kind,
            StartsOn = startsOn,
            EndsOn = endsOn,
            ClosesAt = closesAt,
            TrainerId = trainerId,
            RegionCode = regionCode,
            SelfEnrolment = selfEnrolment,
            Capacity = capacity,
        };
    }

    /// <summary>
    /// The trainer changes the name, dates, capacity or self-enrolment. The kind, trainer and region stay: they decide
    /// which certificates the cohort gives. Capacity may not fall below the learners already in.
    /// </summary>
    public Result Update(string name, DateOnly startsOn, DateOnly endsOn, DateTimeOffset closesAt, bool selfEnrolment, int? capacity, int enrolled)
    {
        var refusal = CheckSchedule(name, startsOn, endsOn, closesAt, capacity);
        if (refusal is not null) return refusal;
        if (capacity is { } limit && limit < enrolled) return LearningErrors.CapacityBelowEnrolled;
        Name = name.Trim();
        StartsOn = startsOn;
        EndsOn = endsOn;
        ClosesAt = closesAt;
        SelfEnrolment = selfEnrolment;
        Capacity = capacity;
        return Result.Success();
    }

    /// <summary>Closes the cohort now: nobody joins and no quiz answers are accepted any more. Closing twice is "already closed".</summary>
    public Result Close(DateTimeOffset now)
    {
        if (ClosedAt is not null) return LearningErrors.CohortAlreadyClosed;
        ClosedAt = now;
        return Result.Success();
    }

    /// <summary>When the cohort stops accepting anything: its closing date, or the moment it was closed by hand if earlier.</summary>
    public DateTimeOffset EffectiveClosesAt => ClosedAt is { } closed && closed < ClosesAt ? closed : ClosesAt;

    private static Error? CheckSchedule(string name, DateOnly startsOn, DateOnly endsOn, DateTimeOffset closesAt, int? capacity)
    {
        if (string.IsNullOrWhiteSpace(name)) return CommonErrors.Required("Name");
        if (name.Trim().Length > NameMaxLength) return CommonErrors.TooLong("Name");
        if (endsOn < startsOn) return LearningErrors.CohortDatesInvalid;
        // Closing before the first day would make a cohort nobody can ever join; the closing instant is the end of a Kyiv day, so never earlier than the start day's UTC midnight.
        if (closesAt < new DateTimeOffset(startsOn.ToDateTime(TimeOnly.MinValue), TimeSpan.Zero)) return LearningErrors.CohortClosingDateInvalid;
        if (capacity is < 1) return CommonErrors.Invalid("Capacity");
        return null;
    }

    /// <summary>Whether a learner may join now, given how many already have.</summary>
    public Result CanEnrol(bool byTrainer, int enrolled, DateTimeOffset now)
    {
        if (IsClosed(now)) return LearningErrors.CohortClosed;
        if (!byTrainer && !SelfEnrolment) return LearningErrors.SelfEnrolmentClosed;
        if (Capacity is { } capacity && enrolled >= capacity) return LearningErrors.CohortFull;
        return Result.Success();
    }
}

/// <summary>A learner in a cohort. Unique per (cohort, learner).</summary>
public sealed class Enrolment
{
    private Enrolment()
    {
    }

    public Guid Id { get; private set; }
    public Guid CohortId { get; private set; }
    public Guid LearnerId { get; private set; }
    public DateTimeOffset EnrolledAt { get; private set; }
    public Guid? EnrolledById { get; private set; }

    public static Enrolment Create(Guid cohortId, Guid learnerId, Guid? enrolledById, DateTimeOffset now) =>
        new() { Id = Guid.CreateVersion7(), CohortId = cohortId, LearnerId = learnerId, EnrolledById = enrolledById, EnrolledAt = now };
}

/// <summary>A learner finished a lesson. Unique per (learner, lesson): progress belongs to the learner, not the cohort.</summary>
public sealed class LessonCompletion
{
    private LessonCompletion()
    {
    }

    public Guid Id { get; private set; }
    public Guid LearnerId { get; private set; }
    public Guid LessonId { get; private set; }
    public DateTimeOffset CompletedAt { get; private set; }

    public static LessonCompletion Create(Guid learnerId, Guid lessonId, DateTimeOffset now) =>
        new() { Id = Guid.CreateVersion7(), LearnerId = learnerId, LessonId = lessonId, CompletedAt = now };
}

/// <summary>A submitted, graded quiz attempt. Unique per (learner, quiz, number), so a double submit counts once.</summary>
public sealed class QuizAttemptRecord
{
    private QuizAttemptRecord()
    {
    }

    public Guid Id { get; private set; }
    public Guid LearnerId { get; private set; }
    public Guid QuizId { get; private set; }
    public int Number { get; private set; }
    public int Correct { get; private set; }
    public int Total { get; private set; }
    public decimal Percent { get; private set; }
    public bool Passed { get; private set; }
    public DateTimeOffset SubmittedAt { get; private set; }

    /// <summary>The questions this attempt drew from the bank, comma-separated; empty for attempts from before the bank (all questions).</summary>
    public string QuestionIds { get; private set; } = "";

    public const int QuestionIdsMaxLength = 37 * 200;

    public IReadOnlyList<Guid> DrawnQuestionIds =>
        QuestionIds.Split(',', StringSplitOptions.RemoveEmptyEntries).Select(Guid.Parse).ToList();

    public static QuizAttemptRecord Create(Guid learnerId, Guid quizId, int number, QuizGrade grade, DateTimeOffset now,
        IReadOnlyList<Guid>? drawnQuestionIds = null)
    {
        ArgumentNullException.ThrowIfNull(grade);
        return new()
        {
            Id = Guid.CreateVersion7(), LearnerId = learnerId, QuizId = quizId, Number = number,
            Correct = grade.Correct, Total = grade.Total, Percent = grade.Percent, Passed = grade.Passed, SubmittedAt = now,
            QuestionIds = string.Join(',', drawnQuestionIds ?? grade.Questions.Select(q => q.QuestionId).ToList()),
        };
    }
}

/// <summary>A learner was present at a trainer-led session on a day. Unique per (cohort, learner, day).</summary>
public sealed class AttendanceMark
{
    private AttendanceMark()
    {
    }

    public Guid Id { get; private set; }
    public Guid CohortId { get; private set; }
    public Guid LearnerId { get; private set; }
    public DateOnly Day { get; private set; }
    public Guid MarkedById { get; private set; }

    public static AttendanceMark Create(Guid cohortId, Guid learnerId, DateOnly day, Guid markedById) =>
        new() { Id = Guid.CreateVersion7(), CohortId = cohortId, LearnerId = learnerId, Day = day, MarkedById = markedById };
}
