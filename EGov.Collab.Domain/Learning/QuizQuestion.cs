namespace EGov.Collab.Domain.Learning;

public sealed record QuizOption(Guid Id, string Text, bool IsCorrect);

public sealed record QuizQuestion(Guid Id, string Text, QuestionKind Kind, IReadOnlyList<QuizOption> Options)
{
    public IReadOnlySet<Guid> CorrectOptionIds { get; } = Options.Where(o => o.IsCorrect).Select(o => o.Id).ToHashSet();
}
