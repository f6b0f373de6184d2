namespace EGov.Collab.Domain.Common.Search;

/// <summary>A piece of a snippet; <see cref="IsHit"/> when it is a word the query matched.</summary>
public sealed record SnippetPart(string Text, bool IsHit);

/// <summary>The words of a text around its first match, with the matching words marked, for a result's snippet.</summary>
public static class SearchSnippet
{
    public const int DefaultLength = 220;

    public static IReadOnlyList<SnippetPart> Build(string text, IReadOnlyList<SearchTerm> terms, int length = DefaultLength)
    {
        ArgumentNullException.ThrowIfNull(text);
        ArgumentNullException.ThrowIfNull(terms);
        var hits = SearchWords.Split(text).Where(w => Matches(w.Word, terms)).Select(w => (w.Start, w.Length)).ToList();
        var first = hits.Count > 0 ? hits[0].Start : 0;
        var start = text.Length <= length ? 0 : Math.Clamp(first - (length / 3), 0, text.Length - length);
        while (start > 0 && start < text.Length && !char.IsWhiteSpace(text[start - 1])) start++;
        var end = Math.Min(text.Length, start + length);
        while (end < text.Length && end > start && !char.IsWhiteSpace(text[end])) end--;
        if (end <= start) end = Math.Min(text.Length, start + length);

        var parts = new List<SnippetPart>();
        if (start > 0) parts.Add(new SnippetPart("…", false));
        var at = start;
        foreach (var (hitStart, hitLength) in hits.Where(h => h.Start >= start && h.Start + h.Length <= end))
        {
            if (hitStart > at) parts.Add(new SnippetPart(text[at..hitStart], false));
            parts.Add(new SnippetPart(text.Substring(hitStart, hitLength), true));
            at = hitStart + hitLength;
        }
        if (end > at) parts.Add(new SnippetPart(text[at..end], false));
        if (end < text.Length) parts.Add(new SnippetPart("…", false));
        return parts;
    }

    public static bool Matches(string word, IReadOnlyList<SearchTerm> terms)
    {
        var stem = SearchWords.Stem(word);
        return terms.Any(t => t.IsPrefix ? stem.StartsWith(t.Stem, StringComparison.Ordinal) || word.StartsWith(t.Stem, StringComparison.Ordinal) : stem == t.Stem);
    }
}
