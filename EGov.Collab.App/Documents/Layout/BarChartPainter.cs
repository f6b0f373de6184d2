using SkiaSharp;

namespace EGov.Collab.App.Documents.Layout;

/// <summary>Draws a <see cref="PdfBarChart"/> into a canvas's bounds: title, gridlines with tick labels, bars, values, labels.</summary>
internal static class BarChartPainter
{
    private static readonly TextStyle TitleStyle = TextStyle.Body with { Bold = true, Size = 10.5f };
    private static readonly TextStyle LabelStyle = TextStyle.Small with { Color = PdfColors.Text, LineSpacing = 1.2f };
    private static readonly TextStyle TickStyle = TextStyle.Small with { Size = 7.5f };
    private static readonly TextStyle ValueStyle = TextStyle.Small with { Bold = true, Color = PdfColors.Text };
    private const float Gap = 4f;

    public static void Paint(PdfCanvas canvas, PdfBarChart chart)
    {
        var area = canvas.Bounds;
        if (chart.Title is { Length: > 0 } title)
        {
            var used = canvas.DrawTextBlock(title, area, TitleStyle, TextAlignment.Center, maxLines: 2);
            area = new SKRect(area.Left, area.Top + used + Gap, area.Right, area.Bottom);
        }

        if (chart.Bars.Count == 0 || area.Height < 40 || area.Width < 60)
        {
            return;
        }

        var largest = chart.Bars.Max(b => b.Value);
        var scale = NiceScale.For(Math.Max(chart.Maximum ?? 0, largest));
        if (chart.Orientation == BarOrientation.Horizontal)
        {
            PaintHorizontal(canvas, chart, area, scale);
        }
        else
        {
            PaintVertical(canvas, chart, area, scale);
        }
    }

    private static void PaintVertical(PdfCanvas canvas, PdfBarChart chart, SKRect area, NiceScale scale)
    {
        var tickWidth = Enumerable.Range(0, scale.TickCount + 1)
            .Max(i => canvas.MeasureText(chart.FormatTick(i * scale.Step), TickStyle));
        var labelsHeight = 2 * LabelStyle.LineHeight;
        var plot = new SKRect(
            area.Left + tickWidth + Gap,
            area.Top + ValueStyle.LineHeight,
            area.Right,
            area.Bottom - labelsHeight - Gap);

        for (var i = 0; i <= scale.TickCount; i++)
        {
            var y = plot.Bottom - (float)(i * scale.Step / scale.Maximum * plot.Height);
            if (i > 0)
            {
                canvas.DrawLine(plot.Left, y, plot.Right, y, PdfColors.Rule, 0.4f);
            }

            canvas.DrawText(chart.FormatTick(i * scale.Step), plot.Left - Gap, y - (TickStyle.LineHeight / 2f), TickStyle, TextAlignment.Right);
        }

        var slot = plot.Width / chart.Bars.Count;
        var barWidth = Math.Min(slot * 0.62f, 60f);
        for (var i = 0; i < chart.Bars.Count; i++)
        {
            var bar = chart.Bars[i];
            var slotLeft = plot.Left + (i * slot);
            var centre = slotLeft + (slot / 2f);
            var height = (float)(Math.Min(bar.Value, scale.Maximum) / scale.Maximum * plot.Height);
            var rect = new SKRect(centre - (barWidth / 2f), plot.Bottom - height, centre + (barWidth / 2f), plot.Bottom);
            canvas.FillRectangle(rect, Colour(chart, i));
            canvas.Within(
                new SKRect(slotLeft, area.Top, slotLeft + slot, plot.Bottom),
                c => c.DrawText(chart.Format(bar.Value), centre, rect.Top - ValueStyle.LineHeight, ValueStyle, TextAlignment.Center));
            canvas.DrawTextBlock(
                bar.Label,
                new SKRect(slotLeft + 1, plot.Bottom + Gap, slotLeft + slot - 1, area.Bottom),
                LabelStyle,
                TextAlignment.Center,
                maxLines: 2);
        }

        canvas.DrawLine(plot.Left, plot.Top, plot.Left, plot.Bottom, PdfColors.StrongRule);
        canvas.DrawLine(plot.Left, plot.Bottom, plot.Right, plot.Bottom, PdfColors.StrongRule);
    }

    private static void PaintHorizontal(PdfCanvas canvas, PdfBarChart chart, SKRect area, NiceScale scale)
    {
        var labelWidth = Math.Min(chart.Bars.Max(b => canvas.MeasureText(b.Label, LabelStyle)), area.Width * 0.35f);
        var valueWidth = chart.Bars.Max(b => canvas.MeasureText(chart.Format(b.Value), ValueStyle));
        var plot = new SKRect(
            area.Left + labelWidth + Gap,
            area.Top,
            area.Right - valueWidth - Gap,
            area.Bottom - TickStyle.LineHeight - Gap);

        for (var i = 0; i <= scale.TickCount; i++)
        {
            var x = plot.Left + (float)(i * scale.Step / scale.Maximum * plot.Width);
            if (i > 0)
            {
                canvas.DrawLine(x, plot.Top, x, plot.Bottom, PdfColors.Rule, 0.4f);
            }

            canvas.DrawText(chart.FormatTick(i * scale.Step), x, plot.Bottom + Gap, TickStyle, TextAlignment.Center);
        }

        var slot = plot.Height / chart.Bars.Count;
        var barHeight = Math.Min(slot * 0.62f, 22f);
        for (var i = 0; i < chart.Bars.Count; i++)
        {
            var bar = chart.Bars[i];
            var middle = plot.Top + (i * slot) + (slot / 2f);
            var length = (float)(Math.Min(bar.Value, scale.Maximum) / scale.Maximum * plot.Width);
            var rect = new SKRect(plot.Left, middle - (barHeight / 2f), plot.Left + length, middle + (barHeight / 2f));
            canvas.FillRectangle(rect, Colour(chart, i));
            canvas.DrawText(chart.Format(bar.Value), rect.Right + Gap, middle - (ValueStyle.LineHeight / 2f), ValueStyle);

            var maxLines = Math.Max(1, (int)(slot / LabelStyle.LineHeight));
            var labelHeight = Math.Min(canvas.MeasureTextBlock(bar.Label, labelWidth, LabelStyle), maxLines * LabelStyle.LineHeight);
            var labelTop = middle - (labelHeight / 2f);
            canvas.DrawTextBlock(
                bar.Label,
                new SKRect(area.Left, labelTop, area.Left + labelWidth, labelTop + labelHeight),
                LabelStyle,
                TextAlignment.Right,
                maxLines);
        }

        canvas.DrawLine(plot.Left, plot.Top, plot.Left, plot.Bottom, PdfColors.StrongRule);
        canvas.DrawLine(plot.Left, plot.Bottom, plot.Right, plot.Bottom, PdfColors.StrongRule);
    }

    private static SKColor Colour(PdfBarChart chart, int index) =>
        chart.Palette.Count == 0 ? PdfColors.Accent : chart.Palette[index % chart.Palette.Count];
}
