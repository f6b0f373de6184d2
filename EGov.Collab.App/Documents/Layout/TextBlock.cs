namespace EGov.Collab.App.Documents.Layout;

/// <summary>A heading or a paragraph: wrapped lines, never split so that a single line is left alone at a page's top.</summary>
internal sealed class TextBlock(
    string text,
    TextStyle style,
    TextAlignment alignment,
    float spaceBefore,
    float spaceAfter,
    float keepWithNext) : Block
{
    public static TextBlock Heading(string text, int level)
    {
        var style = TextStyle.Heading(level);
        // A heading pulls two body lines with it, so it never ends a page on its own.
        return new TextBlock(text, style, TextAlignment.Left, style.Size * 0.9f, style.Size * 0.45f, TextStyle.Body.LineHeight * 2);
    }

    public static TextBlock Paragraph(string text, TextStyle style, TextAlignment alignment) =>
        new(text, style, alignment, 0f, style.Size * 0.6f, 0f);

    public override void Layout(FlowLayout flow)
    {
        var font = flow.Resources.Font(style);
        var lineHeight = style.LineHeight;
        var baseline = RenderResources.BaselineOffset(font, lineHeight);
        var lines = TextWrapper.Wrap(text, font, flow.Width);

        flow.Skip(spaceBefore);
        var keep = keepWithNext > 0 ? (lines.Count * lineHeight) + keepWithNext : Math.Min(lines.Count, 2) * lineHeight;
        flow.EnsureSpace(Math.Min(keep, flow.PageHeight));

        foreach (var line in lines)
        {
            flow.EnsureSpace(lineHeight);
            if (line.Text.Length > 0)
            {
                var x = Align(flow.Left, flow.Width, line.Width, alignment);
                flow.Add(new TextFragment(line.Text, x, flow.Y + baseline, font, style.Color));
            }

            flow.Advance(lineHeight);
        }

        flow.Skip(spaceAfter);
    }

    public static float Align(float left, float width, float textWidth, TextAlignment alignment) => alignment switch
    {
        TextAlignment.Center => left + ((width - textWidth) / 2f),
        TextAlignment.Right => left + width - textWidth,
        _ => left,
    };
}
