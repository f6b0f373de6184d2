using System.Globalization;
using EGov.Collab.App.Common;
using EGov.Collab.App.Documents;
using EGov.Collab.Domain.Drafting;
using EGov.Collab.Domain.Drafting.Editing;
using Microsoft.Extensions.Localization;
using SkiaSharp;

namespace EGov.Collab.App.Drafting.Documents;

/// <summary>PDFs of the drafting module over the portal's PDF layer: a version's text, a redline, the table of proposals.</summary>
public static class DraftPdf
{
    private static readonly TextStyle ArticleStyle = TextStyle.Body with { Bold = true, Size = 11.5f };
    private static readonly TextStyle CentredHeading = TextStyle.Body with { Bold = true, Size = 13f };
    private static readonly TextStyle ItemStyle = TextStyle.Body;

    /// <summary>The text with legal formatting: centred title and section headings, bold articles, numbered parts and items.</summary>
    public static byte[] Text(string title, string subtitle, DraftDocument document, string pageFormat, DateTimeOffset now)
    {
        ArgumentNullException.ThrowIfNull(document);
        var numbers = LegalNumbering.Number(document);
        var pdf = Start(title, subtitle, pageFormat, now);
        foreach (var provision in document.Provisions)
            Add(pdf, provision.Kind, LegalNumbering.Line(numbers[provision.Id], provision));
        return pdf.Build();
    }

    /// <summary>Inserted words as a printed redline shows them: underlined, in blue.</summary>
    public static readonly SKColor InsertedColour = new(0x00, 0x4C, 0xA3);

    /// <summary>Deleted words as a printed redline shows them: struck through, in red.</summary>
    public static readonly SKColor DeletedColour = new(0xB0, 0x1C, 0x1C);

    /// <summary>
    /// A redline of two versions as lawyers print it: inserted words underlined in blue, deleted words struck through in
    /// red, a deleted provision struck through with its number; a legend explains the marks.
    /// </summary>
    public static byte[] Redline(string title, string subtitle, string legend, IReadOnlyList<RedlineProvision> provisions, string pageFormat, DateTimeOffset now)
    {
        ArgumentNullException.ThrowIfNull(provisions);
        var pdf = Start(title, subtitle, pageFormat, now);
        pdf.Paragraph(legend, TextStyle.Small).Spacer(6);
        foreach (var provision in provisions)
        {
            var (style, alignment, before, after) = Layout(provision.Kind);
            var runs = new List<PdfRun>();
            if (provision.Number.Length > 0)
            {
                var separator = provision.Kind is ProvisionKind.Part or ProvisionKind.Item ? " " : ". ";
                runs.Add(Run(provision.Number + separator, style, provision.Change));
            }
            RedlineSpan? previous = null;
            foreach (var span in provision.Spans.Where(span => span.Text.Length > 0))
            {
                // A replaced word prints as its struck old form, a space, then its new form: never glued into one word.
                if (previous is not null && previous.Change != RedlineChange.Same && span.Change != RedlineChange.Same && previous.Change != span.Change
                    && !char.IsWhiteSpace(previous.Text[^1]) && !char.IsWhiteSpace(span.Text[0]))
                    runs.Add(new PdfRun(" ", style));
                runs.Add(Run(span.Text, style, span.Change));
                previous = span;
            }
            if (provision.Kind == ProvisionKind.Item) runs.Insert(0, new PdfRun("    ", style));
            pdf.Spacer(before).RichParagraph(runs, alignment).Spacer(after);
        }
        return pdf.Build();
    }

    private static PdfRun Run(string text, TextStyle style, RedlineChange change) => change switch
    {
        RedlineChange.Inserted => new PdfRun(text, style with { Color = InsertedColour }, PdfRunDecoration.Underline),
        RedlineChange.Deleted => new PdfRun(text, style with { Color = DeletedColour }, PdfRunDecoration.StrikeThrough),
        _ => new PdfRun(text, style),
    };

    private static (TextStyle Style, TextAlignment Alignment, float Before, float After) Layout(ProvisionKind kind) => kind switch
    {
        ProvisionKind.Title => (TextStyle.Heading2, TextAlignment.Center, 0, 6),
        ProvisionKind.Section or ProvisionKind.Chapter or ProvisionKind.FinalProvisions or ProvisionKind.TransitionalProvisions => (CentredHeading, TextAlignment.Center, 6, 3),
        ProvisionKind.Article => (ArticleStyle, TextAlignment.Left, 4, 2),
        _ => (TextStyle.Body, TextAlignment.Left, 0, 0),
    };

