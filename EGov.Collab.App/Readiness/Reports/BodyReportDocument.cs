using System.Globalization;
using EGov.Collab.App.Documents;
using EGov.Collab.Domain.Readiness;
using Microsoft.Extensions.Localization;

namespace EGov.Collab.App.Readiness.Reports;

/// <summary>
/// A body's readiness report: its index and ranks, its component scores against the national and group averages
/// (table and chart), strengths and weaknesses, and the recommendation of each weak indicator. Pure composition: the
/// numbers come from <see cref="PublishedYear"/>, formatted as the results page formats them.
/// </summary>
public static class BodyReportDocument
{
    public static byte[] Build(PublishedYear year, Guid bodyId, IStringLocalizer l, CultureInfo culture)
    {
        ArgumentNullException.ThrowIfNull(year);
        ArgumentNullException.ThrowIfNull(l);
        var result = year.Results.Find(bodyId) ?? throw new ArgumentException("The body has no result this year.", nameof(bodyId));
        var uk = ReadinessFormat.IsUkrainian(culture);
        var body = year.Body(bodyId);
        var name = body.Name(uk);
        var groupAverages = year.Results.GroupAverages[body.Group];
        var findings = BodyFindings.For(year.Model, year.Results, result);

        var pdf = new PdfDocumentBuilder()
            .Title(string.Format(culture, l["Report.BodyTitle"], name, year.Year))
            .Author(l["Report.Author"]).Subject(l["Report.Subject"]).Keywords("e-readiness", year.Year.ToString(CultureInfo.InvariantCulture))
            .PageNumbers(l["Report.PageNumbers"])
            .Heading(string.Format(culture, l["Report.BodyHeading"], year.Year))
            .Heading(name, 2)
            .Paragraph($"{l["Results.Group"]}: {l[ReadinessFormat.GroupKey(body.Group)]}")
            .Paragraph($"{l["Results.Index"]}: {ReadinessFormat.Index(result.Index.Composite, culture)}", TextStyle.Body with { Size = 14f, Bold = true })
            .Paragraph(string.Format(culture, l["Report.RankLine"], result.Rank, year.Results.Bodies.Count, result.GroupRank))
            .Paragraph($"{l["Results.Change"]}: {ReadinessFormat.Delta(result.Change.RankDelta)} ({ReadinessFormat.IndexDelta(result.Change.IndexDelta, culture)})")
            .Spacer(6)
            .Heading(l["Report.Components"], 2);

        var table = new PdfTable()
            .Column(l["Results.Component"], 3f).Column(l["Methodology.Weight"], 1f, TextAlignment.Right)
            .Column(l["Report.Score"], 1.2f, TextAlignment.Right).Column(l["Report.NationalAverage"], 1.3f, TextAlignment.Right)
            .Column(l["Report.GroupAverage"], 1.3f, TextAlignment.Right);
        var chart = new PdfBarChart { Title = l["Report.ChartTitle"], Orientation = BarOrientation.Horizontal, Maximum = 1, ValueFormat = "0.0000", Culture = culture, Height = 60f + (year.Definition.Components.Count * 48f),
            // The bars alternate this body, the country; two colours cycling give each series its own colour.
            Palette = [PdfColors.ChartPalette[0], PdfColors.ChartPalette[1]] };
        foreach (var component in year.Definition.Components)
        {
            var score = result.Index.Components[component.Code];
            table.Row(component.Name(uk), ReadinessFormat.Weight(component.Weight, culture), ReadinessFormat.Index(score, culture),
                ReadinessFormat.Index(year.Results.NationalAverages[component.Code], culture), ReadinessFormat.Index(groupAverages[component.Code], culture));
            chart.Bar($"{component.Code} · {l["Report.ThisBody"]}", (double)IndexRounding.Round(score));
            chart.Bar($"{component.Code} · {l["Report.Country"]}", (double)IndexRounding.Round(year.Results.NationalAverages[component.Code]));
        }
        pdf.Table(table).Spacer(8).BarChart(chart);

        pdf.Heading(l["Report.Strengths"], 2);
        pdf.Paragraph(findings.Strengths.Count == 0 ? l["Report.None"] : string.Join("\n", findings.Strengths.Select(c => "• " + year.Definition.FindComponent(c)!.Name(uk))));
        pdf.Heading(l["Report.Weaknesses"], 2);
        pdf.Paragraph(findings.Weaknesses.Count == 0 ? l["Report.None"] : string.Join("\n", findings.Weaknesses.Select(c => "• " + year.Definition.FindComponent(c)!.Name(uk))));

        pdf.Heading(l["Report.Recommendations"], 2);
        if (findings.WeakIndicators.Count == 0) pdf.Paragraph(l["Report.NoWeakIndicators"]);
        else
        {
            var recommendations = new PdfTable()
                .Column(l["Methodology.Question"], 3f).Column(l["Report.Score"], 0.9f, TextAlignment.Right).Column(l["Report.Recommendation"], 3f);
            foreach (var code in findings.WeakIndicators)
            {
                var indicator = year.Definition.FindIndicator(code)!;
                recommendations.Row($"{code}. {indicator.Question(uk)}", ReadinessFormat.Index(result.Raw.Indicators[code], culture), indicator.Recommendation(uk));
            }
            pdf.Table(recommendations);
        }
        pdf.Paragraph(l["Report.RelativeNote"], TextStyle.Small);
        return pdf.Build();
    }
}
