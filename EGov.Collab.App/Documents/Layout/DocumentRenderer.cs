using SkiaSharp;

namespace EGov.Collab.App.Documents.Layout;

/// <summary>The drawing pass: one Skia PDF page per laid-out page, then its header and footer with the final page count.</summary>
internal static class DocumentRenderer
{
    public static void Render(
        IReadOnlyList<LaidOutPage> pages,
        PdfMetadata metadata,
        IReadOnlyList<Action<PdfCanvas, PageInfo>> headers,
        IReadOnlyList<Action<PdfCanvas, PageInfo>> footers,
        RenderResources resources,
        Stream output)
    {
        // The constructor, not an object initialiser on the bare struct: that leaves EncodingQuality at 0, and Skia
        // then writes every opaque bitmap as a JPEG of quality 0 (a QR code turns to mush). 101 means lossless.
        var info = new SKDocumentPdfMetadata(SKDocumentPdfMetadata.DefaultRasterDpi, SKDocumentPdfMetadata.DefaultEncodingQuality)
        {
            Title = metadata.Title,
            Author = metadata.Author,
            Subject = metadata.Subject,
            Keywords = metadata.Keywords,
            Creator = metadata.Creator,
            Producer = "EGov.Collab (SkiaSharp)",
            Creation = metadata.Created?.UtcDateTime,
            Modified = metadata.Created?.UtcDateTime,
        };

        using var document = SKDocument.CreatePdf(output, info)
            ?? throw new InvalidOperationException("SkiaSharp could not create a PDF document.");
        for (var i = 0; i < pages.Count; i++)
        {
            var page = pages[i];
            var skia = document.BeginPage(page.Size.Width, page.Size.Height);
            var content = page.Margins.ContentArea(page.Size);

            skia.Save();
            skia.ClipRect(content);
            var body = new PdfCanvas(skia, resources, page.Size, content);
            foreach (var fragment in page.Fragments)
            {
                fragment.Draw(body);
            }

            page.Draw?.Invoke(body);
            skia.Restore();

            if (page.Decorated && (headers.Count > 0 || footers.Count > 0))
            {
                var number = new PageInfo(i + 1, pages.Count);
                Decorate(skia, resources, page, new SKRect(content.Left, 0, content.Right, content.Top), headers, number);
                Decorate(skia, resources, page, new SKRect(content.Left, content.Bottom, content.Right, page.Size.Height), footers, number);
            }

            document.EndPage();
        }

        document.Close();
    }

    private static void Decorate(
        SKCanvas skia,
        RenderResources resources,
        LaidOutPage page,
        SKRect band,
        IReadOnlyList<Action<PdfCanvas, PageInfo>> decorations,
        PageInfo number)
    {
        if (decorations.Count == 0 || band.Height <= 0)
        {
            return;
        }

        skia.Save();
        skia.ClipRect(band);
        var canvas = new PdfCanvas(skia, resources, page.Size, band);
        foreach (var decorate in decorations)
        {
            decorate(canvas, number);
        }

        skia.Restore();
    }
}
