using EGov.Collab.App.Documents;
using EGov.Collab.Domain.Drafting;
using EGov.Collab.Domain.Drafting.Editing;

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

    /// <summary>A redline of two versions; deletions and insertions are marked in the text ([−…−], [+…+]) and explained in a legend.</summary>
    public static byte[] Redline(string title, string subtitle, string legend, IReadOnlyList<RedlineProvision> provisions, string pageFormat, DateTimeOffset now)
    {
        ArgumentNullException.ThrowIfNull(provisions);
        var pdf = Start(title, subtitle, pageFormat, now);
        pdf.Paragraph(legend, TextStyle.Small).Spacer(6);
        foreach (var provision in provisions)
        {
            var marked = Drafting.Redline.Marked(provision.Spans);
            var line = provision.Number.Length == 0 ? marked
                : provision.Kind is ProvisionKind.Part or ProvisionKind.Item ? provision.Number + " " + marked : provision.Number + ". " + marked;
            if (provision.Change == RedlineChange.Deleted) line = "[−" + (provision.Number.Length == 0 ? "" : provision.Number + " ") + "−] " + marked;
            Add(pdf, provision.Kind, line);
        }
        return pdf.Build();
    }

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
