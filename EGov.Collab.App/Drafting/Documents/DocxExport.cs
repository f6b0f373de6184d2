using System.Globalization;
using DocumentFormat.OpenXml;
using DocumentFormat.OpenXml.Packaging;
using DocumentFormat.OpenXml.Wordprocessing;
using EGov.Collab.App.Common;
using EGov.Collab.Domain.Drafting;
using EGov.Collab.Domain.Drafting.Editing;
using Microsoft.Extensions.Localization;

namespace EGov.Collab.App.Drafting.Documents;

/// <summary>Word documents of a draft's text (numbered in Ukrainian legal style) and of a table of proposals.</summary>
public static class DocxExport
{
    public static byte[] Text(DraftDocument document)
    {
        ArgumentNullException.ThrowIfNull(document);
        var numbers = LegalNumbering.Number(document);
        return Build(body =>
        {
            foreach (var provision in document.Provisions)
            {
                var line = LegalNumbering.Line(numbers[provision.Id], provision);
                var (bold, size, center) = provision.Kind switch
                {
                    ProvisionKind.Title => (true, 32, true),
                    ProvisionKind.Section or ProvisionKind.FinalProvisions or ProvisionKind.TransitionalProvisions => (true, 28, true),
                    ProvisionKind.Chapter => (true, 26, true),
                    ProvisionKind.Article => (true, 24, false),
                    _ => (false, 24, false),
                };
                var paragraph = Paragraph(line, bold, size, center, provision.Kind == ProvisionKind.Item ? 720 : 0);
                if (provision.Kind == ProvisionKind.Title) paragraph.ParagraphProperties!.PrependChild(new ParagraphStyleId { Val = "Title" });
                body.Append(paragraph);
            }
        });
    }

    /// <summary>
    /// A comparison as Word's own tracked changes (w:ins / w:del, credited to <paramref name="author"/> at
    /// <paramref name="at"/>), so Word and LibreOffice show them as changes to accept or reject. Whole inserted or deleted
    /// provisions carry their paragraph mark as inserted or deleted too.
    /// </summary>
    public static byte[] Redline(string title, IReadOnlyList<RedlineProvision> provisions, string author, DateTimeOffset at)
    {
        ArgumentNullException.ThrowIfNull(provisions);
        var id = 0;
        var date = at.UtcDateTime;
        return Build(body =>
        {
            body.Append(Paragraph(title, true, 28, true, 0));
            foreach (var provision in provisions)
            {
                var (bold, size, center) = Look(provision.Kind);
                var properties = new ParagraphProperties();
                if (center) properties.Append(new Justification { Val = JustificationValues.Center });
                if (provision.Kind == ProvisionKind.Item) properties.Append(new Indentation { Left = "720" });
                if (provision.Change != RedlineChange.Same)
                {
                    var mark = new ParagraphMarkRunProperties();
                    mark.Append(provision.Change == RedlineChange.Inserted
                        ? new Inserted { Id = Id(ref id), Author = author, Date = date }
                        : new Deleted { Id = Id(ref id), Author = author, Date = date });
                    properties.Append(mark);
                }
                var paragraph = new Paragraph(properties);
                if (provision.Number.Length > 0)
                {
                    var separator = provision.Kind is ProvisionKind.Part or ProvisionKind.Item ? " " : ". ";
                    paragraph.Append(Tracked(provision.Number + separator, provision.Change, bold, size, author, date, ref id));
                }
                foreach (var span in provision.Spans.Where(span => span.Text.Length > 0))
                    paragraph.Append(Tracked(span.Text, span.Change, bold, size, author, date, ref id));
                body.Append(paragraph);
            }
        });
    }

    private static OpenXmlElement Tracked(string text, RedlineChange change, bool bold, int halfPoints, string author, DateTime date, ref int id)
    {
        var properties = RunLook(bold, halfPoints);
        return change switch
        {
            RedlineChange.Inserted => new InsertedRun(new Run(properties, new Text(text) { Space = SpaceProcessingModeValues.Preserve }))
                { Id = Id(ref id), Author = author, Date = date },
            RedlineChange.Deleted => new DeletedRun(new Run(properties, new DeletedText(text) { Space = SpaceProcessingModeValues.Preserve }))
                { Id = Id(ref id), Author = author, Date = date },
            _ => new Run(properties, new Text(text) { Space = SpaceProcessingModeValues.Preserve }),
        };
    }

    private static string Id(ref int id) => (++id).ToString(System.Globalization.CultureInfo.InvariantCulture);

    private static RunProperties RunLook(bool bold, int halfPoints)
    {
        var properties = new RunProperties(new FontSize { Val = halfPoints.ToString(System.Globalization.CultureInfo.InvariantCulture) });
        if (bold) properties.Append(new Bold());
        return properties;
    }

    private static (bool Bold, int Size, bool Center) Look(ProvisionKind kind) => kind switch
    {
        ProvisionKind.Title => (true, 32, true),
        ProvisionKind.Section or ProvisionKind.FinalProvisions or ProvisionKind.TransitionalProvisions => (true, 28, true),
        ProvisionKind.Chapter => (true, 26, true),
        ProvisionKind.Article => (true, 24, false),
        _ => (false, 24, false),
    };

