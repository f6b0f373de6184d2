namespace EGov.Collab.Domain.Learning;

/// <param name="Match">For a matching question, the right-hand side paired with <paramref name="Text"/>; null otherwise.</param>
public sealed record QuizOption(Guid Id, string Text, bool IsCorrect, string? Match = null);

public sealed record QuizQuestion(Guid Id, string Text, QuestionKind Kind, IReadOnlyList<QuizOption> Options)
{
    public const int TextMaxLength = 1000;
    public const int MaxOptions = 12;

    // Computed, not stored: a stored set would go stale when a copy is made with `with { Options = ... }`.
    public IReadOnlySet<Guid> CorrectOptionIds => Options.Where(o => o.IsCorrect).Select(o => o.Id).ToHashSet();
}
