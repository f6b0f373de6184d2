using EGov.Collab.App.Common;
using EGov.Collab.Domain.Journal;

namespace EGov.Collab.App.Journal;

/// <summary>What the article editor binds to. The body becomes HTML only through <see cref="SafeHtml"/>.</summary>
public sealed class ArticleForm
{
    public Guid? SectionId { get; set; }
    public string Title { get; set; } = "";
    public string Summary { get; set; } = "";
    public string Body { get; set; } = "";
    public BodyFormat Format { get; set; } = BodyFormat.Markdown;
    public string Tags { get; set; } = "";
    public string Language { get; set; } = NewsletterLanguages.Ukrainian;
    public bool ForAuthorities { get; set; } = true;
    public bool ForMedia { get; set; } = true;
    public bool ForPublic { get; set; } = true;
    public byte[]? Cover { get; set; }
    public string? CoverContentType { get; set; }
    public bool RemoveCover { get; set; }
    /// <summary>The article's version when the form was opened: saving over someone else's change is a conflict.</summary>
    public Guid? Version { get; set; }

    public ArticleContent ToContent()
    {
        var html = Format == BodyFormat.Html ? SafeHtml.Sanitize(Body) : SafeHtml.FromMarkdown(Body);
        var audiences = (ForAuthorities ? Audiences.Authorities : Audiences.None)
            | (ForMedia ? Audiences.Media : Audiences.None)
            | (ForPublic ? Audiences.Public : Audiences.None);
        return new ArticleContent(SectionId ?? Guid.Empty, Title, Summary, html, SafeHtml.ToPlainText(html),
            ArticleContent.ParseTags(Tags), Language, audiences, Body, Format);
    }

    public static ArticleForm From(Article article) => new()
    {
        SectionId = article.SectionId,
        Title = article.Title,
        Summary = article.Summary,
        // Articles written before the source was kept have only their HTML.
        Body = article.BodySource.Length > 0 ? article.BodySource : article.BodyHtml,
        Format = article.BodySource.Length > 0 ? article.SourceFormat : BodyFormat.Html,
        Tags = string.Join(", ", article.Tags),
        Language = article.Language,
        ForAuthorities = article.Audiences.Reaches(SubscriberAudience.Authorities),
        ForMedia = article.Audiences.Reaches(SubscriberAudience.Media),
        ForPublic = article.Audiences.Reaches(SubscriberAudience.Public),
    };
}

public sealed record ArticleSummary(
    Guid Id, string Title, string Summary, Guid SectionId, string AuthorName, DateTimeOffset? PublishedAt,
    int ReadingMinutes, IReadOnlyList<string> Tags, bool HasCover, ArticleStatus Status, string? ModerationReason,
    DateTimeOffset UpdatedAt, bool IsCitizenSubmission);
