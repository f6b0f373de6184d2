using System.Threading.Channels;
using EGov.Collab.Domain.Common;

namespace EGov.Collab.App.Common.SearchIndex;

/// <summary>
/// For changes that come too fast to re-index one by one (a draft's text is saved on every keystroke): the change is
/// queued, and the queue is drained in the background, each item once per burst, within about a second.
/// </summary>
public sealed class SearchRefreshOutbox(ISearchIndexer indexer, ILogger<SearchRefreshOutbox> logger) : BackgroundService
{
    /// <summary>How long a burst of changes is gathered before its items are re-indexed.</summary>
    public static readonly TimeSpan Gather = TimeSpan.FromSeconds(1);

    private readonly Channel<(ModuleKey Module, string ItemId)> _changes = Channel.CreateUnbounded<(ModuleKey, string)>(new UnboundedChannelOptions { SingleReader = true });

    public void Enqueue(ModuleKey module, string itemId) => _changes.Writer.TryWrite((module, itemId));

    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        var reader = _changes.Reader;
        while (await reader.WaitToReadAsync(stoppingToken))
        {
            await Task.Delay(Gather, stoppingToken);
            var burst = new HashSet<(ModuleKey, string)>();
            while (reader.TryRead(out var change)) burst.Add(change);
            foreach (var (module, itemId) in burst)
            {
                try
                {
                    await indexer.RefreshAsync(module, itemId, stoppingToken);
                }
                catch (Exception exception) when (exception is not OperationCanceledException)
                {
                    logger.LogError(exception, "Queued search refresh of {Module} item {ItemId} failed", module, itemId);
                }
            }
        }
    }
}
