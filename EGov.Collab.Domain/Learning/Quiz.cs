using EGov.Collab.Domain.Common;

namespace EGov.Collab.Domain.Learning;

/// <summary>
/// A quiz as its author set it up: the questions, the pass mark in percent of questions answered correctly, how many
/// attempts a learner has, whether questions and options are shown in a per-learner shuffled order, and how many
/// questions each attempt draws at random from the bank (0: all of them).
/// </summary>
public sealed record Quiz
{
    public const int MaxQuestions = 200;

    private Quiz(Guid id, string title, IReadOnlyList<QuizQuestion> questions, int passMarkPercent, int attemptLimit,
        bool shuffleQuestions, bool shuffleOptions, int drawCount)
    {
        DrawCount = drawCount;
        Id = id;
        Title = title;
        Questions = questions;
        PassMarkPercent = passMarkPercent;
        AttemptLimit = attemptLimit;
        ShuffleQuestions = shuffleQuestions;
        ShuffleOptions = shuffleOptions;
    }

    public Guid Id { get; }

    public string Title { get; }

    public IReadOnlyList<QuizQuestion> Questions { get; }

    public int PassMarkPercent { get; }

    public int AttemptLimit { get; }

    public bool ShuffleQuestions { get; }

    public bool ShuffleOptions { get; }

    /// <summary>Questions per attempt, drawn from <see cref="Questions"/> (the bank); 0 means every question.</summary>
    public int DrawCount { get; }

    /// <summary>How many questions one attempt has.</summary>
    public int QuestionsPerAttempt => DrawCount == 0 ? Questions.Count : DrawCount;

    public static Result<Quiz> Create(Guid id, string title, IReadOnlyList<QuizQuestion> questions, int passMarkPercent,
        int attemptLimit, bool shuffleQuestions = true, bool shuffleOptions = true, int drawCount = 0)
    {
        if (string.IsNullOrWhiteSpace(title)) return CommonErrors.Required("Title");
        if (questions is null || questions.Count == 0) return LearningErrors.QuizNoQuestions;
        if (questions.Count > MaxQuestions) return CommonErrors.Invalid("Questions");
        if (passMarkPercent is < 1 or > 100) return LearningErrors.PassMarkOutOfRange;
        if (attemptLimit < 1) return LearningErrors.AttemptLimitInvalid;
        if (drawCount < 0 || drawCount > questions.Count) return LearningErrors.DrawCountOutOfRange;
        foreach (var question in questions)
        {
            var refusal = Check(question);
            if (refusal is not null) return refusal;
        }
        return new Quiz(id, title.Trim(), [.. questions], passMarkPercent, attemptLimit, shuffleQuestions, shuffleOptions, drawCount);
    }

    /// <summary>The same quiz limited to the questions one attempt drew, in the bank's order; ids not in the bank are ignored.</summary>
    public Quiz Drawn(IReadOnlyCollection<Guid> questionIds)
    {
        ArgumentNullException.ThrowIfNull(questionIds);
        var drawn = Questions.Where(q => questionIds.Contains(q.Id)).ToList();
        return new Quiz(Id, Title, drawn, PassMarkPercent, AttemptLimit, ShuffleQuestions, ShuffleOptions, 0);
    }

    /// <summary>Why a question cannot be in a quiz, or null. Also used by the editor to point at the question.</summary>
    public static Error? Check(QuizQuestion question)
    {
        ArgumentNullException.ThrowIfNull(question);
        if (string.IsNullOrWhiteSpace(question.Text)) return CommonErrors.Required("Text");
        if (question.Text.Length > QuizQuestion.TextMaxLength) return CommonErrors.TooLong("Text");
        if (question.Options.Count < 2) return LearningErrors.QuestionTooFewOptions;
        if (question.Options.Count > QuizQuestion.MaxOptions) return CommonErrors.Invalid("Options");
        if (question.Options.Any(o => string.IsNullOrWhiteSpace(o.Text) || o.Text.Length > QuizQuestion.TextMaxLength || (o.Match?.Length ?? 0) > QuizQuestion.TextMaxLength))
            return CommonErrors.Required("Options");
        var correct = question.CorrectOptionIds.Count;
        return question.Kind switch
        {
            QuestionKind.SingleChoice when correct != 1 => LearningErrors.SingleChoiceNeedsOneCorrect,
            QuestionKind.MultipleChoice when correct == 0 => LearningErrors.MultipleChoiceNeedsCorrect,
            QuestionKind.TrueFalse when question.Options.Count != 2 || correct != 1 => LearningErrors.TrueFalseNeedsTwoOptions,
            QuestionKind.Matching when question.Options.Any(o => string.IsNullOrWhiteSpace(o.Match)) => LearningErrors.MatchingNeedsPairs,
            _ => null,
        };
    }
}
