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

    private Lesson() => Title = BodyHtml = Attachments = "";

    public Guid Id { get; private set; }
    public Guid CourseId { get; private set; }
    public Guid SectionId { get; private set; }
    public int Order { get; private set; }
    public string Title { get; private set; }
    public string BodyHtml { get; private set; }
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
}

public sealed record LessonAttachment(string Title, string Url)
{
    /// <summary>Only http(s) links survive: a javascript: link in an attachment list must never reach a page.</summary>
    public static IReadOnlyList<LessonAttachment> Parse(string? lines) =>
        (lines ?? "").Split('\n', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries)
            .Select(line => line.Split('|', 2, StringSplitOptions.TrimEntries))
            .Where(parts => parts.Length == 2 && Uri.TryCreate(parts[1], UriKind.Absolute, out var uri)
                && (uri.Scheme == Uri.UriSchemeHttps || uri.Scheme == Uri.UriSchemeHttp))
            .Select(parts => new LessonAttachment(parts[0], parts[1]))
            .ToList();
}
