using System.Security.Claims;
using System.Text;
using EGov.Collab.App.Common.SearchIndex;
using EGov.Collab.Data;
using EGov.Collab.Domain.Common;
using EGov.Collab.Domain.Methodology;
using Microsoft.EntityFrameworkCore;

namespace EGov.Collab.App.Methodology;

public sealed record ImportReport(int Created, int Updated, IReadOnlyList<CsvRowError> Errors)
{
    public bool Saved => Errors.Count == 0;
}

/// <summary>
/// CSV import and export of act cards (<see cref="LegalActCsv"/>). An import is all or nothing: any refused row is
/// reported with its line and column and nothing is saved; otherwise new identifiers are created and known ones updated
/// in one transaction, and the cited-act watch runs for the acts whose card changed.
/// </summary>
public sealed class ActImport(IDbContextFactory<CollabDbContext> dbFactory, MethodologyAccess access, CitedActWatch watch, ISearchIndexer indexer, TimeProvider clock)
{
    public async Task<Result<ImportReport>> ImportAsync(ClaimsPrincipal user, Stream content, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(content);
        var allowed = await access.EnsureEditorAsync(user, cancellationToken);
        if (!allowed.IsSuccess) return allowed.Error!;
        var buffer = new MemoryStream();
        var chunk = new byte[81920];
        int read;
        while ((read = await content.ReadAsync(chunk, cancellationToken)) > 0)
        {
            if (buffer.Length + read > LegalActCsv.MaxBytes) return new ImportReport(0, 0, [new CsvRowError(0, "", "Methodology.Csv.TooLarge")]);
            buffer.Write(chunk, 0, read);
        }
        buffer.Position = 0;
        using var reader = new StreamReader(buffer, new UTF8Encoding(false, throwOnInvalidBytes: false), detectEncodingFromByteOrderMarks: true);
        var (cards, errors, columns) = LegalActCsv.Read(reader);
        if (errors.Count > 0) return new ImportReport(0, 0, errors);

        await using var db = await dbFactory.CreateDbContextAsync(cancellationToken);
        var identifiers = cards.Select(c => c.Card.Identifier.Trim()).ToList();
        var existing = await db.LegalActs.Where(a => identifiers.Contains(a.Identifier)).ToDictionaryAsync(a => a.Identifier, cancellationToken);
        var now = clock.GetUtcNow();
        int created = 0, updated = 0;
        var touched = new List<Guid>();
        foreach (var (_, card) in cards)
        {
            if (existing.TryGetValue(card.Identifier.Trim(), out var act))
            {
                var merged = LegalActCsv.Merge(card, act.Card(), columns);
                if (act.Card() == merged) continue;
                act.Apply(merged, now);
                updated++;
                touched.Add(act.Id);
            }
            else
            {
                var fresh = LegalAct.Create(card, now).Value;
                db.LegalActs.Add(fresh);
                created++;
                touched.Add(fresh.Id);
            }
        }
        try
        {
            await db.SaveChangesAsync(cancellationToken);
        }
        catch (DbUpdateException)
        {
            // Another editor entered one of these identifiers meanwhile; nothing of this file was saved.
            return new ImportReport(0, 0, [new CsvRowError(0, LegalActCsv.Id, "Methodology.Error.DuplicateIdentifier")]);
        }
        await watch.CheckAsync(touched, cancellationToken);
        foreach (var id in touched) await indexer.RefreshAsync(ModuleKey.Methodology, MethodologySearchSource.ActItem(id), cancellationToken);
        return new ImportReport(created, updated, []);
    }

    public async Task<byte[]> ExportAsync(CancellationToken cancellationToken = default)
    {
        await using var db = await dbFactory.CreateDbContextAsync(cancellationToken);
        var acts = await db.LegalActs.AsNoTracking().OrderBy(a => a.AdoptedOn).ThenBy(a => a.Identifier).ToListAsync(cancellationToken);
        return LegalActCsv.Bytes(LegalActCsv.Write(acts.Select(a => a.Card())));
    }
}
