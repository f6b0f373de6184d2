namespace EGov.Collab.Domain.Learning;

/// <summary>What a learner sees of a graded attempt, as the quiz's author set it (Moodle's "review options").</summary>
public enum QuizReview
{
    /// <summary>Which questions were answered right and which wrong, after every attempt. Quizzes from before the setting have it.</summary>
    RightOrWrong,

    /// <summary>Only the score: the quiz is an exam whose questions should not be learnt from the review.</summary>
    ScoreOnly,

    /// <summary>Right or wrong after every attempt, and the correct answers once the learner has passed or has no attempts left.</summary>
    CorrectAnswers,
}

/// <summary>What one attempt's review shows.</summary>
public enum QuizReviewShown
{
    Score,
    RightOrWrong,
    CorrectAnswers,
}

public static class QuizReviews
{
    /// <summary>
    /// The correct answers are never shown while the learner may still try again without having passed: they would
    /// turn the next attempt into copying.
    /// </summary>
    public static QuizReviewShown Shown(QuizReview review, bool passed, int remainingAttempts) => review switch
    {
        QuizReview.ScoreOnly => QuizReviewShown.Score,
        QuizReview.CorrectAnswers when passed || remainingAttempts <= 0 => QuizReviewShown.CorrectAnswers,
        _ => QuizReviewShown.RightOrWrong,
    };
}
