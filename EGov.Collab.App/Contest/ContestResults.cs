using System.Globalization;
using System.Security.Claims;
using DocumentFormat.OpenXml;
using DocumentFormat.OpenXml.Packaging;
using DocumentFormat.OpenXml.Spreadsheet;
using EGov.Collab.App.Common;
using EGov.Collab.App.Documents;
using EGov.Collab.Data;
using EGov.Collab.Domain.Contest;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Localization;

namespace EGov.Collab.App.Contest;

public sealed record ResultRow(Guid EntryId, string Title, int Rank, double Jury, int Votes, double Public, double Final, int Jurors, bool Disagreement);

/// <summary>The answers to a nomination's extra fields, one column per field (files are not exported: they open only for judges).</summary>
public sealed record FormColumns(IReadOnlyList<string> Headers, IReadOnlyDictionary<(Guid EntryId, int Column), string> Values)
{
    public IEnumerable<string> For(Guid entryId) => Headers.Select((_, column) => Values.GetValueOrDefault((entryId, column), ""));
}

public sealed record ResultsView(Nomination Nomination, string EditionTitle, IReadOnlyList<ResultRow> Rows, FormColumns Form);

/// <summary>The final ranking (jury and public combined) and its exports: XLSX, CSV and the jury's PDF protocol.</summary>
public sealed class ContestResults(
    IDbContextFactory<CollabDbContext> dbFactory,
    PanelSessions sessions,
    ContestAccess access,
    IStringLocalizer<ContestResource> text,
    TimeProvider clock)
{
    public async Task<ResultsView?> RankingAsync(Guid nominationId, CancellationToken cancellationToken = default)
    {
        var session = await sessions.GetAsync(nominationId, cancellationToken);
        if (session is null) return null;
        await using var db = await dbFactory.CreateDbContextAsync(cancellationToken);
        var nomination = await db.ContestNominations.AsNoTracking().SingleAsync(n => n.Id == nominationId, cancellationToken);
        var edition = await db.ContestEditions.Where(e => e.Id == nomination.EditionId).Select(e => e.Title).SingleAsync(cancellationToken);
        var votes = await db.ContestVotes.Where(v => v.NominationId == nominationId).GroupBy(v => v.EntryId)
            .Select(g => new { g.Key, Count = g.Count() }).ToDictionaryAsync(x => x.Key, x => x.Count, cancellationToken);
        var snapshot = session.Snapshot;
        var final = FinalRanking.Combine(snapshot.Ranking, votes, nomination.JuryWeight);
        var rows = final.Select(f =>
        {
            var jury = snapshot.Ranking.Single(r => r.EntryId == f.EntryId);
            return new ResultRow(f.EntryId, snapshot.EntryTitle(f.EntryId), f.Rank, f.Jury, f.Votes, f.Public, f.Final, jury.Jurors, jury.Disagreement);
        }).ToList();
        var (fields, answers) = await EntryForms.TableAsync(db, nominationId, cancellationToken);
        var english = CultureInfo.CurrentUICulture.TwoLetterISOLanguageName == "en";
        var exported = fields.Where(f => f.Kind != EntryFieldKind.File).ToList();
        var values = new Dictionary<(Guid, int), string>();
        foreach (var row in rows)
        {
            for (var column = 0; column < exported.Count; column++)
            {
                if (answers.TryGetValue((row.EntryId, exported[column].Id), out var answer)) values[(row.EntryId, column)] = answer;
            }
        }
        return new ResultsView(nomination, edition, rows, new FormColumns(exported.Select(f => f.Label(english)).ToList(), values));
    }

    /// <summary>Published results for everyone; before that only the chair and administrators see them.</summary>
    public async Task<ResultsView?> VisibleAsync(ClaimsPrincipal user, Guid nominationId, CancellationToken cancellationToken = default)
    {
        var view = await RankingAsync(nominationId, cancellationToken);
        if (view is null) return null;
        return view.Nomination.ResultsPublishedAt is not null || await access.IsChairAsync(user, cancellationToken) ? view : null;
    }

    /// <summary>
    /// The results as a workbook, written with DocumentFormat.OpenXml: ClosedXML 0.95 (the version in our mirror)
    /// fails its type initialiser on .NET 10 ("invalid program").
    /// </summary>
    public byte[] Xlsx(ResultsView view)
    {
        ArgumentNullException.ThrowIfNull(view);
        using var stream = new MemoryStream();
        using (var document = SpreadsheetDocument.Create(stream, SpreadsheetDocumentType.Workbook))
        {
            var workbook = document.AddWorkbookPart();
            workbook.Workbook = new Workbook();
            var worksheet = workbook.AddNewPart<WorksheetPart>();
            var data = new SheetData();
            data.Append(Row(Headers().Concat(view.Form.Headers).Select(h => TextCell(h))));
            foreach (var row in view.Rows)
            {
                data.Append(Row(
                [
                    NumberCell(row.Rank), TextCell(row.Title), NumberCell(Math.Round(row.Jury, 2)), NumberCell(row.Votes),
                    NumberCell(Math.Round(row.Public, 2)), NumberCell(Math.Round(row.Final, 2)),
                    TextCell(row.Rank == 1 ? text["Contest.Results.Winner"].Value : ""),
                    .. view.Form.For(row.EntryId).Select(value => TextCell(value)),
                ]));
            }
            worksheet.Worksheet = new Worksheet(data);
            var sheets = workbook.Workbook.AppendChild(new Sheets());
            sheets.Append(new Sheet { Id = workbook.GetIdOfPart(worksheet), SheetId = 1, Name = "Results" });
            workbook.Workbook.Save();
        }
        return stream.ToArray();

        static Row Row(IEnumerable<Cell> cells)
        {
            var row = new Row();
            foreach (var cell in cells) row.Append(cell);
            return row;
        }

        static Cell TextCell(string value) =>
            new() { DataType = CellValues.InlineString, InlineString = new InlineString(new Text(value)) };

        static Cell NumberCell(double value) =>
            new() { DataType = CellValues.Number, CellValue = new CellValue(value.ToString(CultureInfo.InvariantCulture)) };
    }

    public byte[] Csv(ResultsView view)
    {
        ArgumentNullException.ThrowIfNull(view);
        using var stream = new MemoryStream();
        using (var writer = new StreamWriter(stream, new System.Text.UTF8Encoding(true)))
        using (var csv = CsvHelper.CsvWriter.Create(writer, CsvHelper.CsvWriterOptions.Default with { Injection = CsvHelper.CsvInjection.Escape }, false))
        {
            csv.WriteRecord([.. Headers(), .. view.Form.Headers]);
            foreach (var row in view.Rows)
            {
                csv.WriteRecord(
                [
                    row.Rank.ToString(CultureInfo.InvariantCulture), row.Title, Math.Round(row.Jury, 2).ToString(CultureInfo.InvariantCulture),
                    row.Votes.ToString(CultureInfo.InvariantCulture), Math.Round(row.Public, 2).ToString(CultureInfo.InvariantCulture),
                    Math.Round(row.Final, 2).ToString(CultureInfo.InvariantCulture), row.Rank == 1 ? text["Contest.Results.Winner"].Value : "",
                    .. view.Form.For(row.EntryId),
                ]);
            }
        }
        return stream.ToArray();
    }

    /// <summary>The jury's protocol: the nomination, the rules, every juror's score of every entry, the ranking.</summary>
    public async Task<byte[]> ProtocolAsync(ResultsView view, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(view);
        var session = await sessions.GetAsync(view.Nomination.Id, cancellationToken);
        var snapshot = session!.Snapshot;
        var culture = CultureInfo.CurrentCulture;
        var builder = new PdfDocumentBuilder()
            .Title(text["Contest.Protocol.Title"])
            .Author("EGov.Collab")
            .CreatedAt(clock.GetUtcNow())
            .PageNumbers()
            .Heading(text["Contest.Protocol.Title"])
            .Paragraph(view.EditionTitle)
            .Heading(view.Nomination.Title, 2)
            .Paragraph(string.Format(culture, text["Contest.Protocol.Rules"], text[$"Contest.Aggregation.{view.Nomination.Aggregation}"].Value,
                view.Nomination.JuryWeight, 100 - view.Nomination.JuryWeight))
            .Paragraph(text["Contest.Protocol.TieBreak"]);

        var scores = new PdfTable().Column(text["Contest.Results.Entry"], 3f);
        foreach (var juror in snapshot.Jurors) scores.Column(juror.Name, 1.2f, TextAlignment.Right);
        foreach (var entry in snapshot.Entries)
        {
            var cells = new List<string> { entry.Title };
            foreach (var juror in snapshot.Jurors)
            {
                var cell = snapshot.Cell(juror.MemberId, entry.Id);
                cells.Add(cell.State == CellState.Conflicted ? text["Contest.Dashboard.Conflicted"].Value
                    : cell.Score is { } score ? score.ToString("0.00", culture) : "—");
            }
            scores.Row([.. cells]);
        }
        builder.Heading(text["Contest.Protocol.Scores"], 2).Table(scores);

        var ranking = new PdfTable()
            .Column(text["Contest.Results.Rank"], 0.6f, TextAlignment.Right)
            .Column(text["Contest.Results.Entry"], 3f)
            .Column(text["Contest.Results.Jury"], 1f, TextAlignment.Right)
            .Column(text["Contest.Results.Votes"], 0.8f, TextAlignment.Right)
            .Column(text["Contest.Results.Final"], 1f, TextAlignment.Right);
        foreach (var row in view.Rows)
            ranking.Row(row.Rank.ToString(culture), row.Title, row.Jury.ToString("0.00", culture), row.Votes.ToString(culture), row.Final.ToString("0.00", culture));
        builder.Heading(text["Contest.Protocol.Ranking"], 2).Table(ranking);
        if (view.Nomination.ResultsApprovedAt is { } approved)
            builder.Paragraph(string.Format(culture, text["Contest.Protocol.Approved"], PortalTime.ToKyiv(approved).ToString("g", culture)));
        return builder.Build();
    }

    private string[] Headers() =>
    [
        text["Contest.Results.Rank"], text["Contest.Results.Entry"], text["Contest.Results.Jury"], text["Contest.Results.Votes"],
        text["Contest.Results.Public"], text["Contest.Results.Final"], text["Contest.Results.Winner"],
    ];
}
