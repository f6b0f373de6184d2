using EGov.Collab.App.Drafting.Documents;

namespace EGov.Collab.Tests.Documents.Drafting;

/// <summary>
/// What a redline PDF shows as print does: inserted words in the insertion colour and underlined, deleted ones in the
/// deletion colour and struck through, unchanged ones neither. Shared by the document tests and the browser downloads.
/// </summary>
internal static class RedlinePdfChecks
{
    public static void AssertMarked(byte[] pdf, string inserted, string deleted, string unchanged)
    {
        using var document = PdfReading.Open(pdf);
        // Letters, not PdfPig's words: a deletion followed at once by an insertion has no space between them, and a
        // bold heading line can come out as one "word".
        var letters = document.GetPages().SelectMany(p => p.Letters).Where(l => !string.IsNullOrWhiteSpace(l.Value)).ToList();
        Assert.All(Run(letters, inserted), l => AssertColour(DraftPdf.InsertedColour, l));
        Assert.All(Run(letters, deleted), l => AssertColour(DraftPdf.DeletedColour, l));
        Assert.All(Run(letters, unchanged), l => Assert.NotEqual(Rgb(DraftPdf.InsertedColour), Rgb(l)));
        Assert.All(Run(letters, unchanged), l => Assert.NotEqual(Rgb(DraftPdf.DeletedColour), Rgb(l)));
        // The underline and the strike-through are drawn as lines across the marked words.
        var lines = document.GetPages().SelectMany(page => page.Paths).SelectMany(path => path).SelectMany(subpath => subpath.Commands)
            .OfType<UglyToad.PdfPig.Core.PdfSubpath.Line>().Where(line => Math.Abs(line.From.Y - line.To.Y) < 0.01).ToList();
        Assert.Contains(lines, line => Crosses(line, Run(letters, inserted), below: true));
        Assert.Contains(lines, line => Crosses(line, Run(letters, deleted), below: false));
        Assert.DoesNotContain(lines, line => Crosses(line, Run(letters, unchanged), below: true) || Crosses(line, Run(letters, unchanged), below: false));
    }

    /// <summary>A horizontal line across the whole run: under its baseline (an underline) or through its letters (a strike-through).</summary>
    private static bool Crosses(UglyToad.PdfPig.Core.PdfSubpath.Line line, List<UglyToad.PdfPig.Content.Letter> run, bool below)
    {
        var baseline = run[0].StartBaseLine.Y;
        var (runLeft, runRight) = (run.Min(l => l.BoundingBox.Left), run.Max(l => l.BoundingBox.Right));
        var (left, right) = (Math.Min(line.From.X, line.To.X), Math.Max(line.From.X, line.To.X));
        var across = left <= runLeft + 0.5 && right >= runRight - 0.5;
        var y = line.From.Y;
        return across && (below ? y < baseline - 0.3 && y > baseline - 4 : y > baseline + 1 && y < baseline + 8);
    }

    /// <summary>The letters of the first occurrence of <paramref name="text"/> (its spaces left out).</summary>
    private static List<UglyToad.PdfPig.Content.Letter> Run(List<UglyToad.PdfPig.Content.Letter> letters, string text)
    {
        var wanted = string.Concat(text.Where(c => !char.IsWhiteSpace(c)));
        var at = string.Concat(letters.Select(l => l.Value)).IndexOf(wanted, StringComparison.Ordinal);
        Assert.True(at >= 0, $"«{text}» is not in the PDF.");
        return letters.GetRange(at, wanted.Length);
    }

    private static (int R, int G, int B) Rgb(SkiaSharp.SKColor colour) => (colour.Red, colour.Green, colour.Blue);

    private static (int R, int G, int B) Rgb(UglyToad.PdfPig.Content.Letter letter)
    {
        var (r, g, b) = letter.Color.ToRGBValues();
        return ((int)Math.Round(r * 255), (int)Math.Round(g * 255), (int)Math.Round(b * 255));
    }

    private static void AssertColour(SkiaSharp.SKColor expected, UglyToad.PdfPig.Content.Letter letter) =>
        Assert.Equal(Rgb(expected), Rgb(letter));
}