    public static byte[] Proposals(string title, string subtitle, IReadOnlyList<string> headers, IReadOnlyList<ProposalRow> rows, string pageFormat, DateTimeOffset now)
    {
        ArgumentNullException.ThrowIfNull(headers);
        ArgumentNullException.ThrowIfNull(rows);
        var pdf = Start(title, subtitle, pageFormat, now).Landscape();
        var table = new PdfTable();
        float[] widths = [0.6f, 1.4f, 1f, 2.6f, 2.2f, 0.9f, 1f, 1.8f];
        for (var i = 0; i < headers.Count; i++) table.Column(headers[i], i < widths.Length ? widths[i] : 1f);
        foreach (var row in rows) table.Row([.. row.Cells]);
        pdf.Table(table);
        return pdf.Build();
    }

    /// <summary>The consultation report: period, who took part, the tally, then each provision's proposals with the group's answers.</summary>
    public static byte[] Report(ConsultationReport report, IStringLocalizer<DraftingResource> l, DateTimeOffset now)
    {
        ArgumentNullException.ThrowIfNull(report);
        ArgumentNullException.ThrowIfNull(l);
        var pdf = Start(l["Report.Title", report.Title], report.GroupName, l["Export.PageFormat"], now);
        pdf.Paragraph(l["Report.Title", report.Title], TextStyle.Heading2, TextAlignment.Center).Spacer(4);
        pdf.Paragraph(l["Report.Period", Kyiv(report.OpenedAt), Kyiv(report.EndsAt), report.Revision], TextStyle.Body).Spacer(6);
        pdf.Heading(l["Report.Participants"], 3);
        if (report.Participants.Count == 0) pdf.Paragraph(l["Report.NoParticipants"]);
        else
        {
            var people = new PdfTable();
            people.Column(l["Report.Participant"], 3f).Column(l["Report.Amendments"], 1f).Column(l["Report.Comments"], 1f);
            foreach (var person in report.Participants)
                people.Row(person.Name, person.Amendments.ToString(CultureInfo.CurrentCulture), person.Comments.ToString(CultureInfo.CurrentCulture));
            pdf.Table(people);
        }
        pdf.Heading(l["Report.Tally"], 3);
        pdf.Paragraph(string.Join(" · ", report.Tally.Select(t => $"{l["Status." + t.Key]}: {t.Value}")));
        pdf.Heading(l["Report.Proposals"], 3);
        foreach (var provision in report.Provisions)
        {
            pdf.Paragraph(provision.Citation, ArticleStyle);
            if (provision.Text.Length > 0) pdf.Paragraph(provision.Text, TextStyle.Small);
            var table = new PdfTable();
            table.Column(l["Table.Author"], 1.2f).Column(l["Table.Proposal"], 2.6f).Column(l["Table.Rationale"], 1.8f)
                .Column(l["Table.Tally"], 0.8f).Column(l["Table.Decision"], 1f).Column(l["Report.Answer"], 2.2f);
            foreach (var p in provision.Proposals) table.Row(p.Author, p.Proposal, p.Rationale, p.Tally, p.Status, p.Answer);
            pdf.Table(table).Spacer(6);
        }
        return pdf.Build();
    }

    private static string Kyiv(DateTimeOffset at) => PortalTime.ToKyiv(at).ToString("d MMMM yyyy, HH:mm", CultureInfo.CurrentCulture);

    private static PdfDocumentBuilder Start(string title, string subtitle, string pageFormat, DateTimeOffset now) =>
        new PdfDocumentBuilder()
            .Title(title)
            .Author("EGov.Collab")
            .Creator("EGov.Collab")
            .CreatedAt(now)
            .PageNumbers(pageFormat)
            .Paragraph(subtitle, TextStyle.Small, TextAlignment.Center)
            .Spacer(4);

    private static void Add(PdfDocumentBuilder pdf, ProvisionKind kind, string line)
    {
        switch (kind)
        {
            case ProvisionKind.Title:
                pdf.Paragraph(line, TextStyle.Heading2, TextAlignment.Center).Spacer(6);
                break;
            case ProvisionKind.Section or ProvisionKind.Chapter or ProvisionKind.FinalProvisions or ProvisionKind.TransitionalProvisions:
                pdf.Spacer(6).Paragraph(line, CentredHeading, TextAlignment.Center).Spacer(3);
                break;
            case ProvisionKind.Article:
                pdf.Spacer(4).Paragraph(line, ArticleStyle).Spacer(2);
                break;
            case ProvisionKind.Item:
                pdf.Paragraph("    " + line, ItemStyle, TextAlignment.Left);
                break;
            default:
                pdf.Paragraph(line, TextStyle.Body, TextAlignment.Left);
                break;
        }
    }
}
