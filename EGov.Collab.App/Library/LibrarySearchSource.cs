using System.Runtime.CompilerServices;
using EGov.Collab.App.Common;
using EGov.Collab.App.Common.Documents;
using EGov.Collab.App.Common.SearchIndex;
using EGov.Collab.Data;
using EGov.Collab.Domain.Common;
using EGov.Collab.Domain.Common.Search;
using EGov.Collab.Domain.Library;
using Microsoft.EntityFrameworkCore;

namespace EGov.Collab.App.Library;

/// <summary>
/// The library for the portal-wide index: one document for an item's metadata and one per page of its current PDF (with
/// <see cref="SearchItem.Page"/>), public once published; pages under embargo only for librarians; withdrawn items leave.
/// </summary>
public sealed class LibrarySearchSource(IDbContextFactory<CollabDbContext> dbFactory, IDocumentStore documents, TimeProvider clock) : ISearchSource
{
    public ModuleKey Module => ModuleKey.Library;

    public async IAsyncEnumerable<SearchItem> AllAsync([EnumeratorCancellation] CancellationToken cancellationToken)
    {
        List<Guid> ids;
        await using (var db = await dbFactory.CreateDbContextAsync(cancellationToken))
            ids = await db.LibraryItems.Where(i => i.Status == LibraryItemStatus.Published).OrderBy(i => i.Id).Select(i => i.Id).ToListAsync(cancellationToken);
        foreach (var id in ids)
            foreach (var document in await ItemAsync(id.ToString(), cancellationToken))
                yield return document;
    }

    public async Task<IReadOnlyList<SearchItem>> ItemAsync(string itemId, CancellationToken cancellationToken)
    {
        if (!Guid.TryParse(itemId, out var id)) return [];
        await using var db = await dbFactory.CreateDbContextAsync(cancellationToken);
        var item = await db.LibraryItems.AsNoTracking().WithParts().SingleOrDefaultAsync(i => i.Id == id, cancellationToken);
        if (item is null || item.Status != LibraryItemStatus.Published) return [];

        var url = LibraryLinks.Item(item.Id);
        var title = item.Title(item.Language);
        var updated = item.UpdatedAt;
        var metadata = string.Join("\n", new[] { item.TitleUk, item.TitleEn, item.AlternativeTitle, string.Join("; ", item.Creators), string.Join("; ", item.SubjectValues), item.AbstractUk, item.AbstractEn }
            .Where(t => t.Length > 0));
        var documentsOfItem = new List<SearchItem> { new(Module, itemId, item.Language, title, metadata, url, SearchAudience.Public, updated) };

        var today = DateOnly.FromDateTime(PortalTime.ToKyiv(clock.GetUtcNow()).DateTime);
        var pagesAudience = item.IsUnderEmbargo(today) ? SearchAudience.Role(ModuleKey.Library, LibraryAccess.LibrarianRole.ToString()) : SearchAudience.Public;
        if (item.CurrentFile is { } file)
        {
            foreach (var page in await documents.PagesAsync(file.DocumentId, cancellationToken))
            {
                if (string.IsNullOrWhiteSpace(page.Text)) continue;
                documentsOfItem.Add(new SearchItem(Module, itemId, item.Language, title, page.Text, $"{LibraryLinks.File(item.Id)}#page={page.Number}",
                    pagesAudience, updated, page.Number));
            }
        }
        return documentsOfItem;
    }
}
