namespace EGov.Collab.Domain.Journal;

/// <summary>
/// Builds a newsletter issue's editions from what the modules published. The rules:
/// an item is new when published after the last issue's end and no later than now (<c>since &lt; t ≤ until</c>);
/// it goes to an audience its <see cref="Audiences"/> reach; within an edition items in the edition's language come
/// first, then items in another language (still useful: most portal content is Ukrainian only), newest first;
/// the same URL appears once; each source shows at most <see cref="MaxItemsPerSource"/> items; sources keep the order
/// given by <see cref="SourceOrder"/>. An edition with nothing in it is not made, and an issue with no edition is skipped.
/// </summary>
public static class IssueComposer
{
    public const int MaxItemsPerSource = 10;

    public static readonly IReadOnlyList<string> SourceOrder =
        ["journal", "drafting", "contest", "practices", "library", "learning"];

    public static EditionContent Compose(IEnumerable<NewsletterItem> items, DateTimeOffset since, DateTimeOffset until, SubscriberAudience audience, string language)
    {
        ArgumentNullException.ThrowIfNull(items);
        var chosen = items
            .Where(i => i.PublishedAt > since && i.PublishedAt <= until)
            .Where(i => i.Audiences.Reaches(audience))
            .GroupBy(i => i.Url, StringComparer.Ordinal)
            .Select(g => g.OrderByDescending(i => i.Language == language).ThenByDescending(i => i.PublishedAt).First());
        var sections = chosen
            .GroupBy(i => i.Source, StringComparer.Ordinal)
            .OrderBy(g => SourceRank(g.Key))
            .ThenBy(g => g.Key, StringComparer.Ordinal)
            .Select(g => new NewsletterSection(g.Key, g
                .OrderByDescending(i => i.Language is null || i.Language == language)
                .ThenByDescending(i => i.PublishedAt)
                .ThenBy(i => i.Url, StringComparer.Ordinal)
                .Take(MaxItemsPerSource)
                .ToList()))
            .ToList();
        return new EditionContent(audience, language, sections);
    }

    /// <summary>Every audience × language edition that has something in it; empty when there is nothing new at all.</summary>
    public static IReadOnlyList<EditionContent> ComposeAll(IReadOnlyCollection<NewsletterItem> items, DateTimeOffset since, DateTimeOffset until) =>
        AudienceRules.All
            .SelectMany(audience => NewsletterLanguages.All.Select(language => Compose(items, since, until, audience, language)))
            .Where(edition => !edition.IsEmpty)
            .ToList();

    private static int SourceRank(string source)
    {
        for (var i = 0; i < SourceOrder.Count; i++)
        {
            if (SourceOrder[i] == source) return i;
        }
        return SourceOrder.Count;
    }
}
