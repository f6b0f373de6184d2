using EGov.Collab.Domain.Common;

namespace EGov.Collab.Domain.Journal;

/// <summary>
/// What an author or editor writes. <see cref="BodyHtml"/> must already be sanitised by the caller (the App's SafeHtml);
/// <see cref="PlainText"/> is its text, for reading time, search and the newsletter's text part.
/// <see cref="BodySource"/> is what the author typed in <see cref="SourceFormat"/> (null: the HTML is the source).
/// </summary>
public sealed record ArticleContent(
    Guid SectionId,
    string Title,
    string Summary,
    string BodyHtml,
    string PlainText,
    IReadOnlyList<string> Tags,
    string Language,
    Audiences Audiences,
    string? BodySource = null,
    BodyFormat SourceFormat = BodyFormat.Html)
{
    public const int TitleMaxLength = 200;
    public const int SummaryMaxLength = 500;
    /// <summary>The longest body an author may type (the Markdown, or the HTML when that is what they typed).</summary>
    public const int BodyMaxLength = 100_000;

    /// <summary>
    /// The longest the sanitised HTML made from a body may be: Markdown's marks grow into tags (a plain paragraph
    /// gains a &lt;p&gt;, "**a**" becomes "&lt;strong&gt;a&lt;/strong&gt;"), so a body of the documented length must not be
    /// refused for what the portal made of it.
    /// </summary>
    public const int BodyHtmlMaxLength = 4 * BodyMaxLength;
    public const int TagMaxLength = 40;
    public const int MaxTags = 8;
    public const int TagsMaxLength = (TagMaxLength + 1) * MaxTags;

    public Result Validate()
    {
        if (SectionId == Guid.Empty) return JournalErrors.SectionRequired;
        if (string.IsNullOrWhiteSpace(Title)) return JournalErrors.TitleRequired;
        if (Title.Trim().Length > TitleMaxLength) return JournalErrors.TitleTooLong;
        if ((Summary ?? "").Trim().Length > SummaryMaxLength) return JournalErrors.SummaryTooLong;
        if (string.IsNullOrWhiteSpace(PlainText)) return JournalErrors.BodyRequired;
        if ((string.IsNullOrEmpty(BodySource) ? BodyHtml : BodySource).Length > BodyMaxLength || BodyHtml.Length > BodyHtmlMaxLength) return JournalErrors.BodyTooLong;
        if (NormaliseTags(Tags).Count > MaxTags) return JournalErrors.TooManyTags;
        if (!NewsletterLanguages.IsKnown(Language)) return JournalErrors.LanguageInvalid;
        return Result.Success();
    }

    /// <summary>Trimmed, lower-case, without duplicates or empties, each cut to <see cref="TagMaxLength"/>.</summary>
    public static IReadOnlyList<string> NormaliseTags(IEnumerable<string>? tags) =>
        (tags ?? [])
            .Select(t => t.Trim().TrimStart('#').ToLowerInvariant())
            .Where(t => t.Length > 0)
            .Select(t => t.Length > TagMaxLength ? t[..TagMaxLength] : t)
            .Distinct(StringComparer.Ordinal)
            .ToList();

    /// <summary>"цифровізація, громади" → ["цифровізація", "громади"].</summary>
    public static IReadOnlyList<string> ParseTags(string? text) =>
        NormaliseTags((text ?? "").Split([',', ';'], StringSplitOptions.RemoveEmptyEntries));
}
