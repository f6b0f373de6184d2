namespace EGov.Collab.Domain.Learning;

public sealed record QuizOption(Guid Id, string Text, bool IsCorrect);

public sealed record QuizQuestion(Guid Id, string Text, QuestionKind Kind, IReadOnlyList<QuizOption> Options)
{
    // Computed, not stored: a stored set would go stale when a copy is made with `with { Options = ... }`.
    public IReadOnlySet<Guid> CorrectOptionIds => Options.Where(o => o.IsCorrect).Select(o => o.Id).ToHashSet();
}
