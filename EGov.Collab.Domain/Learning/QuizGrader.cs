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
/// answers to questions the quiz does not have are ignored. A true/false question is graded as a single choice. A
/// matching question is right when every left-hand text is paired with its own right-hand match (or one with the same
/// wording); a missing or wrong pair scores nothing.
/// </summary>
public static class QuizGrader
{
    /// <param name="answers">Selected option ids by question id.</param>
    /// <param name="matches">For matching questions, by question id: for each left-hand option id, the option id whose match was picked.</param>
    public static QuizGrade Grade(Quiz quiz, IReadOnlyDictionary<Guid, IReadOnlySet<Guid>> answers,
        IReadOnlyDictionary<Guid, IReadOnlyDictionary<Guid, Guid>>? matches = null)
    {
        ArgumentNullException.ThrowIfNull(quiz);
        ArgumentNullException.ThrowIfNull(answers);
        var scores = quiz.Questions
            .Select(q => new QuestionScore(q.Id, q.Kind == QuestionKind.Matching
                ? matches is not null && matches.TryGetValue(q.Id, out var pairs) && IsMatched(q, pairs)
                : answers.TryGetValue(q.Id, out var selected) && selected.SetEquals(q.CorrectOptionIds)))
            .ToList();
        var correct = scores.Count(s => s.IsCorrect);
        var total = scores.Count;
        var percent = Math.Round(100m * correct / total, 2, MidpointRounding.AwayFromZero);
        // Compared in whole numbers so 2 of 3 (66.67 %) against a pass mark of 67 % is not decided by rounding.
        var passed = correct * 100 >= quiz.PassMarkPercent * total;
        return new QuizGrade(scores, correct, total, percent, passed);
    }

    private static bool IsMatched(QuizQuestion question, IReadOnlyDictionary<Guid, Guid> pairs) =>
        question.Options.All(left => pairs.TryGetValue(left.Id, out var picked)
            && question.Options.FirstOrDefault(o => o.Id == picked) is { } right
            && string.Equals(right.Match?.Trim(), left.Match?.Trim(), StringComparison.Ordinal));
}
