namespace EGov.Collab.Domain.Readiness;

/// <summary>
/// Compares this year's ranking with last year's, matching bodies by id. The index is relative to the field of its year
/// (min–max across bodies), so an index delta says how a body moved against the others, not absolute progress.
/// </summary>
public static class YearOnYear
{
    public static IReadOnlyList<RankChange> Compare(IReadOnlyList<RankedBody> current, IReadOnlyList<RankedBody> previous)
    {
        ArgumentNullException.ThrowIfNull(current);
        ArgumentNullException.ThrowIfNull(previous);

        var last = new Dictionary<Guid, RankedBody>();
        foreach (var entry in previous)
            if (!last.TryAdd(entry.Body.Id, entry)) throw new ArgumentException($"Body {entry.Body.Id} appears twice.", nameof(previous));

        return [.. current.Select(now => last.TryGetValue(now.Body.Id, out var before)
            ? new RankChange(now.Body.Id, now.Rank, before.Rank - now.Rank, now.Body.Composite - before.Body.Composite)
            : new RankChange(now.Body.Id, now.Rank, null, null))];
    }
}
