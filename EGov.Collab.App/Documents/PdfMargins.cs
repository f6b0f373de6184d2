using SkiaSharp;

namespace EGov.Collab.App.Documents;

/// <summary>Page margins in points. Flowing content never crosses them; headers and footers live in the top and bottom bands.</summary>
public readonly record struct PdfMargins(float Top, float Right, float Bottom, float Left)
{
    /// <summary>2 cm top and bottom, 2 cm left (binding side), 1.5 cm right: common for Ukrainian official papers.</summary>
    public static PdfMargins Default { get; } = new(PdfUnits.Cm(2), PdfUnits.Cm(1.5f), PdfUnits.Cm(2), PdfUnits.Cm(2));

    public static PdfMargins All(float points) => new(points, points, points, points);

    public SKRect ContentArea(PdfPageSize size)
    {
        var area = new SKRect(Left, Top, size.Width - Right, size.Height - Bottom);
        if (area.Width <= 0 || area.Height <= 0)
        {
            throw new ArgumentException($"Margins {this} leave no room on a {size.Width}×{size.Height} pt page.");
        }

        return area;
    }
}
