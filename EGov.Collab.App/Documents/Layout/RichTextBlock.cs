using SkiaSharp;

namespace EGov.Collab.App.Documents.Layout;

/// <summary>
/// A paragraph of runs in different styles, wrapped greedily at spaces like <see cref="TextBlock"/>. Runs that meet
/// without a space form one word (never broken between them). Underlines and strike-throughs are lines drawn in the
/// run's colour, continued across the spaces inside a run.
/// </summary>
internal sealed class RichTextBlock(IReadOnlyList<PdfRun> runs, TextAlignment alignment) : Block
{
    private sealed record Piece(string Text, int Run, SKFont Font, float Width);

    private sealed record Word(IReadOnlyList<Piece> Pieces)
    {
        public float Width => Pieces.Sum(p => p.Width);
    }

    public override void Layout(FlowLayout flow)
    {
        var words = Words(flow.Resources);
        var lineHeight = runs.Count == 0 ? TextStyle.Body.LineHeight : runs.Max(r => r.Style.LineHeight);
        var lines = Wrap(words, flow.Width);
        flow.EnsureSpace(Math.Min(Math.Min(lines.Count, 2) * lineHeight, flow.PageHeight));
        foreach (var line in lines)
        {
            flow.EnsureSpace(lineHeight);
            var width = LineWidth(line);
            var x = TextBlock.Align(flow.Left, flow.Width, width, alignment);
            Word? previous = null;
            foreach (var word in line)
            {
                if (previous is not null)
                {
                    var space = SpaceWidth(word.Pieces[0]);
                    // The space between two words of one decorated run carries the decoration too.
                    if (previous.Pieces[^1].Run == word.Pieces[0].Run) Decorate(flow, word.Pieces[0], x, space, lineHeight);
                    x += space;
                }
                foreach (var piece in word.Pieces)
                {
                    var font = piece.Font;
                    var baseline = flow.Y + RenderResources.BaselineOffset(font, lineHeight);
                    flow.Add(new TextFragment(piece.Text, x, baseline, font, runs[piece.Run].Style.Color));
                    Decorate(flow, piece, x, piece.Width, lineHeight);
                    x += piece.Width;
                }
                previous = word;
            }
            flow.Advance(lineHeight);
        }
        flow.Skip((runs.Count == 0 ? TextStyle.Body.Size : runs[0].Style.Size) * 0.6f);
    }

    private void Decorate(FlowLayout flow, Piece piece, float x, float width, float lineHeight)
    {
        var run = runs[piece.Run];
        if (run.Decoration == PdfRunDecoration.None || width <= 0) return;
        var font = piece.Font;
        var baseline = flow.Y + RenderResources.BaselineOffset(font, lineHeight);
        var y = run.Decoration == PdfRunDecoration.Underline ? baseline + (run.Style.Size * 0.12f) : baseline - (run.Style.Size * 0.3f);
        flow.Add(new LineFragment(new SKPoint(x, y), new SKPoint(x + width, y), run.Style.Color, Math.Max(0.6f, run.Style.Size * 0.06f)));
    }

    private List<Word> Words(RenderResources resources)
    {
        var words = new List<Word>();
        var current = new List<Piece>();
        for (var r = 0; r < runs.Count; r++)
        {
            var font = resources.Font(runs[r].Style);
            var parts = runs[r].Text.ReplaceLineEndings(" ").Split(' ');
            for (var i = 0; i < parts.Length; i++)
            {
                if (i > 0 && current.Count > 0)
                {
                    words.Add(new Word(current));
                    current = [];
                }
                if (parts[i].Length == 0) continue;
                var text = GlyphFallback.Apply(parts[i], font);
                current.Add(new Piece(text, r, font, font.MeasureText(text)));
            }
        }
        if (current.Count > 0) words.Add(new Word(current));
        return words;
    }

    private static List<List<Word>> Wrap(List<Word> words, float maxWidth)
    {
        var lines = new List<List<Word>> { new() };
        var width = 0f;
        foreach (var word in words)
        {
            var line = lines[^1];
            var space = line.Count == 0 ? 0f : SpaceWidth(word.Pieces[0]);
            if (line.Count > 0 && width + space + word.Width > maxWidth + 0.01f)
            {
                lines.Add([word]);
                width = word.Width;
                continue;
            }
            line.Add(word);
            width += space + word.Width;
        }
        return lines;
    }

    private static float LineWidth(List<Word> line) =>
        line.Sum(w => w.Width) + line.Skip(1).Sum(w => SpaceWidth(w.Pieces[0]));

    private static float SpaceWidth(Piece piece) => piece.Font.MeasureText(" ");
}
