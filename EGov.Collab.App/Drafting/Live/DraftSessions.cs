using System.Collections.Concurrent;
using EGov.Collab.App.Live;

namespace EGov.Collab.App.Drafting.Live;

/// <summary>The live sessions of this process, one per draft, opened on first use from the stored log.</summary>
public sealed class DraftSessions(DraftLogStore store, ILiveBus bus, TimeProvider clock, ILoggerFactory loggers) : IAsyncDisposable
{
    private readonly ConcurrentDictionary<Guid, Lazy<Task<DraftSession?>>> _sessions = new();
    private readonly ILogger _logger = loggers.CreateLogger<DraftSession>();

    /// <summary>The draft's session, or null when no such draft was created.</summary>
    public async Task<DraftSession?> GetAsync(Guid draftId)
    {
        var lazy = _sessions.GetOrAdd(draftId, id => new Lazy<Task<DraftSession?>>(() => OpenAsync(id)));
        try
        {
            var session = await lazy.Value;
            if (session is null) _sessions.TryRemove(new KeyValuePair<Guid, Lazy<Task<DraftSession?>>>(draftId, lazy));
            return session;
        }
        catch
        {
            _sessions.TryRemove(new KeyValuePair<Guid, Lazy<Task<DraftSession?>>>(draftId, lazy));
            throw;
        }
    }

    private async Task<DraftSession?> OpenAsync(Guid draftId)
    {
        var sequencer = await store.LoadAsync(draftId, CancellationToken.None);
        return sequencer is null ? null : new DraftSession(draftId, sequencer, store, bus, clock, _logger);
    }

    public async ValueTask DisposeAsync()
    {
        foreach (var lazy in _sessions.Values)
        {
            if (lazy.IsValueCreated && await lazy.Value is { } session) await session.DisposeAsync();
        }
    }
}
