using System.Text;

namespace EGov.Collab.Domain.Common.Documents;

/// <summary>
/// Decides a file's kind from its first bytes. A ZIP container comes back as <see cref="DocumentKind.Zip"/>: telling a
/// DOCX or XLSX from a plain ZIP needs its part names, which the store reads within its unpack limits.
/// </summary>
public static class FileSignature
{
    private static readonly byte[] Pdf = "%PDF-"u8.ToArray();
    private static readonly byte[] Png = [0x89, 0x50, 0x4E, 0x47, 0x0D, 0x0A, 0x1A, 0x0A];
    private static readonly byte[] Jpeg = [0xFF, 0xD8, 0xFF];
    private static readonly byte[] Gif87 = "GIF87a"u8.ToArray();
    private static readonly byte[] Gif89 = "GIF89a"u8.ToArray();
    private static readonly byte[] Riff = "RIFF"u8.ToArray();
    private static readonly byte[] Webp = "WEBP"u8.ToArray();
    private static readonly byte[] ZipLocal = [0x50, 0x4B, 0x03, 0x04];
    private static readonly byte[] ZipEmpty = [0x50, 0x4B, 0x05, 0x06];

    /// <param name="head">The file's first bytes (up to <see cref="DocumentRules.HeadLength"/>).</param>
    /// <param name="fileName">Only used to tell CSV from plain text once the content is known to be text.</param>
    public static DocumentKind? Detect(ReadOnlySpan<byte> head, string? fileName = null)
    {
        if (head.IsEmpty) return null;
        // A PDF may carry junk before its header; readers accept it within the first kilobyte.
        if (head[..Math.Min(head.Length, 1024)].IndexOf(Pdf) >= 0) return DocumentKind.Pdf;
        if (head.StartsWith(Png)) return DocumentKind.Png;
        if (head.StartsWith(Jpeg)) return DocumentKind.Jpeg;
        if (head.StartsWith(Gif87) || head.StartsWith(Gif89)) return DocumentKind.Gif;
        if (head.Length >= 12 && head.StartsWith(Riff) && head[8..12].SequenceEqual(Webp)) return DocumentKind.WebP;
        if (head.StartsWith(ZipLocal) || head.StartsWith(ZipEmpty)) return DocumentKind.Zip;
        if (!IsText(head)) return null;
        if (LooksLikeSvg(head)) return DocumentKind.Svg;
        return Path.GetExtension(fileName ?? "").Equals(".csv", StringComparison.OrdinalIgnoreCase) ? DocumentKind.Csv : DocumentKind.PlainText;
    }

    /// <summary>UTF-8 (a cut-off last character allowed) without NUL or other binary control characters.</summary>
    private static bool IsText(ReadOnlySpan<byte> head)
    {
        foreach (var b in head)
            if (b < 0x20 && b is not ((byte)'\t' or (byte)'\n' or (byte)'\r' or 0x0C)) return false;
        var decoder = new UTF8Encoding(false, true).GetDecoder();
        try
        {
            Span<char> chars = new char[head.Length];
            decoder.Convert(head, chars, flush: false, out _, out _, out _);
            return true;
        }
        catch (DecoderFallbackException)
        {
            return false;
        }
    }

    private static bool LooksLikeSvg(ReadOnlySpan<byte> head)
    {
        var text = Encoding.UTF8.GetString(head).TrimStart('\uFEFF', ' ', '\t', '\r', '\n');
        return (text.StartsWith("<?xml", StringComparison.OrdinalIgnoreCase) || text.StartsWith("<svg", StringComparison.OrdinalIgnoreCase))
            && text.Contains("<svg", StringComparison.OrdinalIgnoreCase);
    }
}
