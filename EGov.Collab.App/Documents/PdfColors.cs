using SkiaSharp;

namespace EGov.Collab.App.Documents;

/// <summary>The portal's document palette: quiet greys for structure, Ukrainian blue as the accent.</summary>
public static class PdfColors
{
    public static SKColor Text { get; } = new(0x1F, 0x29, 0x33);
    public static SKColor Muted { get; } = new(0x52, 0x60, 0x6D);
    public static SKColor Rule { get; } = new(0xCB, 0xD2, 0xD9);
    public static SKColor StrongRule { get; } = new(0x7B, 0x87, 0x94);
    public static SKColor HeaderFill { get; } = new(0xE4, 0xE9, 0xF0);
    public static SKColor ZebraFill { get; } = new(0xF5, 0xF7, 0xFA);
    public static SKColor Accent { get; } = new(0x00, 0x57, 0xB7);
    public static SKColor Gold { get; } = new(0xC9, 0x9A, 0x06);

    /// <summary>Bar colours in order; distinguishable in greyscale print as well.</summary>
    public static IReadOnlyList<SKColor> ChartPalette { get; } =
    [
        new(0x00, 0x57, 0xB7),
        new(0xE0, 0xA8, 0x00),
        new(0x2E, 0x7D, 0x32),
        new(0xC6, 0x28, 0x28),
        new(0x6A, 0x1B, 0x9A),
        new(0x00, 0x83, 0x8F),
    ];
}
