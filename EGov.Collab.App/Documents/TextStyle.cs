using SkiaSharp;

namespace EGov.Collab.App.Documents;

/// <summary>How a run of text looks. Vary the presets with <c>with</c>: <c>TextStyle.Body with { Bold = true }</c>.</summary>
public sealed record TextStyle
{
    /// <summary>Font size in points.</summary>
    public float Size { get; init; } = 10.5f;

    public bool Bold { get; init; }

    public SKColor Color { get; init; } = PdfColors.Text;

    /// <summary>Line height as a multiple of the font size.</summary>
    public float LineSpacing { get; init; } = 1.35f;

    public static TextStyle Body { get; } = new();

    public static TextStyle Small { get; } = new() { Size = 8.5f, Color = PdfColors.Muted };

    public static TextStyle Heading1 { get; } = new() { Size = 20f, Bold = true, LineSpacing = 1.25f, Color = PdfColors.Accent };

    public static TextStyle Heading2 { get; } = new() { Size = 15f, Bold = true, LineSpacing = 1.25f };

    public static TextStyle Heading3 { get; } = new() { Size = 12.5f, Bold = true, LineSpacing = 1.3f };

    public static TextStyle Heading(int level) => level switch
    {
        <= 1 => Heading1,
        2 => Heading2,
        _ => Heading3,
    };

    public float LineHeight => Size * LineSpacing;
}
