namespace EGov.Collab.Domain.Projects;

/// <summary>A readiness component of one body: its score and the national average (both 0–100).</summary>
public sealed record ComponentGap(string Code, decimal Score, decimal NationalAverage)
{
    public decimal Gap => Score - NationalAverage;
}

/// <summary>A listing as matching sees it: its id and the readiness codes it improves.</summary>
public sealed record MatchCandidate(Guid ListingId, IReadOnlyList<string> ReadinessCodes, DateTimeOffset PublishedAt);

/// <param name="Component">The weakest of the body's components the listing improves.</param>
/// <param name="Position">That component's place among the body's components, weakest first (0 = the weakest).</param>
public sealed record ListingMatch(Guid ListingId, string Component, int Position, int ComponentsAddressed);

/// <summary>
/// Orders listings for a body with readiness results: those improving its weakest components come first. Weakness is the
/// component's score against the national average (furthest below first, then the lower score); an indicator code
/// (<c>SERV.1</c>) counts for its component. Listings improving none of the body's components are left out.
/// </summary>
public static class ListingMatcher
{
    public static IReadOnlyList<ListingMatch> Rank(IReadOnlyList<ComponentGap> components, IEnumerable<MatchCandidate> candidates)
    {
        var order = components.OrderBy(c => c.Gap).ThenBy(c => c.Score).ThenBy(c => c.Code, StringComparer.Ordinal)
            .Select((c, i) => (c.Code, Position: i))
            .ToDictionary(c => c.Code, c => c.Position, StringComparer.OrdinalIgnoreCase);
        var matches = new List<(ListingMatch Match, DateTimeOffset PublishedAt)>();
        foreach (var candidate in candidates)
        {
            var positions = ListingContent.Components(candidate.ReadinessCodes)
                .Where(order.ContainsKey)
                .Select(code => (Code: code.ToUpperInvariant(), Position: order[code]))
                .OrderBy(p => p.Position)
                .ToList();
            if (positions.Count == 0) continue;
            matches.Add((new ListingMatch(candidate.ListingId, positions[0].Code, positions[0].Position, positions.Count), candidate.PublishedAt));
        }
        return matches
            .OrderBy(m => m.Match.Position)
            .ThenByDescending(m => m.Match.ComponentsAddressed)
            .ThenByDescending(m => m.PublishedAt)
            .Select(m => m.Match)
            .ToList();
    }
}
