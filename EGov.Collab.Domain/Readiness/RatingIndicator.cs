namespace EGov.Collab.Domain.Readiness;

/// <summary>One question of the questionnaire and how it counts within its component (weight in percent of the component).</summary>
public sealed record RatingIndicator(string Code, decimal Weight, AnswerScale Scale, bool AnswerRequired = true, bool EvidenceRequired = false)
{
    public AnswerScale Scale { get; } = Scale ?? throw new ArgumentNullException(nameof(Scale));
}
