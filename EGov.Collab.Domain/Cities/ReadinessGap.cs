namespace EGov.Collab.Domain.Cities;

/// <summary>One readiness component of a community's latest result, beside the national average.</summary>
public sealed record ComponentScore(string Code, decimal Score, decimal NationalAverage)
{
    public decimal Gap => Score - NationalAverage;
}

/// <summary>Which readiness components a community should work on first.</summary>
public static class ReadinessGap
{
    public const int WeakestCount = 3;

    /// <summary>
    /// The components furthest below the national average (the lowest scores first among those at or above it), at most
    /// <paramref name="count"/>.
    /// </summary>
    public static IReadOnlyList<ComponentScore> Weakest(IEnumerable<ComponentScore> components, int count = WeakestCount)
    {
        ArgumentNullException.ThrowIfNull(components);
        return components
            .OrderBy(c => c.Gap)
            .ThenBy(c => c.Score)
            .ThenBy(c => c.Code, StringComparer.Ordinal)
            .Take(count)
            .ToList();
    }
}
