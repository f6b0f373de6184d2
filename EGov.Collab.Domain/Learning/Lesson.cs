using EGov.Collab.Domain.Common;

namespace EGov.Collab.Domain.Learning;

/// <summary>
/// A lesson: rich text (HTML, sanitised by the App before it is stored and again before it is shown), an optional
/// video link and attachments (one a line: "title | https://…").
/// </summary>
public sealed class Lesson
{
    public const int TitleMaxLength = 200;
    public const int UrlMaxLength = 500;
    public const int AttachmentsMaxLength = 2000;
    /// <summary>The longest body a trainer may type (the Markdown, or the HTML when that is what they typed).</summary>
    public const int BodyMaxLength = 100_000;

    /// <summary>The longest the sanitised HTML made from a Markdown body may be (its marks grow into tags).</summary>
    public const int BodyHtmlMaxLength = 4 * BodyMaxLength;
    public const int MaxMinutes = 600;

    private Lesson() => Title = BodyHtml = BodySource = Attachments = "";

    public Guid Id { get; private set; }
    public Guid CourseId { get; private set; }
    public Guid SectionId { get; private set; }
    public int Order { get; private set; }
    public string Title { get; private set; }
    public string BodyHtml { get; private set; }

    /// <summary>What the author typed (Markdown); empty for lessons that only ever had HTML.</summary>
    public string BodySource { get; private set; }
    public string? VideoUrl { get; private set; }
    public string Attachments { get; private set; }
    public int Minutes { get; private set; }

    public IReadOnlyList<LessonAttachment> AttachmentList => LessonAttachment.Parse(Attachments);

    public static Lesson Create(Guid courseId, Guid sectionId, int order, string title, string bodyHtml, string? videoUrl, string? attachments, int minutes)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(title);
        return new Lesson
        {
            Id = Guid.CreateVersion7(),
            CourseId = courseId,
            SectionId = sectionId,
            Order = order,
            Title = title.Trim(),
            BodyHtml = bodyHtml ?? "",
            VideoUrl = string.IsNullOrWhiteSpace(videoUrl) ? null : videoUrl.Trim(),
            Attachments = attachments?.Trim() ?? "",
            Minutes = minutes,
        };
    }

    /// <summary>A lesson an author writes in the editor. <paramref name="bodyHtml"/> is the sanitised rendering of <paramref name="bodySource"/>.</summary>
    public static Result<Lesson> New(Guid courseId, Guid sectionId, int order, string? title, string? bodySource, string bodyHtml,
        string? videoUrl, string? attachments, int minutes)
    {
        var lesson = new Lesson { Id = Guid.CreateVersion7(), CourseId = courseId, SectionId = sectionId, Order = order };
        var updated = lesson.Update(title, bodySource, bodyHtml, videoUrl, attachments, minutes);
        return updated.IsSuccess ? lesson : updated.Error!;
    }

    public Result Update(string? title, string? bodySource, string bodyHtml, string? videoUrl, string? attachments, int minutes)
    {
        if (string.IsNullOrWhiteSpace(title)) return CommonErrors.Required("Title");
        if (title.Trim().Length > TitleMaxLength) return CommonErrors.TooLong("Title");
        var typed = string.IsNullOrEmpty(bodySource) ? bodyHtml ?? "" : bodySource;
        if (typed.Length > BodyMaxLength || (bodyHtml ?? "").Length > BodyHtmlMaxLength) return CommonErrors.TooLong("Body");
        if (minutes is < 0 or > MaxMinutes) return LearningErrors.MinutesOutOfRange;
        var video = string.IsNullOrWhiteSpace(videoUrl) ? null : videoUrl.Trim();
        if (video is not null && (video.Length > UrlMaxLength || !LessonVideo.IsSupported(video))) return LearningErrors.VideoUrlUnsupported;
        var files = (attachments ?? "").Trim();
        if (files.Length > AttachmentsMaxLength) return CommonErrors.TooLong("Attachments");
        var lines = files.Split('\n', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries);
        if (LessonAttachment.Parse(files).Count != lines.Length) return LearningErrors.AttachmentsInvalid;
        Title = title.Trim();
        BodySource = bodySource ?? "";
        BodyHtml = bodyHtml ?? "";
        VideoUrl = video;
        Attachments = files;
        Minutes = minutes;
        return Result.Success();
    }

    public void MoveTo(int order) => Order = order;
}

public sealed record LessonAttachment(string Title, string Url)
{
    /// <summary>
    /// Only http(s) links and paths on the portal itself (files uploaded to the document store) survive: a javascript:
    /// link in an attachment list must never reach a page.
    /// </summary>
    public static IReadOnlyList<LessonAttachment> Parse(string? lines) =>
        (lines ?? "").Split('\n', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries)
            .Select(line => line.Split('|', 2, StringSplitOptions.TrimEntries))
            .Where(parts => parts.Length == 2 && parts[0].Length > 0 && (IsOwnPath(parts[1]) || (Uri.TryCreate(parts[1], UriKind.Absolute, out var uri)
                && (uri.Scheme == Uri.UriSchemeHttps || uri.Scheme == Uri.UriSchemeHttp))))
            .Select(parts => new LessonAttachment(parts[0], parts[1]))
            .ToList();

    private static bool IsOwnPath(string url) =>
        url.Length > 1 && url[0] == '/' && url[1] != '/' && url[1] != '\\' && !url.Contains(':', StringComparison.Ordinal);
}
