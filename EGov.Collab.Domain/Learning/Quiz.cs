using EGov.Collab.Domain.Common;

namespace EGov.Collab.Domain.Learning;

/// <summary>
/// A quiz as its author set it up: the questions, the pass mark in percent of questions answered correctly, how many
/// attempts a learner has, and whether questions and options are shown in a per-learner shuffled order.
/// </summary>
public sealed record Quiz
{
    private Quiz(Guid id, string title, IReadOnlyList<QuizQuestion> questions, int passMarkPercent, int attemptLimit,
        bool shuffleQuestions, bool shuffleOptions)
    {
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

    public static Result<Quiz> Create(Guid id, string title, IReadOnlyList<QuizQuestion> questions, int passMarkPercent,
        int attemptLimit, bool shuffleQuestions = true, bool shuffleOptions = true)
    {
        if (string.IsNullOrWhiteSpace(title)) return CommonErrors.Required("Title");
        if (questions is null || questions.Count == 0) return LearningErrors.QuizNoQuestions;
        if (passMarkPercent is < 1 or > 100) return LearningErrors.PassMarkOutOfRange;
        if (attemptLimit < 1) return LearningErrors.AttemptLimitInvalid;
        foreach (var question in questions)
        {
            var refusal = Check(question);
            if (refusal is not null) return refusal;
        }
        return new Quiz(id, title.Trim(), [.. questions], passMarkPercent, attemptLimit, shuffleQuestions, shuffleOptions);
    }

    private static Error? Check(QuizQuestion question)
    {
        if (string.IsNullOrWhiteSpace(question.Text)) return CommonErrors.Required("Text");
        if (question.Options.Count < 2) return LearningErrors.QuestionTooFewOptions;
        var correct = question.CorrectOptionIds.Count;
        return question.Kind switch
        {
            QuestionKind.SingleChoice when correct != 1 => LearningErrors.SingleChoiceNeedsOneCorrect,
            QuestionKind.MultipleChoice when correct == 0 => LearningErrors.MultipleChoiceNeedsCorrect,
            _ => null,
        };
    }
}
