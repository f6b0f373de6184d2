using EGov.Collab.Domain.Common;
using EGov.Collab.Domain.Common.Documents;

namespace EGov.Collab.Domain.Journal;

/// <summary>
/// A journal article. Editors publish their own at once; a member's submission goes through moderation:
/// submitted → accepted (published) / changes requested (author revises, back to submitted) / rejected with a reason.
/// </summary>
public sealed class Article
{
    public const int ReasonMaxLength = 2000;
    public const int AuthorNameMaxLength = 200;
    public const int CoverMaxBytes = 2 * 1024 * 1024;
    public const int CoverContentTypeMaxLength = 50;

    private Article()
    {
        Title = "";
        Summary = "";
        BodyHtml = "";
        BodySource = "";
        PlainText = "";
        TagList = "";
        Language = NewsletterLanguages.Ukrainian;
        AuthorName = "";
    }

    public Guid Id { get; private set; }
    public Guid SectionId { get; private set; }
    public string Title { get; private set; }
    public string Summary { get; private set; }
    public string BodyHtml { get; private set; }
    /// <summary>The body as its author wrote it, in <see cref="SourceFormat"/>; revisions are edited in it.</summary>
    public string BodySource { get; private set; }
    public BodyFormat SourceFormat { get; private set; }
    public string PlainText { get; private set; }
    /// <summary>Tags joined by commas (stored as one column; tags never contain commas).</summary>
    public string TagList { get; private set; }
    public string Language { get; private set; }
    public Audiences Audiences { get; private set; }
    public int ReadingMinutes { get; private set; }
    public Guid AuthorId { get; private set; }
    public string AuthorName { get; private set; }
    public bool IsCitizenSubmission { get; private set; }
    public ArticleStatus Status { get; private set; }
    public string? ModerationReason { get; private set; }
    public Guid? ModeratedById { get; private set; }
    public DateTimeOffset CreatedAt { get; private set; }
    public DateTimeOffset UpdatedAt { get; private set; }
    public DateTimeOffset? PublishedAt { get; private set; }
    public byte[]? Cover { get; private set; }
    public string? CoverContentType { get; private set; }

    public IReadOnlyList<string> Tags => TagList.Length == 0 ? [] : TagList.Split(',');

    public bool IsPublic => Status == ArticleStatus.Published;

    /// <summary>An editor's article, public at once.</summary>
    public static Result<Article> Publish(ArticleContent content, Guid editorId, string editorName, DateTimeOffset now)
    {
        var article = New(content, editorId, editorName, citizen: false, now);
        if (!article.IsSuccess) return article.Error!;
        article.Value.Status = ArticleStatus.Published;
        article.Value.PublishedAt = now;
        article.Value.ModeratedById = editorId;
        return article;
    }

    /// <summary>A member's submission, waiting in the editors' queue.</summary>
    public static Result<Article> Submit(ArticleContent content, Guid authorId, string authorName, DateTimeOffset now)
    {
        var article = New(content, authorId, authorName, citizen: true, now);
        if (!article.IsSuccess) return article.Error!;
        article.Value.Status = ArticleStatus.Submitted;
        return article;
    }

    /// <summary>The author revises a submission still in moderation; it goes back to the queue.</summary>
    public Result Revise(Guid authorId, ArticleContent content, DateTimeOffset now)
    {
        if (authorId != AuthorId || Status is not (ArticleStatus.Submitted or ArticleStatus.ChangesRequested))
            return JournalErrors.NotEditableByAuthor;
        var applied = Apply(content, now);
        if (!applied.IsSuccess) return applied;
        Status = ArticleStatus.Submitted;
        return Result.Success();
    }

    /// <summary>An editor edits the text, in moderation or after publication; the status does not change.</summary>
    public Result EditByEditor(ArticleContent content, DateTimeOffset now) => Apply(content, now);

    public Result Accept(Guid editorId, DateTimeOffset now)
    {
        if (Status != ArticleStatus.Submitted) return JournalErrors.NotInModeration;
        Status = ArticleStatus.Published;
        PublishedAt = now;
        ModeratedById = editorId;
        ModerationReason = null;
        UpdatedAt = now;
        return Result.Success();
    }

    public Result RequestChanges(Guid editorId, string reason, DateTimeOffset now) =>
        Decline(editorId, reason, ArticleStatus.ChangesRequested, now);

    public Result Reject(Guid editorId, string reason, DateTimeOffset now) =>
        Decline(editorId, reason, ArticleStatus.Rejected, now);

    public Result SetCover(byte[]? image, string? contentType)
    {
        if (image is null)
        {
            Cover = null;
            CoverContentType = null;
            return Result.Success();
        }
        if (image.Length > CoverMaxBytes) return JournalErrors.CoverTooLarge;
        // Checked by content: the bytes must be the image the browser said they are.
        DocumentKind? expected = contentType switch
        {
            "image/jpeg" => DocumentKind.Jpeg,
            "image/png" => DocumentKind.Png,
            "image/webp" => DocumentKind.WebP,
            _ => null,
        };
        if (expected is null || FileSignature.Detect(image) != expected) return JournalErrors.CoverNotImage;
        Cover = image;
        CoverContentType = contentType;
        return Result.Success();
    }

    private Result Decline(Guid editorId, string reason, ArticleStatus to, DateTimeOffset now)
    {
        if (Status != ArticleStatus.Submitted) return JournalErrors.NotInModeration;
        if (string.IsNullOrWhiteSpace(reason)) return JournalErrors.ReasonRequired;
        Status = to;
        ModerationReason = reason.Trim().Length > ReasonMaxLength ? reason.Trim()[..ReasonMaxLength] : reason.Trim();
        ModeratedById = editorId;
        UpdatedAt = now;
        return Result.Success();
    }

    private static Result<Article> New(ArticleContent content, Guid authorId, string authorName, bool citizen, DateTimeOffset now)
    {
        var article = new Article
        {
            Id = Guid.CreateVersion7(),
            AuthorId = authorId,
            AuthorName = authorName.Length > AuthorNameMaxLength ? authorName[..AuthorNameMaxLength] : authorName,
            IsCitizenSubmission = citizen,
            CreatedAt = now,
        };
        var applied = article.Apply(content, now);
        return applied.IsSuccess ? article : applied.Error!;
    }

    private Result Apply(ArticleContent content, DateTimeOffset now)
    {
        var valid = content.Validate();
        if (!valid.IsSuccess) return valid;
        SectionId = content.SectionId;
        Title = content.Title.Trim();
        Summary = (content.Summary ?? "").Trim();
        BodyHtml = content.BodyHtml;
        BodySource = content.BodySource ?? content.BodyHtml;
        SourceFormat = content.BodySource is null ? BodyFormat.Html : content.SourceFormat;
        PlainText = content.PlainText;
        TagList = string.Join(',', ArticleContent.NormaliseTags(content.Tags));
        Language = content.Language;
        Audiences = content.Audiences;
        ReadingMinutes = ReadingTime.Minutes(content.PlainText);
        UpdatedAt = now;
        return Result.Success();
    }
}
