namespace EGov.Collab.Domain.Drafting;

/// <summary>
/// Words selected in a reader's copy of a provision, found in the text as it is now: where they were if they are still
/// there, else the occurrence nearest to that place (others may have typed before them meanwhile), else nowhere.
/// </summary>
public static class SelectionAnchor
{
    public static (int Start, int End)? Find(string text, int start, string quote)
    {
        ArgumentNullException.ThrowIfNull(text);
        if (string.IsNullOrEmpty(quote)) return null;
        if (start >= 0 && start + quote.Length <= text.Length && string.CompareOrdinal(text, start, quote, 0, quote.Length) == 0)
            return (start, start + quote.Length);
        int? best = null;
        for (var at = text.IndexOf(quote, StringComparison.Ordinal); at >= 0; at = text.IndexOf(quote, at + 1, StringComparison.Ordinal))
            if (best is null || Math.Abs(at - start) < Math.Abs(best.Value - start)) best = at;
        return best is { } found ? (found, found + quote.Length) : null;
    }
}
