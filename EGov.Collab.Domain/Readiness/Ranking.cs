namespace EGov.Collab.Domain.Readiness;

/// <summary>
/// Standard competition ranking ("1224"): bodies whose composite indices are equal after rounding to
/// <see cref="IndexRounding.DisplayDecimals"/> decimals share a rank and the next rank skips. Comparing rounded values
/// keeps floating-point noise from splitting a tie a reader sees in the table. Tied bodies are listed by name with the
/// comparer given (culture-aware, e.g. Ukrainian alphabetical order), then by id so the order never depends on input order.
/// </summary>
public static class Ranking
{
    public static IReadOnlyList<RankedBody> Rank(IEnumerable<BodyIndex> bodies, IComparer<string> nameComparer)
    {
        ArgumentNullException.ThrowIfNull(bodies);
        ArgumentNullException.ThrowIfNull(nameComparer);

        var ordered = bodies
            .Select(b => (Body: b ?? throw new ArgumentException("A body is null.", nameof(bodies)), Key: IndexRounding.Round(b.Composite)))
            .OrderByDescending(x => x.Key)
            .ThenBy(x => x.Body.Name, nameComparer)
            .ThenBy(x => x.Body.Id)
            .ToList();

        var ranked = new RankedBody[ordered.Count];
        for (var i = 0; i < ordered.Count; i++)
        {
            var rank = i > 0 && ordered[i].Key == ordered[i - 1].Key ? ranked[i - 1].Rank : i + 1;
            ranked[i] = new RankedBody(ordered[i].Body, rank);
        }
        return ranked;
    }

    /// <summary>Rankings within each group present (ministries and agencies, oblasts, cities, hromadas), on the national index.</summary>
    public static IReadOnlyDictionary<BodyGroup, IReadOnlyList<RankedBody>> RankWithinGroups(IEnumerable<BodyIndex> bodies, IComparer<string> nameComparer)
    {
        ArgumentNullException.ThrowIfNull(bodies);
        ArgumentNullException.ThrowIfNull(nameComparer);
        return bodies.GroupBy(b => b.Group).ToDictionary(g => g.Key, g => Rank(g, nameComparer));
    }
}
