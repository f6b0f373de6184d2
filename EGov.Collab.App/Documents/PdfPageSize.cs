namespace EGov.Collab.App.Documents;

/// <summary>A page size in points (1/72 inch).</summary>
public readonly record struct PdfPageSize(float Width, float Height)
{
    public static PdfPageSize A4Portrait { get; } = new(PdfUnits.Mm(210), PdfUnits.Mm(297));

    public static PdfPageSize A4Landscape { get; } = new(PdfUnits.Mm(297), PdfUnits.Mm(210));

    public PdfPageSize Landscape => Width >= Height ? this : new(Height, Width);

    public PdfPageSize Portrait => Width <= Height ? this : new(Height, Width);
}
