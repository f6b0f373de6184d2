using EGov.Collab.Data;
using EGov.Collab.Domain.Common;
using Microsoft.EntityFrameworkCore;

namespace EGov.Collab.App.Common.SearchIndex;

/// <summary>
/// The portal-wide index behind <see cref="ISearchIndexer"/>: a module calls it right after saving, and the item's
/// documents are re-read from the module's <see cref="ISearchSource"/> and replaced at once. A failure is logged, never
/// thrown back into the module's save (the change is kept; a rebuild repairs the index).
/// </summary>
public sealed class SearchIndexer(IServiceScopeFactory scopes, IDbContextFactory<CollabDbContext> dbFactory, IEnumerable<ISearchIndexObserver> observers, ILogger<SearchIndexer> logger) : ISearchIndexer
{
    public async Task RefreshAsync(ModuleKey module, string itemId, CancellationToken cancellationToken = default)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(itemId);
        try
        {
            await using var scope = scopes.CreateAsyncScope();
            var source = scope.ServiceProvider.GetServices<ISearchSource>().FirstOrDefault(s => s.Module == module);
            if (source is null) return;
            var items = await source.ItemAsync(itemId, cancellationToken);
            await using var db = await dbFactory.CreateDbContextAsync(cancellationToken);
            var documents = items.Where(i => i.Module == module && i.ItemId == itemId).ToList();
            await SearchIndexWriter.ReplaceAsync(db, module, itemId, documents, cancellationToken);
            var isPublic = documents.Any(d => d.Audience == Domain.Common.Search.SearchAudience.Public);
            foreach (var observer in observers) await observer.IndexedAsync(module, itemId, isPublic);
        }
        catch (Exception exception) when (exception is not OperationCanceledException)
        {
            logger.LogError(exception, "Search index refresh of {Module} item {ItemId} failed", module, itemId);
        }
    }
}
