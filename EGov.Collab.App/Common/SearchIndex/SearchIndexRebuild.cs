using System.Diagnostics;
using EGov.Collab.Data;
using EGov.Collab.Domain.Common.Search;
using Microsoft.EntityFrameworkCore;

namespace EGov.Collab.App.Common.SearchIndex;

/// <summary>What a rebuild did.</summary>
public sealed record RebuildReport(int Documents, int Words, TimeSpan Took);

/// <summary>Rebuilds the whole index from every module's <see cref="ISearchSource"/>: by an administrator, or at start-up when it is empty.</summary>
public sealed class SearchIndexRebuild(IEnumerable<ISearchSource> sources, IDbContextFactory<CollabDbContext> dbFactory, ILogger<SearchIndexRebuild> logger)
{
    private const int Batch = 500;

    private static readonly SemaphoreSlim OneAtATime = new(1, 1);

    public async Task<RebuildReport> RebuildAsync(CancellationToken cancellationToken = default)
    {
        await OneAtATime.WaitAsync(cancellationToken);
        try
        {
            var clock = Stopwatch.StartNew();
            await using var db = await dbFactory.CreateDbContextAsync(cancellationToken);
            await db.SearchDocuments.ExecuteDeleteAsync(cancellationToken);
            var count = 0;
            var words = new HashSet<string>(StringComparer.Ordinal);
            var batch = new List<SearchDocument>(Batch);
            foreach (var source in sources)
            {
                await foreach (var item in source.AllAsync(cancellationToken))
                {
                    if (item.Module != source.Module) continue;
                    batch.Add(SearchDocument.From(item));
                    words.UnionWith(VocabularyWord.Candidates(item.Title + " " + item.Body));
                    if (batch.Count == Batch) count += await FlushAsync(db, batch, cancellationToken);
                }
            }
            count += await FlushAsync(db, batch, cancellationToken);
            await SearchIndexWriter.AddVocabularyAsync(db, words, cancellationToken);
            logger.LogInformation("Search index rebuilt: {Documents} documents in {Elapsed}", count, clock.Elapsed);
            return new RebuildReport(count, words.Count, clock.Elapsed);
        }
        finally
        {
            OneAtATime.Release();
        }
    }

    public async Task RebuildIfEmptyAsync(CancellationToken cancellationToken = default)
    {
        await using var db = await dbFactory.CreateDbContextAsync(cancellationToken);
        if (!await db.SearchDocuments.AnyAsync(cancellationToken)) await RebuildAsync(cancellationToken);
    }

    private static async Task<int> FlushAsync(CollabDbContext db, List<SearchDocument> batch, CancellationToken cancellationToken)
    {
        var count = batch.Count;
        if (count == 0) return 0;
        db.SearchDocuments.AddRange(batch);
        await db.SaveChangesAsync(cancellationToken);
        db.ChangeTracker.Clear();
        batch.Clear();
        return count;
    }
}

/// <summary>Fills an empty index before the portal takes requests (a fresh database, or one migrated to the index).</summary>
public sealed class SearchIndexStartup(IServiceScopeFactory scopes) : IHostedService
{
    public async Task StartAsync(CancellationToken cancellationToken)
    {
        await using var scope = scopes.CreateAsyncScope();
        await scope.ServiceProvider.GetRequiredService<SearchIndexRebuild>().RebuildIfEmptyAsync(cancellationToken);
    }

    public Task StopAsync(CancellationToken cancellationToken) => Task.CompletedTask;
}
