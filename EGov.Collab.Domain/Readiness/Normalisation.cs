namespace EGov.Collab.Domain.Readiness;

public enum NormalisationMethod
{
    MinMax,
    ZScoreRescaled,
}

/// <summary>
/// Puts one component's scores of all bodies on a common 0..1 scale, relative to the field (as the UN EGDI does).
/// When every body has the same value there is no spread to rank on: every body gets 1.0, not 0, because nobody is
/// behind anyone and a 0 would read as "worst" in a report (and a single body assessed alone is, trivially, the best).
/// </summary>
public static class Normalisation
{
    public static double[] Apply(NormalisationMethod method, IReadOnlyList<double> values) => method switch
    {
        NormalisationMethod.MinMax => MinMax(values),
        NormalisationMethod.ZScoreRescaled => ZScoreRescaled(values),
        _ => throw new ArgumentOutOfRangeException(nameof(method), method, null),
    };

    /// <summary>(x − min) / (max − min); all equal → 1.0 each.</summary>
    public static double[] MinMax(IReadOnlyList<double> values)
    {
        Check(values);
        if (values.Count == 0) return [];
        var min = values.Min();
        var max = values.Max();
        if (max == min) return [.. values.Select(_ => 1d)];
        var range = max - min;
        return [.. values.Select(x => (x - min) / range)];
    }

    /// <summary>
    /// EGDI: z = (x − mean) / population SD, then min–max of the z-scores to 0..1; SD 0 → 1.0 each. Note that z is an
    /// increasing linear map of x, so on one list this equals <see cref="MinMax"/> up to rounding noise: the z-score
    /// step changes results only where z-scores are combined before rescaling (EGDI does so for sub-indicators).
    /// </summary>
    public static double[] ZScoreRescaled(IReadOnlyList<double> values)
    {
        Check(values);
        if (values.Count == 0) return [];
        var mean = values.Average();
        var variance = values.Sum(x => (x - mean) * (x - mean)) / values.Count;
        var sd = Math.Sqrt(variance);
        if (sd == 0d || values.Min() == values.Max()) return [.. values.Select(_ => 1d)];
        return MinMax([.. values.Select(x => (x - mean) / sd)]);
    }

    private static void Check(IReadOnlyList<double> values)
    {
        ArgumentNullException.ThrowIfNull(values);
        if (values.Any(x => !double.IsFinite(x))) throw new ArgumentException("Scores must be finite numbers.", nameof(values));
    }
}
