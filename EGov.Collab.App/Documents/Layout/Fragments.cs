using SkiaSharp;

namespace EGov.Collab.App.Documents.Layout;

/// <summary>Something placed on a page in the layout pass, at a final position, drawn in the second pass.</summary>
internal abstract class Fragment
{
    public abstract void Draw(PdfCanvas canvas);
}

internal sealed class TextFragment(string text, float x, float baseline, SKFont font, SKColor color) : Fragment
{
    public override void Draw(PdfCanvas canvas) => canvas.DrawTextAtBaseline(text, x, baseline, font, color);
}

internal sealed class RectangleFragment(SKRect rect, SKColor color) : Fragment
{
    public override void Draw(PdfCanvas canvas) => canvas.FillRectangle(rect, color);
}

internal sealed class LineFragment(SKPoint from, SKPoint to, SKColor color, float width) : Fragment
{
    public override void Draw(PdfCanvas canvas) => canvas.DrawLine(from.X, from.Y, to.X, to.Y, color, width);
}

internal sealed class ImageFragment(byte[] image, SKRect rect) : Fragment
{
    public override void Draw(PdfCanvas canvas) => canvas.DrawImage(image, rect);
}

internal sealed class QrCodeFragment(string text, SKRect rect) : Fragment
{
    public override void Draw(PdfCanvas canvas) => canvas.DrawQrCode(text, rect);
}

internal sealed class DrawingFragment(SKRect area, Action<PdfCanvas> draw) : Fragment
{
    public override void Draw(PdfCanvas canvas) => canvas.Within(area, draw);
}
