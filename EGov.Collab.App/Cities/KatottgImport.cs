using System.Globalization;
using System.Security.Claims;
using System.Text;
using EGov.Collab.App.Common;
using EGov.Collab.Data;
using EGov.Collab.Domain.Cities;
using EGov.Collab.Domain.Common;
using Microsoft.EntityFrameworkCore;

namespace EGov.Collab.App.Cities;

/// <summary>A refused row of the codifier file: its line number (the header is line 1) and the localisation key of the reason.</summary>
public sealed record ImportRowError(int Line, string Code, string? Field, string? Katottg);

public sealed record ImportReport(int Added, int AlreadyPresent, IReadOnlyList<ImportRowError> Errors)
{
    public const int ErrorsShown = 200;
}

/// <summary>
/// Imports the KATOTTG codifier from the official file's columns (CSV, comma or semicolon): new communities are added
/// under their parents, communities already present are left as they are, and every broken row is reported by line.
/// Module administrators only.
/// </summary>
public sealed class KatottgImport(IDbContextFactory<CollabDbContext> dbFactory, ModuleAccess access, TimeProvider clock)
{
    public const long MaxBytes = 20 * 1024 * 1024;
    public const int MaxRows = 60_000;

    public async Task<Result<ImportReport>> ImportAsync(ClaimsPrincipal user, Stream content, CancellationToken cancellationToken = default)
    {
        if (!await access.CanAsync(user, ModuleKey.Cities, ModuleAction.Administer, cancellationToken)) return CommonErrors.Forbidden;
        var rows = await ReadAsync(content, cancellationToken);
        if (!rows.IsSuccess) return rows.Error!;

        await using var db = await dbFactory.CreateDbContextAsync(cancellationToken);
        var known = await db.Communities.ToDictionaryAsync(c => c.KatottgCode, cancellationToken);
        var errors = new List<ImportRowError>();
        int added = 0, present = 0;
        foreach (var (line, fields) in rows.Value)
        {
            var parsed = KatottgRow.Parse(fields[..KatottgRow.LevelCount], fields[5], fields[6]);
            if (!parsed.IsSuccess)
            {
                errors.Add(new ImportRowError(line, parsed.Error!.Code, parsed.Error.Field, FirstCode(fields)));
                continue;
            }
            var entry = parsed.Value;
            if (known.ContainsKey(entry.Code))
            {
                present++;
                continue;
            }
            Community? parent = null;
            if (entry.ParentCode is not null && !known.TryGetValue(entry.ParentCode, out parent))
            {
                errors.Add(new ImportRowError(line, "Cities.Import.NoParent", "levels", entry.Code));
                continue;
            }
            var community = Community.Create(entry.Name, "", entry.Kind, entry.Code, parent);
            if (!community.IsSuccess)
            {
                errors.Add(new ImportRowError(line, community.Error!.Code, community.Error.Field, entry.Code));
                continue;
            }
            db.Communities.Add(community.Value);
            known[entry.Code] = community.Value;
            added++;
        }
        db.AuditEntries.Add(AuditEntry.Record(user.MemberId(), ModuleKey.Cities, "cities.katottg.imported", "katottg", null,
            $"added={added}; present={present}; errors={errors.Count}", clock.GetUtcNow()));
        await db.SaveChangesAsync(cancellationToken);
        return new ImportReport(added, present, errors);
    }

    private static string? FirstCode(string?[] fields) => fields.Take(KatottgRow.LevelCount).LastOrDefault(f => !string.IsNullOrWhiteSpace(f))?.Trim();

    /// <summary>The data rows with their line numbers, each as the five levels, the category and the name.</summary>
    private static async Task<Result<List<(int Line, string?[] Fields)>>> ReadAsync(Stream content, CancellationToken cancellationToken)
    {
        using var buffer = new MemoryStream();
        var chunk = new byte[81920];
        int read;
        while ((read = await content.ReadAsync(chunk, cancellationToken)) > 0)
        {
            if (buffer.Length + read > MaxBytes) return new Error("Cities.Import.TooLarge", "file");
            buffer.Write(chunk, 0, read);
        }
        buffer.Position = 0;
        using var reader = new StreamReader(buffer, Encoding.UTF8, detectEncodingFromByteOrderMarks: true);
        var header = await reader.ReadLineAsync(cancellationToken);
        if (string.IsNullOrWhiteSpace(header)) return new Error("Cities.Import.Empty", "file");
        var delimiter = header.Count(c => c == ';') > header.Count(c => c == ',') ? ";" : ",";
        var names = header.Split(delimiter[0]).Select(Normalise).ToList();
        var columns = KatottgRow.Headers.Select(h => names.IndexOf(Normalise(h))).ToArray();
        if (columns.Any(c => c < 0)) return new Error("Cities.Import.Columns", "file");

        var rows = new List<(int, string?[])>();
        foreach (var (line, fields) in Csv.Read(reader, delimiter[0], firstLine: 2))
        {
            if (rows.Count >= MaxRows) return new Error("Cities.Import.TooManyRows", "file");
            rows.Add((line, [.. columns.Select(c => c < fields.Count ? fields[c] : null)]));
        }
        return rows;
    }

    /// <summary>Headers are matched without regard to case, spaces or the apostrophe's form (’ ' ʼ).</summary>
    private static string Normalise(string header) =>
        header.Trim().Trim('"', '\uFEFF').Replace('’', '\'').Replace('ʼ', '\'').ToLowerInvariant();
}
