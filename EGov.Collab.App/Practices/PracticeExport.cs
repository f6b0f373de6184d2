using System.Globalization;
using DocumentFormat.OpenXml;
using DocumentFormat.OpenXml.Packaging;
using DocumentFormat.OpenXml.Spreadsheet;
using EGov.Collab.App.Journal;
using EGov.Collab.Domain.Common;
using EGov.Collab.Domain.Practices;
using Microsoft.Extensions.Localization;

namespace EGov.Collab.App.Practices;

/// <summary>
/// Exactly what the catalogue shows for a filter, as CSV (UTF-8 with BOM, formula injection escaped) or as an XLSX
/// workbook written with DocumentFormat.OpenXml (ClosedXML 0.95 fails on .NET 10). Titles in both languages; concept
/// labels and the region in the reader's language.
/// </summary>
public sealed class PracticeExport(IStringLocalizer<PracticesResource> text, JournalLinks links)
{
    public byte[] Csv(CatalogueView view)
    {
        ArgumentNullException.ThrowIfNull(view);
        using var stream = new MemoryStream();
        using (var writer = new StreamWriter(stream, new System.Text.UTF8Encoding(true)))
        using (var csv = CsvHelper.CsvWriter.Create(writer, CsvHelper.CsvWriterOptions.Default with { Injection = CsvHelper.CsvInjection.Escape }, false))
        {
            csv.WriteRecord(Headers());
            foreach (var row in Rows(view)) csv.WriteRecord(row);
        }
        return stream.ToArray();
    }

    public byte[] Xlsx(CatalogueView view)
    {
        ArgumentNullException.ThrowIfNull(view);
        using var stream = new MemoryStream();
        using (var document = SpreadsheetDocument.Create(stream, SpreadsheetDocumentType.Workbook))
        {
            var workbook = document.AddWorkbookPart();
            workbook.Workbook = new Workbook();
            var worksheet = workbook.AddNewPart<WorksheetPart>();
            var data = new SheetData();
            data.Append(Row(Headers()));
            foreach (var row in Rows(view)) data.Append(Row(row));
            worksheet.Worksheet = new Worksheet(data);
            var sheets = workbook.Workbook.AppendChild(new Sheets());
            sheets.Append(new Sheet { Id = workbook.GetIdOfPart(worksheet), SheetId = 1, Name = "Practices" });
            workbook.Workbook.Save();
        }
        return stream.ToArray();

        static Row Row(IEnumerable<string> values)
        {
            var row = new Row();
            foreach (var value in values)
                row.Append(new Cell { DataType = CellValues.InlineString, InlineString = new InlineString(new Text(value)) });
            return row;
        }
    }

    private string[] Headers() =>
    [
        text["Practices.Export.TitleUk"], text["Practices.Export.TitleEn"], text["Practices.Field.Community"], text["Practices.Field.Region"],
        text["Practices.Proven"], text["Practices.Export.PublishedAt"], text["Practices.Export.Replications"], text["Practices.Export.JuryScore"],
        .. ConceptSchemes.All.Where(s => s != ConceptScheme.Region).Select(s => s.Name(CultureInfo.CurrentCulture)), text["Practices.Export.Url"],
    ];

    private IEnumerable<string[]> Rows(CatalogueView view)
    {
        var culture = CultureInfo.CurrentCulture;
        var concepts = view.Concepts.ToDictionary(c => c.Id);
        foreach (var card in view.Items)
        {
            var labels = card.ConceptIds.Where(concepts.ContainsKey).Select(id => concepts[id]).ToList();
            yield return
            [
                card.TitleUk, card.TitleEn, card.Community(culture), Regions.NameOf(card.RegionCode, culture),
                card.IsProven ? text["Practices.Yes"] : "", card.PublishedAt.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture),
                card.Replications.ToString(CultureInfo.InvariantCulture), card.JuryScore?.ToString("0.00", CultureInfo.InvariantCulture) ?? "",
                .. ConceptSchemes.All.Where(s => s != ConceptScheme.Region)
                    .Select(s => string.Join("; ", labels.Where(c => c.Scheme == s).Select(c => c.Label(culture)).Order(StringComparer.Ordinal))),
                links.Absolute(PracticeLinks.Practice(card.Id)),
            ];
        }
    }
}
