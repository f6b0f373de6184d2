using System.Globalization;
using System.Text;
using System.Text.RegularExpressions;

namespace EGov.Collab.App.Documents;

/// <summary>
/// Sets the document's natural language (<c>/Lang</c> in the catalog, ISO 32000-1 §14.9.2; EN 301 549 clause 10 via
/// WCAG 3.1.1). SkiaSharp's <c>SKDocumentPdfMetadata</c> has no language (nor any structure tree), so the catalog is
/// rewritten as an incremental update appended to Skia's output: the new catalog object, a one-entry cross-reference
/// section and a trailer pointing back at Skia's (<c>/Prev</c>). Skia writes a classic xref table and an uncompressed
/// catalog; anything else is left untouched rather than risk a broken file.
/// </summary>
internal static partial class PdfCatalogLanguage
{
    public static byte[] Apply(byte[] pdf, string language)
    {
        // Latin-1 maps every byte to one char, so offsets in the text are offsets in the file.
        var text = Encoding.Latin1.GetString(pdf);
        var startXref = text.LastIndexOf("startxref", StringComparison.Ordinal);
        var trailerAt = text.LastIndexOf("trailer", StringComparison.Ordinal);
        if (startXref < 0 || trailerAt < 0 || trailerAt > startXref) return pdf;
        var previousXref = XrefOffset().Match(text, startXref);
        var trailerMatch = Dictionary().Match(text, trailerAt);
        var trailer = trailerMatch.Groups["dict"];
        var root = Root().Match(trailer.Value);
        if (!previousXref.Success || !trailerMatch.Success || !root.Success) return pdf;

        var catalogObject = new Regex($@"(?<=^|\s){root.Groups["n"].Value}\s+{root.Groups["g"].Value}\s+obj\s*(?<dict><<.*?>>)\s*endobj",
            RegexOptions.Singleline, TimeSpan.FromSeconds(1)).Match(text);
        if (!catalogObject.Success) return pdf;
        var catalog = catalogObject.Groups["dict"].Value;
        if (catalog.Contains("/Lang", StringComparison.Ordinal)) return pdf;

        var updated = catalog[..^2] + $" /Lang ({Escape(language)})>>";
        var offset = pdf.Length + 1;
        var tail = new StringBuilder()
            .Append('\n')
            .Append(CultureInfo.InvariantCulture, $"{root.Groups["n"].Value} {root.Groups["g"].Value} obj\n{updated}\nendobj\n");
        var xrefAt = pdf.Length + Encoding.Latin1.GetByteCount(tail.ToString());
        var generation = int.Parse(root.Groups["g"].Value, CultureInfo.InvariantCulture);
        var newTrailer = PreviousEntry().Replace(trailer.Value, "")[..^2] + $" /Prev {previousXref.Groups["offset"].Value}>>";
        tail.Append("xref\n")
            .Append(CultureInfo.InvariantCulture, $"{root.Groups["n"].Value} 1\n{offset:D10} {generation:D5} n\r\n")
            .Append(CultureInfo.InvariantCulture, $"trailer\n{newTrailer}\nstartxref\n{xrefAt}\n%%EOF\n");
        return [.. pdf, .. Encoding.Latin1.GetBytes(tail.ToString())];
    }

    private static string Escape(string value) =>
        value.Replace("\\", "\\\\", StringComparison.Ordinal).Replace("(", "\\(", StringComparison.Ordinal).Replace(")", "\\)", StringComparison.Ordinal);

    [GeneratedRegex(@"\Gstartxref\s+(?<offset>\d+)")]
    private static partial Regex XrefOffset();

    [GeneratedRegex(@"\Gtrailer\s*(?<dict><<.*?>>)\s*startxref", RegexOptions.Singleline)]
    private static partial Regex Dictionary();

    [GeneratedRegex(@"/Root\s+(?<n>\d+)\s+(?<g>\d+)\s+R")]
    private static partial Regex Root();

    [GeneratedRegex(@"/Prev\s+\d+")]
    private static partial Regex PreviousEntry();
}
