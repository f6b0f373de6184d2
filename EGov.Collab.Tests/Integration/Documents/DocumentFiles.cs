using System.IO.Compression;
using DocumentFormat.OpenXml;
using DocumentFormat.OpenXml.Packaging;
using DocumentFormat.OpenXml.Wordprocessing;
using EGov.Collab.App.Documents;
using SkiaSharp;

namespace EGov.Collab.Tests.Integration.Documents;

/// <summary>Files made in the test, shaped like what members upload (and like what attackers do).</summary>
internal static class DocumentFiles
{
    public static readonly string[] PageTexts =
    [
        "Розділ перший. Електронне урядування в територіальних громадах",
        "Розділ другий. Центри надання адміністративних послуг",
        "Розділ третій. Відкриті дані та об'єднані громади",
    ];

    public static byte[] ThreePagePdf() =>
        new PdfDocumentBuilder()
            .Title("Методичні рекомендації")
            .Paragraph(PageTexts[0]).PageBreak()
            .Paragraph(PageTexts[1]).PageBreak()
            .Paragraph(PageTexts[2])
            .Build();

    /// <summary>A "scan": one page holding only a picture.</summary>
    public static byte[] ImageOnlyPdf() => new PdfDocumentBuilder().Image(Png(), 200).Build();

    public static byte[] Png()
    {
        using var bitmap = new SKBitmap(40, 30);
        bitmap.Erase(new SKColor(0x1D, 0x4E, 0x89));
        using var image = SKImage.FromBitmap(bitmap);
        return image.Encode(SKEncodedImageFormat.Png, 100).ToArray();
    }

    /// <summary>A DOCX of two pages: paragraphs, then an explicit page break, then more paragraphs.</summary>
    public static byte[] TwoPageDocx()
    {
        using var output = new MemoryStream();
        using (var document = WordprocessingDocument.Create(output, WordprocessingDocumentType.Document))
        {
            var main = document.AddMainDocumentPart();
            main.Document = new Document(new Body(
                new Paragraph(new Run(new Text(PageTexts[0]))),
                new Paragraph(new Run(new Text("Стаття 1. Загальні положення"))),
                new Paragraph(new Run(new Break { Type = BreakValues.Page })),
                new Paragraph(new Run(new Text(PageTexts[1])))));
        }
        return output.ToArray();
    }

    /// <summary>A ZIP named like a DOCX whose one part unpacks to <paramref name="unpackedBytes"/> of zeros.</summary>
    public static byte[] ZipBomb(int unpackedBytes)
    {
        using var output = new MemoryStream();
        using (var archive = new ZipArchive(output, ZipArchiveMode.Create, leaveOpen: true))
        {
            using var part = archive.CreateEntry("word/document.xml", CompressionLevel.Fastest).Open();
            var zeros = new byte[64 * 1024];
            for (var written = 0; written < unpackedBytes; written += zeros.Length) part.Write(zeros);
        }
        return output.ToArray();
    }
}
