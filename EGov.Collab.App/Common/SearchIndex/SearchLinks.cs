using System.Globalization;

namespace EGov.Collab.App.Common.SearchIndex;

/// <summary>Links to the results page, with the facets and page in the query string.</summary>
public static class SearchLinks
{
    public static string For(string query, string? module = null, int? year = null, string? language = null, int page = 1)
    {
        var parts = new List<string> { "q=" + Uri.EscapeDataString(query) };
        if (!string.IsNullOrEmpty(module)) parts.Add("module=" + Uri.EscapeDataString(module));
        if (year is { } y) parts.Add("year=" + y.ToString(CultureInfo.InvariantCulture));
        if (!string.IsNullOrEmpty(language)) parts.Add("lang=" + Uri.EscapeDataString(language));
        if (page > 1) parts.Add("page=" + page.ToString(CultureInfo.InvariantCulture));
        return "/search?" + string.Join('&', parts);
    }
}
