using System.Diagnostics;
using System.Threading.Channels;
using EGov.Collab.Data;
using EGov.Collab.Data.Common;
using EGov.Collab.Domain.Common.Search;
using Microsoft.EntityFrameworkCore;

namespace EGov.Collab.App.Common.SearchIndex;

/// <summary>What a rebuild did.</summary>
public sealed record RebuildReport(int Documents, int Words, TimeSpan Took);

/// <summary>Rebuilds the whole index from every module's <see cref="ISearchSource"/>: by an administrator, or at start-up when it is empty.</summary>
public sealed class SearchIndexRebuild(IEnumerable<ISearchSource> sources, IDbContextFactory<CollabDbContext> dbFactory, ILogger<SearchIndexRebuild> logger)
{
    private const int Batch = 1_000;

    private static readonly SemaphoreSlim OneAtATime = new(1, 1);

    public async Task<RebuildReport> RebuildAsync(CancellationToken cancellationToken = default)
    {
        await OneAtATime.WaitAsync(cancellationToken);
        try
        {
            var clock = Stopwatch.StartNew();
            await using var db = await dbFactory.CreateDbContextAsync(cancellationToken);
            await db.SearchDocuments.ExecuteDeleteAsync(cancellationToken);

            // Reading and stemming (parallel, off the writer) run one batch ahead of the writer, which only inserts.
            var prepared = Channel.CreateBounded<PreparedBatch>(new BoundedChannelOptions(2) { SingleReader = true, SingleWriter = true });
            var reading = Task.Run(() => PrepareAsync(prepared.Writer, cancellationToken), cancellationToken);
            var count = 0;
            var words = new HashSet<string>(StringComparer.Ordinal);
            await using (var writer = await SearchIndexBulkWriter.OpenAsync(db, cancellationToken))
            {
                await foreach (var batch in prepared.Reader.ReadAllAsync(cancellationToken))
                {
                    await writer.InsertAsync(batch.Documents, cancellationToken);
                    words.UnionWith(batch.Words);
                    count += batch.Documents.Length;
                }
                await reading;
                await writer.AddWordsAsync(words, cancellationToken);
            }
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

    private sealed record PreparedBatch(SearchDocument[] Documents, HashSet<string> Words);

    private async Task PrepareAsync(ChannelWriter<PreparedBatch> output, CancellationToken cancellationToken)
    {
        try
        {
            var items = new List<SearchItem>(Batch);
            foreach (var source in sources)
            {
                await foreach (var item in source.AllAsync(cancellationToken))
                {
                    if (item.Module != source.Module) continue;
                    items.Add(item);
                    if (items.Count == Batch) await output.WriteAsync(Prepare(items), cancellationToken);
                }
            }
            if (items.Count > 0) await output.WriteAsync(Prepare(items), cancellationToken);
            output.Complete();
        }
        catch (Exception exception)
        {
            output.Complete(exception);
            throw;
        }
    }

    private static PreparedBatch Prepare(List<SearchItem> items)
    {
        var prepared = items.AsParallel().AsOrdered()
            .Select(item => (Document: SearchDocument.From(item), Words: VocabularyWord.Candidates(item.Title + " " + item.Body).ToHashSet(StringComparer.Ordinal)))
            .ToArray();
        items.Clear();
        var words = new HashSet<string>(StringComparer.Ordinal);
        foreach (var (_, documentWords) in prepared) words.UnionWith(documentWords);
        return new PreparedBatch(prepared.Select(p => p.Document).ToArray(), words);
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
