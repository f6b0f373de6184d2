using SkiaSharp;

namespace EGov.Collab.App.Documents.Layout;

/// <summary>
/// Content of a fixed size that moves to the next page as a whole: an image, a QR code, a chart, a drawing.
/// A box with a width keeps its proportions and shrinks to fit the content area; a box without one spans the
/// content width and is at most a page tall.
/// </summary>
internal sealed class BoxBlock(float? width, float height, TextAlignment alignment, Func<SKRect, Fragment> place) : Block
{
    private const float SpaceAfter = 8f;

    public override void Layout(FlowLayout flow)
    {
        float w, h;
        if (width is { } fixedWidth)
        {
            var scale = Math.Min(1f, Math.Min(flow.Width / fixedWidth, flow.PageHeight / height));
            w = fixedWidth * scale;
            h = height * scale;
        }
        else
        {
            w = flow.Width;
            h = Math.Min(height, flow.PageHeight);
        }

        flow.EnsureSpace(h);
        var x = TextBlock.Align(flow.Left, flow.Width, w, alignment);
        flow.Add(place(new SKRect(x, flow.Y, x + w, flow.Y + h)));
        flow.Advance(h);
        flow.Skip(SpaceAfter);
    }
}