    public static byte[] Proposals(string title, IReadOnlyList<ProposalRow> rows, IReadOnlyList<string> headers)
    {
        ArgumentNullException.ThrowIfNull(rows);
        ArgumentNullException.ThrowIfNull(headers);
        return Build(body =>
        {
            body.Append(Paragraph(title, true, 28, true, 0));
            var table = new Table(new TableProperties(new TableBorders(
                new TopBorder { Val = BorderValues.Single, Size = 4 }, new BottomBorder { Val = BorderValues.Single, Size = 4 },
                new LeftBorder { Val = BorderValues.Single, Size = 4 }, new RightBorder { Val = BorderValues.Single, Size = 4 },
                new InsideHorizontalBorder { Val = BorderValues.Single, Size = 4 }, new InsideVerticalBorder { Val = BorderValues.Single, Size = 4 })));
            table.Append(Row(headers, bold: true));
            foreach (var row in rows) table.Append(Row(row.Cells, bold: false));
            body.Append(table);
        });
    }

    /// <summary>The consultation report as a Word document: the same sections as its PDF, tables as Word tables.</summary>
    public static byte[] Report(ConsultationReport report, IStringLocalizer<DraftingResource> l)
    {
        ArgumentNullException.ThrowIfNull(report);
        ArgumentNullException.ThrowIfNull(l);
        static string Kyiv(DateTimeOffset at) => PortalTime.ToKyiv(at).ToString("d MMMM yyyy, HH:mm", CultureInfo.CurrentCulture);
        return Build(body =>
        {
            body.Append(Paragraph(l["Report.Title", report.Title], true, 28, true, 0));
            body.Append(Paragraph(report.GroupName, false, 22, true, 0));
            body.Append(Paragraph(l["Report.Period", Kyiv(report.OpenedAt), Kyiv(report.EndsAt), report.Revision], false, 22, false, 0));
            body.Append(Paragraph(l["Report.Participants"], true, 26, false, 0));
            if (report.Participants.Count == 0) body.Append(Paragraph(l["Report.NoParticipants"], false, 22, false, 0));
            else body.Append(Grid([l["Report.Participant"], l["Report.Amendments"], l["Report.Comments"]],
                report.Participants.Select(p => (IReadOnlyList<string>)[p.Name, p.Amendments.ToString(CultureInfo.CurrentCulture), p.Comments.ToString(CultureInfo.CurrentCulture)])));
            body.Append(Paragraph(l["Report.Tally"], true, 26, false, 0));
            body.Append(Paragraph(string.Join(" · ", report.Tally.Select(t => $"{l["Status." + t.Key]}: {t.Value}")), false, 22, false, 0));
            body.Append(Paragraph(l["Report.Proposals"], true, 26, false, 0));
            foreach (var provision in report.Provisions)
            {
                body.Append(Paragraph(provision.Citation, true, 24, false, 0));
                if (provision.Text.Length > 0) body.Append(Paragraph(provision.Text, false, 20, false, 0));
                body.Append(Grid([l["Table.Author"], l["Table.Proposal"], l["Table.Rationale"], l["Table.Tally"], l["Table.Decision"], l["Report.Answer"]],
                    provision.Proposals.Select(p => (IReadOnlyList<string>)[p.Author, p.Proposal, p.Rationale, p.Tally, p.Status, p.Answer])));
            }
        });
    }

    private static Table Grid(IReadOnlyList<string> headers, IEnumerable<IReadOnlyList<string>> rows)
    {
        var table = new Table(new TableProperties(new TableBorders(
            new TopBorder { Val = BorderValues.Single, Size = 4 }, new BottomBorder { Val = BorderValues.Single, Size = 4 },
            new LeftBorder { Val = BorderValues.Single, Size = 4 }, new RightBorder { Val = BorderValues.Single, Size = 4 },
            new InsideHorizontalBorder { Val = BorderValues.Single, Size = 4 }, new InsideVerticalBorder { Val = BorderValues.Single, Size = 4 })));
        table.Append(Row(headers, bold: true));
        foreach (var row in rows) table.Append(Row(row, bold: false));
        return table;
    }

    private static TableRow Row(IEnumerable<string> cells, bool bold) =>
        new(cells.Select(cell => new TableCell(Paragraph(cell, bold, 20, false, 0))));

    private static Paragraph Paragraph(string text, bool bold, int halfPoints, bool center, int indent)
    {
        var runProperties = new RunProperties(new FontSize { Val = halfPoints.ToString(System.Globalization.CultureInfo.InvariantCulture) });
        if (bold) runProperties.Append(new Bold());
        var properties = new ParagraphProperties();
        if (center) properties.Append(new Justification { Val = JustificationValues.Center });
        if (indent > 0) properties.Append(new Indentation { Left = indent.ToString(System.Globalization.CultureInfo.InvariantCulture) });
        return new Paragraph(properties, new Run(runProperties, new Text(text) { Space = SpaceProcessingModeValues.Preserve }));
    }

    private static byte[] Build(Action<Body> fill)
    {
        using var stream = new MemoryStream();
        using (var document = WordprocessingDocument.Create(stream, WordprocessingDocumentType.Document))
        {
            var main = document.AddMainDocumentPart();
            var body = new Body();
            fill(body);
            main.Document = new Document(body);
            main.Document.Save();
        }
        return stream.ToArray();
    }
}

/// <summary>One row of the table of proposals and responses.</summary>
public sealed record ProposalRow(IReadOnlyList<string> Cells);
