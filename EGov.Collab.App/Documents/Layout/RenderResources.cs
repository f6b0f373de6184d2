using SkiaSharp;

namespace EGov.Collab.App.Documents.Layout;

/// <summary>
/// Everything one build reuses: fonts per size, two paints, decoded images and QR codes. One instance per build
/// (Skia paints are not thread-safe); the typefaces underneath are shared process-wide.
/// </summary>
internal sealed class RenderResources : IDisposable
{
    private readonly Dictionary<(bool Bold, float Size), SKFont> _fonts = [];
    private readonly Dictionary<byte[], SKImage> _images = new(ReferenceEqualityComparer.Instance);
    private readonly Dictionary<string, SKImage> _qrCodes = new(StringComparer.Ordinal);
    private readonly SKPaint _fill = new() { IsAntialias = true, Style = SKPaintStyle.Fill };
    private readonly SKPaint _stroke = new() { IsAntialias = true, Style = SKPaintStyle.Stroke };

    public SKFont Font(TextStyle style) => Font(style.Bold, style.Size);

    public SKFont Font(bool bold, float size)
    {
        if (!_fonts.TryGetValue((bold, size), out var font))
        {
            // Linear (unhinted) metrics: what we measure is exactly what the PDF positions, at any size.
            font = new SKFont(PdfFonts.For(bold), size)
            {
                LinearMetrics = true,
                Hinting = SKFontHinting.None,
                Subpixel = true,
                Edging = SKFontEdging.Antialias,
            };
            _fonts.Add((bold, size), font);
        }

        return font;
    }

    /// <summary>Distance from the top of a line box to the baseline, centring the glyph box in the line.</summary>
    public static float BaselineOffset(SKFont font, float lineHeight)
    {
        var metrics = font.Metrics;
        var glyphHeight = metrics.Descent - metrics.Ascent;
        return ((lineHeight - glyphHeight) / 2f) - metrics.Ascent;
    }

    public SKPaint Fill(SKColor color)
    {
        _fill.Color = color;
        return _fill;
    }

    public SKPaint Stroke(SKColor color, float width)
    {
        _stroke.Color = color;
        _stroke.StrokeWidth = width;
        return _stroke;
    }

    /// <summary>One decoded image per byte array, so a logo repeated on every page is embedded once.</summary>
    public SKImage Image(byte[] encoded)
    {
        if (!_images.TryGetValue(encoded, out var image))
        {
            image = SKImage.FromEncodedData(encoded)
                ?? throw new ArgumentException("The image bytes are not a PNG or JPEG Skia can decode.", nameof(encoded));
            _images.Add(encoded, image);
        }

        return image;
    }

    public SKImage QrCode(string text)
    {
        if (!_qrCodes.TryGetValue(text, out var image))
        {
            image = QrCodes.Image(text);
            _qrCodes.Add(text, image);
        }

        return image;
    }

    public void Dispose()
    {
        foreach (var font in _fonts.Values)
        {
            font.Dispose();
        }

        foreach (var image in _images.Values.Concat(_qrCodes.Values))
        {
            image.Dispose();
        }

        _fill.Dispose();
        _stroke.Dispose();
    }
}
