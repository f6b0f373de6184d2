using EGov.Collab.Domain.Learning;

namespace EGov.Collab.Tests.Domain.Learning;

/// <summary>Small quizzes for the grading, attempt and shuffle tests.</summary>
internal static class QuizBuilder
{
    public static QuizQuestion Single(string text, int options = 3, int correct = 0) =>
        new(Guid.CreateVersion7(), text, QuestionKind.SingleChoice,
            [.. Enumerable.Range(0, options).Select(i => new QuizOption(Guid.CreateVersion7(), $"{text} {i}", i == correct))]);

    public static QuizQuestion Multiple(string text, int options, params int[] correct) =>
        new(Guid.CreateVersion7(), text, QuestionKind.MultipleChoice,
            [.. Enumerable.Range(0, options).Select(i => new QuizOption(Guid.CreateVersion7(), $"{text} {i}", correct.Contains(i)))]);

    public static Quiz NewQuiz(int passMark = 60, int attemptLimit = 3, bool shuffle = true, params QuizQuestion[] questions) =>
        Quiz.Create(Guid.CreateVersion7(), "Електронне урядування: підсумковий тест", questions, passMark, attemptLimit, shuffle, shuffle).Value;

    public static IReadOnlySet<Guid> Pick(QuizQuestion question, params int[] options) =>
        options.Select(i => question.Options[i].Id).ToHashSet();
}
