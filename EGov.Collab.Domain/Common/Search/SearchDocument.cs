namespace EGov.Collab.Domain.Common.Search;

/// <summary>
/// One row of the portal-wide full-text index: what a module gave as a <see cref="SearchItem"/>, with its words reduced
/// to stems (<see cref="TitleStems"/>, <see cref="BodyStems"/>) which the database's full-text index holds.
/// </summary>
public sealed class SearchDocument
{
    public const int ItemIdMaxLength = 100;
    public const int LanguageMaxLength = 8;
    public const int TitleMaxLength = 400;
    public const int BodyMaxLength = 30_000;
    public const int UrlMaxLength = 400;
    public const int AudienceMaxLength = 120;

    private SearchDocument()
    {
    }

    /// <summary>Database key; an integer because FTS5 and SQL Server full-text both key their index by one.</summary>
    public long Id { get; private set; }

    public ModuleKey Module { get; private set; }

    public string ItemId { get; private set; } = "";

    /// <summary>The PDF page, 0 when the text does not come from a file.</summary>
    public int Page { get; private set; }

    public string Language { get; private set; } = "";

    public string Title { get; private set; } = "";

    public string Body { get; private set; } = "";

    public string TitleStems { get; private set; } = "";

    public string BodyStems { get; private set; } = "";

    public string Url { get; private set; } = "";

    public string Audience { get; private set; } = "";

    public DateTimeOffset Updated { get; private set; }

    /// <summary>The year of <see cref="Updated"/>, kept apart for the year facet.</summary>
    public int Year { get; private set; }

    public static SearchDocument From(SearchItem item)
    {
        ArgumentNullException.ThrowIfNull(item);
        ArgumentException.ThrowIfNullOrWhiteSpace(item.ItemId);
        ArgumentException.ThrowIfNullOrWhiteSpace(item.Audience);
        var title = Cut(item.Title.Trim(), TitleMaxLength);
        var body = Cut(item.Body.Trim(), BodyMaxLength);
        return new SearchDocument
        {
            Module = item.Module,
            ItemId = Cut(item.ItemId, ItemIdMaxLength),
            Page = item.Page ?? 0,
            Language = Cut(item.Language is "en" ? "en" : "uk", LanguageMaxLength),
            Title = title,
            Body = body,
            TitleStems = SearchWords.Stems(title),
            BodyStems = SearchWords.Stems(body),
            Url = Cut(item.Url, UrlMaxLength),
            Audience = Cut(item.Audience, AudienceMaxLength),
            Updated = item.Updated,
            Year = item.Updated.Year,
        };
    }

    private static string Cut(string text, int max) => text.Length <= max ? text : text[..max];
}
