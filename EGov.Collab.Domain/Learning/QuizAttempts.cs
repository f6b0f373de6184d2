using EGov.Collab.Domain.Common;

namespace EGov.Collab.Domain.Learning;

/// <summary>Whether a learner may start or submit another attempt at a quiz.</summary>
public static class QuizAttempts
{
    /// <param name="attemptsUsed">Attempts the learner has already submitted.</param>
    /// <param name="cohortClosesAt">When the learner's cohort closes; null for a course without a closing date.</param>
    /// <remarks>Checked both when an attempt starts and when it is submitted: answers sent after closing are refused.</remarks>
    public static Result Check(Quiz quiz, int attemptsUsed, DateTimeOffset? cohortClosesAt, DateTimeOffset now)
    {
        ArgumentNullException.ThrowIfNull(quiz);
        if (cohortClosesAt is { } closes && now >= closes) return LearningErrors.CohortClosed;
        if (attemptsUsed >= quiz.AttemptLimit) return LearningErrors.AttemptLimitReached;
        return Result.Success();
    }

    public static int Remaining(Quiz quiz, int attemptsUsed)
    {
        ArgumentNullException.ThrowIfNull(quiz);
        return Math.Max(0, quiz.AttemptLimit - attemptsUsed);
    }
}
