using EGov.Collab.Domain.Practices;
using Microsoft.AspNetCore.WebUtilities;

namespace EGov.Collab.App.Practices;

public enum PracticeSort
{
    Newest = 1,
    Title = 2,
    Replications = 3,
    JuryScore = 4,
}

/// <summary>
/// What the catalogue shows, as its query string: <c>?q=черга&amp;technology=T.QUEUE&amp;region=UA46…&amp;proven=1&amp;sort=title</c>.
/// Within one scheme the chosen concepts are alternatives (any of them); across schemes all must hold. A broader concept
/// also matches practices classified under its narrower ones. The page, the CSV and the XLSX read the same query.
/// </summary>
public sealed record PracticeFilter(
    string Text,
    IReadOnlyDictionary<ConceptScheme, IReadOnlyList<string>> Notations,
    IReadOnlyList<string> Regions,
    bool ProvenOnly,
    PracticeSort Sort)
{
    public const int TextMaxLength = 200;
    public const int MaxValuesPerScheme = 50;

    public static readonly PracticeFilter None = new("", new Dictionary<ConceptScheme, IReadOnlyList<string>>(), [], false, PracticeSort.Newest);

    public bool IsEmpty => Text.Length == 0 && Notations.Count == 0 && Regions.Count == 0 && !ProvenOnly;

    public static PracticeFilter Parse(string? queryString)
    {
        var query = QueryHelpers.ParseQuery(queryString);
        var text = query.TryGetValue("q", out var q) ? (q.ToString() ?? "").Trim() : "";
        if (text.Length > TextMaxLength) text = text[..TextMaxLength];
        var notations = new Dictionary<ConceptScheme, IReadOnlyList<string>>();
        foreach (var scheme in ConceptSchemes.All.Where(s => s != ConceptScheme.Region))
        {
            if (!query.TryGetValue(scheme.Slug(), out var values)) continue;
            var list = values.Where(v => !string.IsNullOrWhiteSpace(v)).Select(v => v!.Trim()).Distinct(StringComparer.Ordinal).Take(MaxValuesPerScheme).ToList();
            if (list.Count > 0) notations[scheme] = list;
        }
        var regions = query.TryGetValue(ConceptScheme.Region.Slug(), out var r)
            ? r.Where(EGov.Collab.Domain.Common.Regions.Exists).Select(v => v!).Distinct(StringComparer.Ordinal).ToList()
            : [];
        var proven = query.TryGetValue("proven", out var p) && p.ToString() is "1" or "true";
        var sort = query.TryGetValue("sort", out var s) && Enum.TryParse<PracticeSort>(s, ignoreCase: true, out var parsed) && Enum.IsDefined(parsed)
            ? parsed
            : PracticeSort.Newest;
        return new PracticeFilter(text, notations, regions, proven, sort);
    }

    public string ToQueryString()
    {
        var pairs = new List<KeyValuePair<string, string?>>();
        if (Text.Length > 0) pairs.Add(new("q", Text));
        foreach (var (scheme, values) in Notations.OrderBy(n => n.Key))
            pairs.AddRange(values.Select(v => new KeyValuePair<string, string?>(scheme.Slug(), v)));
        pairs.AddRange(Regions.Select(v => new KeyValuePair<string, string?>(ConceptScheme.Region.Slug(), v)));
        if (ProvenOnly) pairs.Add(new("proven", "1"));
        if (Sort != PracticeSort.Newest) pairs.Add(new("sort", Sort.ToString().ToLowerInvariant()));
        return QueryString.Create(pairs).ToUriComponent();
    }

    public bool Has(ConceptScheme scheme, string notation) =>
        scheme == ConceptScheme.Region ? Regions.Contains(notation) : Notations.TryGetValue(scheme, out var values) && values.Contains(notation);

    /// <summary>The filter with <paramref name="notation"/> of <paramref name="scheme"/> switched on or off.</summary>
    public PracticeFilter Toggle(ConceptScheme scheme, string notation)
    {
        if (scheme == ConceptScheme.Region)
            return this with { Regions = Regions.Contains(notation) ? Regions.Where(r => r != notation).ToList() : [.. Regions, notation] };
        var copy = Notations.ToDictionary(n => n.Key, n => n.Value);
        var current = copy.TryGetValue(scheme, out var values) ? values : [];
        var next = current.Contains(notation) ? current.Where(v => v != notation).ToList() : [.. current, notation];
        if (next.Count == 0) copy.Remove(scheme);
        else copy[scheme] = next;
        return this with { Notations = copy };
    }
}
