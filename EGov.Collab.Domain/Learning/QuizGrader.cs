namespace EGov.Collab.Domain.Learning;

/// <summary>One question's result: a point when answered exactly right, none otherwise.</summary>
public sealed record QuestionScore(Guid QuestionId, bool IsCorrect)
{
    public int Points => IsCorrect ? 1 : 0;
}

/// <summary>A graded attempt. <see cref="Percent"/> is for display, rounded to two decimals; <see cref="Passed"/> is decided on exact counts.</summary>
public sealed record QuizGrade(IReadOnlyList<QuestionScore> Questions, int Correct, int Total, decimal Percent, bool Passed);

/// <summary>
/// Grades an attempt. Every question is worth one point and is all or nothing: the learner's selected options must be
/// exactly the question's correct options. For a single-choice question that means the one correct option and nothing
/// else; for a multiple-choice question every correct option ticked and no wrong one. There is no partial credit,
/// so ticking everything never scores. Unanswered questions, and options that are not the question's, score nothing;
/// answers to questions the quiz does not have are ignored.
/// </summary>
public static class QuizGrader
{
    /// <param name="answers">Selected option ids by question id.</param>
    public static QuizGrade Grade(Quiz quiz, IReadOnlyDictionary<Guid, IReadOnlySet<Guid>> answers)
    {
        ArgumentNullException.ThrowIfNull(quiz);
        ArgumentNullException.ThrowIfNull(answers);
        var scores = quiz.Questions
            .Select(q => new QuestionScore(q.Id, answers.TryGetValue(q.Id, out var selected) && selected.SetEquals(q.CorrectOptionIds)))
            .ToList();
        var correct = scores.Count(s => s.IsCorrect);
        var total = scores.Count;
        var percent = Math.Round(100m * correct / total, 2, MidpointRounding.AwayFromZero);
        // Compared in whole numbers so 2 of 3 (66.67 %) against a pass mark of 67 % is not decided by rounding.
        var passed = correct * 100 >= quiz.PassMarkPercent * total;
        return new QuizGrade(scores, correct, total, percent, passed);
    }
}
