using EGov.Collab.App.Common.Documents;
using EGov.Collab.App.Common.SearchIndex;
using EGov.Collab.Data;
using EGov.Collab.Domain.Common;
using Microsoft.EntityFrameworkCore;

namespace EGov.Collab.App.Library;

/// <summary>
/// A PDF's text usually arrives after its item was accepted and indexed: once the store has extracted it, the items that
/// hold the file are indexed again, now with one search document per page.
/// </summary>
public sealed class LibraryDocumentTextListener(IDbContextFactory<CollabDbContext> dbFactory, ISearchIndexer indexer) : IDocumentTextListener
{
    public async Task TextExtractedAsync(Guid documentId, CancellationToken cancellationToken)
    {
        List<Guid> items;
        await using (var db = await dbFactory.CreateDbContextAsync(cancellationToken))
            items = await db.LibraryFiles.Where(f => f.DocumentId == documentId).Select(f => f.ItemId).Distinct().ToListAsync(cancellationToken);
        foreach (var item in items)
            await indexer.RefreshAsync(ModuleKey.Library, item.ToString(), cancellationToken);
    }
}
