using EGov.Collab.Domain.Common;

namespace EGov.Collab.Domain.Cities;

/// <summary>The communities picked for a side-by-side comparison: two to four distinct KATOTTG codes.</summary>
public static class CityComparison
{
    public const int Min = 2;
    public const int Max = 4;

    /// <summary>Reads a comma-separated list of codes (as in <c>/cities/compare?codes=UA…,UA…</c>).</summary>
    public static Result<IReadOnlyList<string>> Parse(string? codes)
    {
        var list = (codes ?? "").Split(',', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries)
            .Select(c => c.ToUpperInvariant()).Distinct(StringComparer.Ordinal).ToList();
        if (list.Any(c => !Community.IsValidKatottg(c))) return new Error("Cities.Compare.BadCode", "codes");
        if (list.Count is < Min or > Max) return new Error("Cities.Compare.Count", "codes");
        return list;
    }
}
