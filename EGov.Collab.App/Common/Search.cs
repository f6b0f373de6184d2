using System.Globalization;

namespace EGov.Collab.App.Common;

/// <summary>One result of the global search. <see cref="Section"/> is already localised.</summary>
public sealed record SearchHit(string Section, string Title, string Snippet, string Url);

/// <summary>Each module contributes its own provider; the search page asks them all.</summary>
public interface ISearchProvider
{
    Task<IReadOnlyList<SearchHit>> SearchAsync(string query, CultureInfo culture, int max, CancellationToken cancellationToken);
}

public static class SearchText
{
    public const int QueryMaxLength = 200;

    /// <summary>Case- and accent-insensitive "contains" that works for Ukrainian (SQLite's LIKE folds only ASCII).</summary>
    public static bool Matches(string? text, string query) =>
        text is not null && CultureInfo.InvariantCulture.CompareInfo.IndexOf(text, query, CompareOptions.IgnoreCase | CompareOptions.IgnoreNonSpace) >= 0;

    /// <summary>Up to <paramref name="length"/> characters around the first match.</summary>
    public static string Snippet(string text, string query, int length = 160)
    {
        var at = CultureInfo.InvariantCulture.CompareInfo.IndexOf(text, query, CompareOptions.IgnoreCase | CompareOptions.IgnoreNonSpace);
        if (text.Length <= length) return text;
        var start = Math.Clamp(at - (length / 3), 0, text.Length - length);
        var prefix = start > 0 ? "…" : "";
        var suffix = start + length < text.Length ? "…" : "";
        return prefix + text.Substring(start, length).Trim() + suffix;
    }
}
