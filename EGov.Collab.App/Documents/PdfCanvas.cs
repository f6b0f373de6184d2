using EGov.Collab.App.Documents.Layout;
using SkiaSharp;

namespace EGov.Collab.App.Documents;

/// <summary>
/// Absolute drawing on a page, for layouts that do not flow (a certificate, a signature block, a header).
/// Coordinates are points from the page's top-left corner. Everything is clipped to <see cref="Bounds"/>, and the text
/// methods keep text inside it: <see cref="DrawText"/> shrinks a line that would not fit, <see cref="DrawTextBlock"/>
/// wraps and drops (with an ellipsis) lines that would fall below the area.
/// </summary>
public sealed class PdfCanvas
{
    private static readonly SKSamplingOptions Smooth = new(SKFilterMode.Linear, SKMipmapMode.None);
    private static readonly SKSamplingOptions Crisp = new(SKFilterMode.Nearest, SKMipmapMode.None);

    private readonly RenderResources _resources;

    internal PdfCanvas(SKCanvas canvas, RenderResources resources, PdfPageSize pageSize, SKRect bounds)
    {
        Skia = canvas;
        _resources = resources;
        PageSize = pageSize;
        Bounds = bounds;
    }

    public PdfPageSize PageSize { get; }

    /// <summary>Where this canvas may draw: the page's content area (inside the margins), a header band or a block.</summary>
    public SKRect Bounds { get; }

    /// <summary>The underlying Skia canvas, for shapes this class does not offer. Stay inside <see cref="Bounds"/>.</summary>
    public SKCanvas Skia { get; }

    public float MeasureText(string text, TextStyle style)
    {
        var font = _resources.Font(style);
        return font.MeasureText(TextWrapper.SingleLine(text, font));
    }

    /// <summary>The height <see cref="DrawTextBlock"/> would use for <paramref name="text"/> wrapped to <paramref name="width"/>.</summary>
    public float MeasureTextBlock(string text, float width, TextStyle style) =>
        TextWrapper.Wrap(text, _resources.Font(style), width).Count * style.LineHeight;

    /// <summary>
    /// Draws one line whose line box starts at <paramref name="top"/>; <paramref name="x"/> is its left edge, centre or
    /// right edge according to <paramref name="alignment"/>. A line wider than the room to the bounds is drawn smaller.
    /// Returns the box the text occupies.
    /// </summary>
    public SKRect DrawText(string text, float x, float top, TextStyle style, TextAlignment alignment = TextAlignment.Left)
    {
        var font = _resources.Font(style);
        text = TextWrapper.SingleLine(text, font);
        var room = alignment switch
        {
            TextAlignment.Center => 2 * Math.Min(x - Bounds.Left, Bounds.Right - x),
            TextAlignment.Right => x - Bounds.Left,
            _ => Bounds.Right - x,
        };
        if (room <= 0 || text.Length == 0)
        {
            return SKRect.Empty;
        }

        var width = font.MeasureText(text);
        var lineHeight = style.LineHeight;
        if (width > room)
        {
            var size = MathF.Floor(style.Size * room / width * 100f) / 100f;
            font = _resources.Font(style.Bold, size);
            width = font.MeasureText(text);
            lineHeight = size * style.LineSpacing;
        }

        var left = alignment switch
        {
            TextAlignment.Center => x - (width / 2f),
            TextAlignment.Right => x - width,
            _ => x,
        };
        DrawTextAtBaseline(text, left, top + RenderResources.BaselineOffset(font, lineHeight), font, style.Color);
        return new SKRect(left, top, left + width, top + lineHeight);
    }

