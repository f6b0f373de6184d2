using System.Globalization;
using EGov.Collab.App.Documents;
using EGov.Collab.Domain.Readiness;
using Microsoft.Extensions.Localization;

namespace EGov.Collab.App.Readiness.Reports;

/// <summary>The national summary: key figures, the distribution of indices, averages by group, the full ranking (a table over many pages) and the methodology.</summary>
public static class NationalReportDocument
{
    public static byte[] Build(PublishedYear year, IStringLocalizer l, CultureInfo culture)
    {
        ArgumentNullException.ThrowIfNull(year);
        ArgumentNullException.ThrowIfNull(l);
        var uk = ReadinessFormat.IsUkrainian(culture);
        var results = year.Results;
        var pdf = new PdfDocumentBuilder()
            .Title(string.Format(culture, l["Report.NationalTitle"], year.Year))
            .Author(l["Report.Author"]).Subject(l["Report.Subject"])
            .PageNumbers(l["Report.PageNumbers"])
            .Heading(string.Format(culture, l["Report.NationalTitle"], year.Year))
            .Paragraph(string.Format(culture, l["Report.NationalSummary"], results.Bodies.Count, ReadinessFormat.Index(results.NationalCompositeAverage, culture)));

        var distribution = new PdfBarChart { Title = l["Report.Distribution"], Culture = culture, ValueFormat = "0", Height = 200f };
        var counts = results.Distribution();
        for (var i = 0; i < counts.Length; i++)
            distribution.Bar((i / 10d).ToString("0.0", culture) + "–" + ((i + 1) / 10d).ToString("0.0", culture), counts[i]);
        pdf.BarChart(distribution);

        pdf.Heading(l["Report.Groups"], 2);
        var groups = new PdfTable().Column(l["Results.Group"], 3f).Column(l["Report.Bodies"], 1f, TextAlignment.Right).Column(l["Report.AverageIndex"], 1.3f, TextAlignment.Right);
        foreach (var (group, average) in results.GroupCompositeAverages.OrderBy(g => g.Key))
            groups.Row(l[ReadinessFormat.GroupKey(group)], results.Bodies.Count(b => b.Index.Group == group).ToString(culture), ReadinessFormat.Index(average, culture));
        pdf.Table(groups);

        pdf.PageBreak().Heading(l["Report.Ranking"], 2);
        var ranking = new PdfTable()
            .Column(l["Results.Rank"], 0.7f, TextAlignment.Right).Column(l["Results.Body"], 4f).Column(l["Results.Group"], 2f)
            .Column(l["Results.Index"], 1.1f, TextAlignment.Right).Column(l["Results.Change"], 1f, TextAlignment.Right);
        foreach (var body in results.Bodies)
            ranking.Row(body.Rank.ToString(culture), year.Body(body.Index.Id).Name(uk), l[ReadinessFormat.GroupKey(body.Index.Group)],
                ReadinessFormat.Index(body.Index.Composite, culture), ReadinessFormat.Delta(body.Change.RankDelta));
        pdf.Table(ranking);

        pdf.PageBreak().Heading(l["Methodology.Heading"], 2);
        foreach (var line in MethodologyText.Paragraphs(year.Definition, l, culture)) pdf.Paragraph(line);
        var components = new PdfTable().Column(l["Results.Component"], 3f).Column(l["Methodology.Weight"], 1f, TextAlignment.Right).Column(l["Methodology.Indicators"], 4f);
        foreach (var component in year.Definition.Components)
            components.Row(component.Name(uk), ReadinessFormat.Weight(component.Weight, culture),
                string.Join("\n", component.Indicators.Select(i => $"{i.Code} ({ReadinessFormat.Weight(i.Weight, culture)}): {i.Question(uk)}")));
        pdf.Table(components);
        return pdf.Build();
    }
}
