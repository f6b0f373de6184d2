using DocumentFormat.OpenXml;
using DocumentFormat.OpenXml.Packaging;
using DocumentFormat.OpenXml.Wordprocessing;
using EGov.Collab.Domain.Drafting;
using EGov.Collab.Domain.Drafting.Editing;

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