    /// <summary>
    /// Wraps <paramref name="text"/> into <paramref name="area"/> and draws the lines that fit (the last one shortened with
    /// "…" when some do not). Returns the height used.
    /// </summary>
    public float DrawTextBlock(string text, SKRect area, TextStyle style, TextAlignment alignment = TextAlignment.Left, int maxLines = int.MaxValue)
    {
        area = SKRect.Intersect(area, Bounds);
        if (area.IsEmpty)
        {
            return 0f;
        }

        var font = _resources.Font(style);
        var lineHeight = style.LineHeight;
        var lines = TextWrapper.Wrap(text, font, area.Width);
        var fit = Math.Min(Math.Min(lines.Count, maxLines), (int)Math.Floor((area.Height + 0.01f) / lineHeight));
        var baseline = RenderResources.BaselineOffset(font, lineHeight);
        for (var i = 0; i < fit; i++)
        {
            var line = lines[i];
            if (i == fit - 1 && fit < lines.Count)
            {
                line = TextWrapper.Ellipsize(line.Text, font, area.Width);
            }

            var x = TextBlock.Align(area.Left, area.Width, line.Width, alignment);
            DrawTextAtBaseline(line.Text, x, area.Top + (i * lineHeight) + baseline, font, style.Color);
        }

        return Math.Max(0, fit) * lineHeight;
    }

    public void DrawLine(float x1, float y1, float x2, float y2, SKColor color, float width = 0.75f) =>
        Skia.DrawLine(x1, y1, x2, y2, _resources.Stroke(color, width));

    /// <summary>Strokes a rectangle whose stroke stays inside <paramref name="rect"/>.</summary>
    public void DrawRectangle(SKRect rect, SKColor color, float width = 0.75f, float cornerRadius = 0f)
    {
        var inset = rect;
        inset.Inflate(-width / 2f, -width / 2f);
        var paint = _resources.Stroke(color, width);
        if (cornerRadius > 0)
        {
            Skia.DrawRoundRect(inset, cornerRadius, cornerRadius, paint);
        }
        else
        {
            Skia.DrawRect(inset, paint);
        }
    }

    public void FillRectangle(SKRect rect, SKColor color, float cornerRadius = 0f)
    {
        var paint = _resources.Fill(color);
        if (cornerRadius > 0)
        {
            Skia.DrawRoundRect(rect, cornerRadius, cornerRadius, paint);
        }
        else
        {
            Skia.DrawRect(rect, paint);
        }
    }

    /// <summary>Draws a PNG or JPEG as large as fits in <paramref name="area"/>, keeping its proportions, centred.</summary>
    public void DrawImage(byte[] image, SKRect area)
    {
        var decoded = _resources.Image(image);
        Skia.DrawImage(decoded, Fit(decoded.Width, decoded.Height, area), Smooth);
    }

    /// <summary>Draws <paramref name="text"/> as a QR code, the largest square that fits in <paramref name="area"/>, centred.</summary>
    public void DrawQrCode(string text, SKRect area)
    {
        var decoded = _resources.QrCode(text);
        // Nearest-neighbour keeps module edges sharp when a viewer scales the bitmap.
        Skia.DrawImage(decoded, Fit(decoded.Width, decoded.Height, area), Crisp);
    }

    /// <summary>Runs <paramref name="draw"/> on a canvas limited to <paramref name="area"/> (intersected with these bounds).</summary>
    public void Within(SKRect area, Action<PdfCanvas> draw)
    {
        var bounds = SKRect.Intersect(area, Bounds);
        if (bounds.IsEmpty)
        {
            return;
        }

        Skia.Save();
        Skia.ClipRect(bounds);
        draw(new PdfCanvas(Skia, _resources, PageSize, bounds));
        Skia.Restore();
    }

    internal void DrawTextAtBaseline(string text, float x, float baseline, SKFont font, SKColor color) =>
        Skia.DrawText(text, x, baseline, SKTextAlign.Left, font, _resources.Fill(color));

    private static SKRect Fit(int width, int height, SKRect area)
    {
        var scale = Math.Min(area.Width / width, area.Height / height);
        var w = width * scale;
        var h = height * scale;
        var left = area.MidX - (w / 2f);
        var top = area.MidY - (h / 2f);
        return new SKRect(left, top, left + w, top + h);
    }
}
