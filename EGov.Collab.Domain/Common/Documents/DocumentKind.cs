namespace EGov.Collab.Domain.Common.Documents;

/// <summary>What a stored file is, decided from its content (magic bytes and, for ZIP containers, their parts), never from its name.</summary>
public enum DocumentKind
{
    Pdf = 1,
    Docx = 2,
    Xlsx = 3,
    Zip = 4,
    Png = 5,
    Jpeg = 6,
    Gif = 7,
    WebP = 8,
    Svg = 9,
    PlainText = 10,
    Csv = 11,
}

/// <summary>Where the text extraction of a stored file stands.</summary>
public enum ExtractionStatus
{
    /// <summary>A kind with no text to extract (an image, a ZIP).</summary>
    NotApplicable = 0,
    Pending = 1,
    Extracted = 2,
    /// <summary>Accepted, but no text could be read: an encrypted or scanned PDF. Shown as "no text".</summary>
    NoText = 3,
    /// <summary>The file broke the extractor's limits (time, memory, pages) or is damaged; the file itself stays stored.</summary>
    Failed = 4,
}

public static class DocumentKinds
{
    public static readonly IReadOnlyList<DocumentKind> Images = [DocumentKind.Png, DocumentKind.Jpeg, DocumentKind.Gif, DocumentKind.WebP];

    public static readonly IReadOnlyList<DocumentKind> Documents = [DocumentKind.Pdf, DocumentKind.Docx, DocumentKind.Xlsx];

    public static string ContentType(this DocumentKind kind) => kind switch
    {
        DocumentKind.Pdf => "application/pdf",
        DocumentKind.Docx => "application/vnd.openxmlformats-officedocument.wordprocessingml.document",
        DocumentKind.Xlsx => "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet",
        DocumentKind.Zip => "application/zip",
        DocumentKind.Png => "image/png",
        DocumentKind.Jpeg => "image/jpeg",
        DocumentKind.Gif => "image/gif",
        DocumentKind.WebP => "image/webp",
        DocumentKind.Svg => "image/svg+xml",
        DocumentKind.PlainText => "text/plain; charset=utf-8",
        DocumentKind.Csv => "text/csv; charset=utf-8",
        _ => "application/octet-stream",
    };

    /// <summary>The file-name extensions a kind may carry (lower case, with the dot).</summary>
    public static IReadOnlyList<string> Extensions(this DocumentKind kind) => kind switch
    {
        DocumentKind.Pdf => [".pdf"],
        DocumentKind.Docx => [".docx"],
        DocumentKind.Xlsx => [".xlsx"],
        DocumentKind.Zip => [".zip"],
        DocumentKind.Png => [".png"],
        DocumentKind.Jpeg => [".jpg", ".jpeg"],
        DocumentKind.Gif => [".gif"],
        DocumentKind.WebP => [".webp"],
        DocumentKind.Svg => [".svg"],
        DocumentKind.PlainText => [".txt", ".md"],
        DocumentKind.Csv => [".csv"],
        _ => [],
    };

    public static bool HasText(this DocumentKind kind) => kind is DocumentKind.Pdf or DocumentKind.Docx;
}
