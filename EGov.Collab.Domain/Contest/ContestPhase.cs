namespace EGov.Collab.Domain.Contest;

/// <summary>A nomination's phases, in order. <see cref="Preparation"/> is before registration opens.</summary>
public enum ContestPhase
{
    Preparation = 0,
    Registration = 1,
    ExpertReview = 2,
    JuryScoring = 3,
    PublicEvaluation = 4,
    Results = 5,
}

/// <summary>When each phase starts. A phase lasts until the next one starts; Results lasts for ever.</summary>
public sealed record PhaseSchedule(
    DateTimeOffset RegistrationStartsAt,
    DateTimeOffset ExpertReviewStartsAt,
    DateTimeOffset JuryScoringStartsAt,
    DateTimeOffset PublicEvaluationStartsAt,
    DateTimeOffset ResultsStartsAt)
{
    /// <summary>The phases must start in order (equal dates would leave a phase with no time at all).</summary>
    public bool IsOrdered =>
        RegistrationStartsAt < ExpertReviewStartsAt && ExpertReviewStartsAt < JuryScoringStartsAt
        && JuryScoringStartsAt < PublicEvaluationStartsAt && PublicEvaluationStartsAt < ResultsStartsAt;

    /// <summary>Registration closes when expert review starts.</summary>
    public DateTimeOffset RegistrationDeadline => ExpertReviewStartsAt;

    public DateTimeOffset StartOf(ContestPhase phase) => phase switch
    {
        ContestPhase.Registration => RegistrationStartsAt,
        ContestPhase.ExpertReview => ExpertReviewStartsAt,
        ContestPhase.JuryScoring => JuryScoringStartsAt,
        ContestPhase.PublicEvaluation => PublicEvaluationStartsAt,
        ContestPhase.Results => ResultsStartsAt,
        _ => DateTimeOffset.MinValue,
    };

    /// <summary>The phase the dates say it is at <paramref name="now"/>.</summary>
    public ContestPhase PhaseAt(DateTimeOffset now) =>
        now >= ResultsStartsAt ? ContestPhase.Results
        : now >= PublicEvaluationStartsAt ? ContestPhase.PublicEvaluation
        : now >= JuryScoringStartsAt ? ContestPhase.JuryScoring
        : now >= ExpertReviewStartsAt ? ContestPhase.ExpertReview
        : now >= RegistrationStartsAt ? ContestPhase.Registration
        : ContestPhase.Preparation;
}

/// <summary>What each phase allows. The stored phase decides (the job moves it on its dates, an administrator by hand).</summary>
public static class PhaseRules
{
    public static bool IsRegistrationOpen(ContestPhase phase, PhaseSchedule schedule, DateTimeOffset now) =>
        phase == ContestPhase.Registration && now < schedule.RegistrationDeadline;

    public static bool IsExpertReviewOpen(ContestPhase phase) =>
        phase is ContestPhase.ExpertReview or ContestPhase.JuryScoring;

    public static bool IsScoringOpen(ContestPhase phase, bool locked) => phase == ContestPhase.JuryScoring && !locked;

    public static bool IsVotingOpen(ContestPhase phase) => phase == ContestPhase.PublicEvaluation;
}
