using System.Globalization;
using System.Security.Cryptography;
using System.Text;
using EGov.Collab.App.Common;
using EGov.Collab.Data;
using EGov.Collab.Domain.Library;
using Microsoft.EntityFrameworkCore;

namespace EGov.Collab.App.Library;

/// <summary>
/// Views and downloads counted the COUNTER way: robots are not counted, and a repeat by the same visitor (a hash of address
/// and user agent, nothing personal is kept) within 30 seconds counts once.
/// </summary>
public sealed class LibraryUsage(IDbContextFactory<CollabDbContext> dbFactory, TimeProvider clock)
{
    /// <summary>True when the request was counted.</summary>
    public async Task<bool> RecordAsync(Guid itemId, LibraryUsageKind kind, string? userAgent, string? remoteAddress, CancellationToken cancellationToken = default)
    {
        if (CounterRules.IsRobot(userAgent)) return false;
        var visitor = VisitorKey(userAgent!, remoteAddress);
        var now = clock.GetUtcNow();
        await using var db = await dbFactory.CreateDbContextAsync(cancellationToken);
        var since = now - CounterRules.DoubleClickWindow;
        var previous = await db.LibraryUsageEvents
            .Where(e => e.ItemId == itemId && e.Kind == kind && e.VisitorKey == visitor && e.At > since)
            .OrderByDescending(e => e.At).Select(e => (DateTimeOffset?)e.At).FirstOrDefaultAsync(cancellationToken);
        if (CounterRules.IsDoubleClick(previous, now)) return false;
        db.LibraryUsageEvents.Add(new LibraryUsageEvent(itemId, kind, visitor, now));
        await db.SaveChangesAsync(cancellationToken);
        return true;
    }

    public async Task<IReadOnlyList<LibraryUsageMonth>> MonthlyAsync(Guid itemId, CancellationToken cancellationToken = default)
    {
        await using var db = await dbFactory.CreateDbContextAsync(cancellationToken);
        var events = await db.LibraryUsageEvents.AsNoTracking().Where(e => e.ItemId == itemId)
            .Select(e => new { e.At, e.Kind }).ToListAsync(cancellationToken);
        return CounterRules.ByMonth(events.Select(e => (e.At, e.Kind)));
    }

    /// <summary>The librarians' report: one row per item and month, UTF-8 with a byte-order mark so spreadsheets read Cyrillic.</summary>
    public async Task<byte[]> CsvAsync(CancellationToken cancellationToken = default)
    {
        await using var db = await dbFactory.CreateDbContextAsync(cancellationToken);
        var items = await db.LibraryItems.AsNoTracking().EverPublished()
            .Select(i => new { i.Id, i.IdentifierYear, i.IdentifierNumber, i.TitleUk, i.TitleEn })
            .ToDictionaryAsync(i => i.Id, cancellationToken);
        var counts = new Dictionary<(Guid Item, int Year, int Month), (int Views, int Downloads)>();
        await foreach (var e in db.LibraryUsageEvents.AsNoTracking().Select(e => new { e.ItemId, e.At, e.Kind }).AsAsyncEnumerable().WithCancellation(cancellationToken))
        {
            var key = (e.ItemId, e.At.UtcDateTime.Year, e.At.UtcDateTime.Month);
            var (views, downloads) = counts.GetValueOrDefault(key);
            counts[key] = e.Kind == LibraryUsageKind.View ? (views + 1, downloads) : (views, downloads + 1);
        }
        var text = new StringBuilder("identifier,title,month,views,downloads\r\n");
        foreach (var ((itemId, year, month), (views, downloads)) in counts.Where(c => items.ContainsKey(c.Key.Item))
                     .OrderBy(c => c.Key.Year).ThenBy(c => c.Key.Month).ThenBy(c => items[c.Key.Item].IdentifierNumber))
        {
            var item = items[itemId];
            var identifier = LibraryItem.Format(item.IdentifierYear ?? 0, item.IdentifierNumber ?? 0);
            text.Append(Csv.Cell(identifier)).Append(',').Append(Csv.Cell(item.TitleUk.Length > 0 ? item.TitleUk : item.TitleEn)).Append(',')
                .Append(string.Create(CultureInfo.InvariantCulture, $"{year:D4}-{month:D2},{views},{downloads}\r\n"));
        }
        return [.. Encoding.UTF8.GetPreamble(), .. Encoding.UTF8.GetBytes(text.ToString())];
    }

    private static string VisitorKey(string userAgent, string? remoteAddress) =>
        Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes($"{remoteAddress}|{userAgent}")));
}
