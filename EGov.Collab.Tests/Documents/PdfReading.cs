using System.Diagnostics;
using SkiaSharp;
using UglyToad.PdfPig;

namespace EGov.Collab.Tests.Documents;

internal static class PdfReading
{
    private const string Pdftoppm = "/usr/bin/pdftoppm";

    public static PdfDocument Open(byte[] pdf) => PdfDocument.Open(pdf);

    /// <summary>Page texts with PdfPig's word extractor (words joined by single spaces).</summary>
    public static List<string> PageTexts(byte[] pdf)
    {
        using var document = Open(pdf);
        return document.GetPages().Select(p => string.Join(' ', p.GetWords().Select(w => w.Text))).ToList();
    }

    /// <summary>Renders one page with poppler's pdftoppm at 50 dpi and decodes the PNG.</summary>
    public static SKBitmap RenderPage(byte[] pdf, int page = 1)
    {
        if (!File.Exists(Pdftoppm))
        {
            Assert.Fail($"{Pdftoppm} is missing: install poppler-utils (apt-get install poppler-utils) to run the PDF rendering tests.");
        }

        var directory = Directory.CreateTempSubdirectory("egov-pdf-");
        try
        {
            var input = Path.Combine(directory.FullName, "doc.pdf");
            File.WriteAllBytes(input, pdf);
            var prefix = Path.Combine(directory.FullName, "page");
            var start = new ProcessStartInfo(Pdftoppm)
            {
                RedirectStandardError = true,
                RedirectStandardOutput = true,
                UseShellExecute = false,
            };
            foreach (var argument in new[] { "-png", "-r", "50", "-singlefile", "-f", $"{page}", "-l", $"{page}", input, prefix })
            {
                start.ArgumentList.Add(argument);
            }

            using var process = Process.Start(start) ?? throw new InvalidOperationException("pdftoppm did not start.");
            var errors = process.StandardError.ReadToEnd();
            process.StandardOutput.ReadToEnd();
            process.WaitForExit();
            Assert.True(process.ExitCode == 0, $"pdftoppm failed with exit code {process.ExitCode}: {errors}");
            return SKBitmap.Decode(prefix + ".png") ?? throw new InvalidOperationException("pdftoppm wrote no readable PNG.");
        }
        finally
        {
            directory.Delete(recursive: true);
        }
    }

    public static int NonWhitePixels(SKBitmap bitmap)
    {
        var count = 0;
        for (var y = 0; y < bitmap.Height; y++)
        {
            for (var x = 0; x < bitmap.Width; x++)
            {
                var c = bitmap.GetPixel(x, y);
                if (c.Red < 240 || c.Green < 240 || c.Blue < 240)
                {
                    count++;
                }
            }
        }

        return count;
    }
}
