using System.Runtime.CompilerServices;
using EGov.Collab.App.Common.SearchIndex;
using EGov.Collab.Data;
using EGov.Collab.Domain.Common;
using EGov.Collab.Domain.Common.Search;
using EGov.Collab.Domain.Contest;
using Microsoft.EntityFrameworkCore;

namespace EGov.Collab.App.Contest;

/// <summary>Entries that passed screening, for the portal-wide index: their public page is open to everyone. Contacts are left out.</summary>
public sealed class ContestSearchSource(IDbContextFactory<CollabDbContext> dbFactory) : ISearchSource
{
    public ModuleKey Module => ModuleKey.Contest;

    public static string ItemId(Guid entryId) => entryId.ToString("N");

    public static string Url(Guid entryId) => $"/contest/entries/{entryId}";

    public async IAsyncEnumerable<SearchItem> AllAsync([EnumeratorCancellation] CancellationToken cancellationToken)
    {
        await using var db = await dbFactory.CreateDbContextAsync(cancellationToken);
        var entries = await db.ContestEntries.AsNoTracking().Where(e => e.Status == EntryStatus.Eligible).ToListAsync(cancellationToken);
        foreach (var entry in entries) yield return Item(entry);
    }

    public async Task<IReadOnlyList<SearchItem>> ItemAsync(string itemId, CancellationToken cancellationToken)
    {
        if (!Guid.TryParseExact(itemId, "N", out var entryId)) return [];
        await using var db = await dbFactory.CreateDbContextAsync(cancellationToken);
        var entry = await db.ContestEntries.AsNoTracking().SingleOrDefaultAsync(e => e.Id == entryId && e.Status == EntryStatus.Eligible, cancellationToken);
        return entry is null ? [] : [Item(entry)];
    }

    private static SearchItem Item(Entry entry) =>
        new(ModuleKey.Contest, ItemId(entry.Id), "uk", entry.Title,
            string.Join("\n", entry.Description, entry.Results, entry.Costs, entry.Replication), Url(entry.Id), SearchAudience.Public, entry.UpdatedAt);
}
