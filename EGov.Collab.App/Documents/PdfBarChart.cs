using System.Globalization;
using SkiaSharp;

namespace EGov.Collab.App.Documents;

public enum BarOrientation
{
    /// <summary>Columns rising from a horizontal axis; labels under them.</summary>
    Vertical,

    /// <summary>Bars growing to the right; labels on their left. Best for long labels (regions, organisations).</summary>
    Horizontal,
}

/// <summary>
/// A bar chart of non-negative values with an axis, gridlines, value labels and a palette.
/// <code>new PdfBarChart { Title = "Індекс готовності", Orientation = BarOrientation.Horizontal }.Bar("Київ", 87.5)</code>
/// </summary>
public sealed class PdfBarChart
{
    private readonly List<PdfBar> _bars = [];

    public IReadOnlyList<PdfBar> Bars => _bars;

    public string? Title { get; init; }

    public BarOrientation Orientation { get; init; } = BarOrientation.Vertical;

    /// <summary>Total height of the chart in points, title included.</summary>
    public float Height { get; init; } = 220f;

    /// <summary>The axis end (e.g. 100 for percentages); by default a round number just above the largest value.</summary>
    public double? Maximum { get; init; }

    /// <summary>A .NET numeric format for the values written at the bars.</summary>
    public string ValueFormat { get; init; } = "0.##";

    /// <summary>A .NET numeric format for the axis ticks (round numbers, so no forced decimals by default).</summary>
    public string AxisFormat { get; init; } = "0.##";

    /// <summary>The culture numbers are written in (decimal comma in uk-UA); the current culture when null.</summary>
    public CultureInfo? Culture { get; init; }

    /// <summary>Colours used bar after bar, cycling; one colour gives a single-series look.</summary>
    public IReadOnlyList<SKColor> Palette { get; init; } = PdfColors.ChartPalette;

    public PdfBarChart Bar(string label, double value)
    {
        if (double.IsNaN(value) || double.IsInfinity(value) || value < 0)
        {
            throw new ArgumentOutOfRangeException(nameof(value), value, "Bar values must be finite and not negative.");
        }

        _bars.Add(new PdfBar(label, value));
        return this;
    }

    internal string Format(double value) => value.ToString(ValueFormat, Culture ?? CultureInfo.CurrentCulture);

    internal string FormatTick(double value) => value.ToString(AxisFormat, Culture ?? CultureInfo.CurrentCulture);
}

public sealed record PdfBar(string Label, double Value);
