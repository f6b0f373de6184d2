using EGov.Collab.App.Documents;
using EGov.Collab.App.Readiness;
using EGov.Collab.App.Readiness.Reports;
using EGov.Collab.Data.Seeding;
using EGov.Collab.Tests.Documents;
using EGov.Collab.Tests.Support;
using Microsoft.Extensions.DependencyInjection;
using SkiaSharp;

namespace EGov.Collab.Tests.Integration.Readiness;

/// <summary>The body report's chart colours its bars by series (this body, the country), not bar after bar.</summary>
[Collection(SharedPortal.Name)]
public sealed class ReadinessReportChartTests(PortalFactory portal)
{
    [Fact]
    public async Task BodyReport_Chart_OneColourPerSeries()
    {
        var year = (await portal.Services.GetRequiredService<ReadinessResults>().YearAsync(ReadinessDemoData.CurrentYear))!;
        Assert.True(year.Definition.Components.Count >= 2, "The chart needs at least four bars for a palette cycling bar by bar to show.");
        var pdf = (await portal.Services.GetRequiredService<ReadinessReports>().BodyAsync(year.Year, year.Results.Bodies[0].Index.Id))!;

        int pages;
        using (var document = PdfReading.Open(pdf)) pages = document.NumberOfPages;
        var counts = new int[PdfColors.ChartPalette.Count];
        for (var page = 1; page <= pages; page++)
        {
            using var bitmap = PdfReading.RenderPage(pdf, page);
            for (var y = 0; y < bitmap.Height; y++)
            {
                for (var x = 0; x < bitmap.Width; x++)
                {
                    var pixel = bitmap.GetPixel(x, y);
                    for (var i = 0; i < counts.Length; i++)
                    {
                        if (Near(pixel, PdfColors.ChartPalette[i])) counts[i]++;
                    }
                }
            }
        }

        // This body's bars in the first colour, the country's in the second, and no bar in any other.
        Assert.True(counts[0] > 0 && counts[1] > 0, $"Series colours not found: {string.Join(", ", counts)}");
        Assert.NotEqual(PdfColors.ChartPalette[0], PdfColors.ChartPalette[1]);
        Assert.All(counts.Skip(2), c => Assert.Equal(0, c));
    }

    private static bool Near(SKColor a, SKColor b) =>
        Math.Abs(a.Red - b.Red) <= 6 && Math.Abs(a.Green - b.Green) <= 6 && Math.Abs(a.Blue - b.Blue) <= 6;
}
