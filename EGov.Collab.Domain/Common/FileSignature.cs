namespace EGov.Collab.Domain.Common;

/// <summary>
/// Whether a file's first bytes are what its declared type says (PDF, PNG, JPEG, WebP, and the ZIP container of
/// DOCX/XLSX). An upload is checked by content, never by its name or the browser's word alone.
/// </summary>
public static class FileSignature
{
    /// <summary>How many leading bytes <see cref="Matches"/> needs.</summary>
    public const int HeadLength = 12;

    public static bool Matches(string contentType, ReadOnlySpan<byte> head) => contentType switch
    {
        "application/pdf" => head.StartsWith("%PDF-"u8),
        "image/png" => head.StartsWith((ReadOnlySpan<byte>)[0x89, 0x50, 0x4E, 0x47, 0x0D, 0x0A, 0x1A, 0x0A]),
        "image/jpeg" => head.StartsWith((ReadOnlySpan<byte>)[0xFF, 0xD8, 0xFF]),
        "image/webp" => head.Length >= 12 && head.StartsWith("RIFF"u8) && head[8..12].SequenceEqual("WEBP"u8),
        "application/vnd.openxmlformats-officedocument.wordprocessingml.document"
            or "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet"
            or "application/zip" => head.StartsWith((ReadOnlySpan<byte>)[0x50, 0x4B, 0x03, 0x04]),
        _ => false,
    };
}
