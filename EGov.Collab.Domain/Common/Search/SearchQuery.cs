namespace EGov.Collab.Domain.Common.Search;

/// <summary>One word of a query: its stem, and whether the reader asked for every word that begins with it.</summary>
public sealed record SearchTerm(string Word, string Stem, bool IsPrefix);

/// <summary>
/// A reader's query reduced to terms: words only (every operator and punctuation the full-text engines know is dropped,
/// so nothing typed can change the meaning of the engine's query), stop words left out, at most <see cref="MaxTerms"/>.
/// </summary>
public sealed class SearchQuery
{
    public const int MaxLength = 200;
    public const int MaxTerms = 8;

    private SearchQuery(string text, IReadOnlyList<SearchTerm> terms)
    {
        Text = text;
        Terms = terms;
    }

    public string Text { get; }

    public IReadOnlyList<SearchTerm> Terms { get; }

    public static Result<SearchQuery> Parse(string? text, bool lastWordIsPrefix = false)
    {
        text = (text ?? "").Trim();
        if (text.Length == 0) return SearchErrors.EmptyQuery;
        if (text.Length > MaxLength) return SearchErrors.QueryTooLong;
        var words = SearchWords.Split(text).ToList();
        var terms = new List<SearchTerm>();
        foreach (var (word, start, length) in words)
        {
            var end = start + length;
            var starred = end < text.Length && text[end] == '*';
            var isLast = end == text.Length;
            var prefix = starred || (lastWordIsPrefix && isLast);
            if (!prefix && StopWords.Contains(word) && words.Count > 1) continue;
            // A stem is a prefix of its word, so "stem*" also finds every word the partial one begins.
            var stem = SearchWords.Stem(word);
            if (terms.All(t => t.Stem != stem || t.IsPrefix != prefix)) terms.Add(new SearchTerm(word, stem, prefix));
            if (terms.Count == MaxTerms) break;
        }
        return terms.Count == 0 ? SearchErrors.NoWords : new SearchQuery(text, terms);
    }
}

public static class SearchErrors
{
    public static readonly Error EmptyQuery = new("Search.Error.Empty");
    public static readonly Error QueryTooLong = new("Search.Error.TooLong");
    public static readonly Error NoWords = new("Search.Error.NoWords");
}
