namespace EGov.Collab.Domain.Readiness;

public enum AnswerScaleKind
{
    YesNo,
    Ordinal,
    Percentage,
}

/// <summary>
/// How an indicator is answered and how an answer becomes a score in 0..1. Answers are decimals: yes/no is 1 or 0,
/// an ordinal answer a whole number 0..<see cref="Max"/>, a percentage 0..100 (fractions allowed).
/// </summary>
public sealed record AnswerScale
{
    public const int OrdinalMaxLimit = 100;

    private AnswerScale(AnswerScaleKind kind, int max)
    {
        Kind = kind;
        Max = max;
    }

    public AnswerScaleKind Kind { get; }

    /// <summary>The largest answer: 1 for yes/no, N for a 0–N scale, 100 for a percentage.</summary>
    public int Max { get; }

    public static AnswerScale YesNo { get; } = new(AnswerScaleKind.YesNo, 1);

    public static AnswerScale Percentage { get; } = new(AnswerScaleKind.Percentage, 100);

    public static AnswerScale Ordinal(int max)
    {
        ArgumentOutOfRangeException.ThrowIfLessThan(max, 1);
        ArgumentOutOfRangeException.ThrowIfGreaterThan(max, OrdinalMaxLimit);
        return new(AnswerScaleKind.Ordinal, max);
    }

    public bool Contains(decimal answer) => Kind switch
    {
        AnswerScaleKind.Percentage => answer is >= 0m and <= 100m,
        _ => answer >= 0m && answer <= Max && answer == decimal.Truncate(answer),
    };

    /// <summary>The answer's score in 0..1: yes = 1, no = 0, ordinal value/N, percentage/100.</summary>
    public double Score(decimal answer)
    {
        if (!Contains(answer)) throw new ArgumentOutOfRangeException(nameof(answer), answer, $"Outside the scale {this}.");
        return (double)(answer / Max);
    }

    public override string ToString() => Kind switch
    {
        AnswerScaleKind.YesNo => "yes/no",
        AnswerScaleKind.Ordinal => $"0–{Max}",
        _ => "0–100%",
    };
}
