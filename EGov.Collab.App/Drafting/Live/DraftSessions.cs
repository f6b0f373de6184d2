using System.Collections.Concurrent;
using EGov.Collab.App.Live;
using EGov.Collab.Domain.Drafting.Editing;
using Microsoft.Extensions.Options;

namespace EGov.Collab.App.Drafting.Live;

/// <summary>How long a draft's live session stays in memory unused (configuration section "Drafting:Sessions").</summary>
public sealed class DraftSessionOptions
{
    public TimeSpan IdleAfter { get; set; } = TimeSpan.FromMinutes(10);
}

/// <summary>
/// The live sessions of this process, one per draft, opened on first use from the stored log. A session unused for
/// <see cref="DraftSessionOptions.IdleAfter"/> is closed and dropped (a sweep on the clock's timer,
/// <see cref="EvictIdleAsync"/>); the next use loads it again from the log, so callers never notice.
/// </summary>
public sealed class DraftSessions : IAsyncDisposable
{
    private readonly ConcurrentDictionary<Guid, Lazy<Task<DraftSession?>>> _sessions = new();
    private readonly DraftLogStore _store;
    private readonly ILiveBus _bus;
    private readonly TimeProvider _clock;
    private readonly ILogger _logger;
    private readonly TimeSpan _idleAfter;
    private readonly ITimer _sweep;

    public DraftSessions(DraftLogStore store, ILiveBus bus, TimeProvider clock, ILoggerFactory loggers, IOptions<DraftSessionOptions>? options = null)
    {
        _store = store;
        _bus = bus;
        _clock = clock;
        _logger = loggers.CreateLogger<DraftSession>();
        _idleAfter = options?.Value.IdleAfter ?? new DraftSessionOptions().IdleAfter;
        var every = TimeSpan.FromTicks(Math.Max(TimeSpan.TicksPerSecond, Math.Min(_idleAfter.Ticks / 2, TimeSpan.TicksPerMinute)));
        _sweep = clock.CreateTimer(_ => _ = SweepAsync(), null, every, every);
    }

    /// <summary>How many sessions are in memory (for tests and diagnostics).</summary>
    public int Count => _sessions.Count;

    /// <summary>The draft's session, or null when no such draft was created.</summary>
    public async Task<DraftSession?> GetAsync(Guid draftId)
    {
        while (true)
        {
            var lazy = _sessions.GetOrAdd(draftId, id => new Lazy<Task<DraftSession?>>(() => OpenAsync(id)));
            DraftSession? session;
            try
            {
                session = await lazy.Value;
            }
            catch
            {
                _sessions.TryRemove(new KeyValuePair<Guid, Lazy<Task<DraftSession?>>>(draftId, lazy));
                throw;
            }
            if (session is null)
            {
                _sessions.TryRemove(new KeyValuePair<Guid, Lazy<Task<DraftSession?>>>(draftId, lazy));
                return null;
            }
            if (!session.IsClosing) return session;
            // Being evicted: its last batch must be stored before a successor reads the log.
            await session.DisposeAsync();
            _sessions.TryRemove(new KeyValuePair<Guid, Lazy<Task<DraftSession?>>>(draftId, lazy));
        }
    }

    /// <summary>Submits to the draft's session, following it to its successor when it was closed meanwhile.</summary>
    public async Task<SubmitOutcome> SubmitAsync(Guid draftId, DraftSubmission submission, bool atHead = false)
    {
        while (true)
        {
            var session = await GetAsync(draftId);
            if (session is null) return SubmitOutcome.Refused(DraftEditingErrors.UnknownDraft);
            var outcome = await session.SubmitAsync(submission, atHead);
            if (outcome.Error != DraftSession.Closed) return outcome;
        }
    }

    /// <summary>Closes and drops every session unused since <see cref="DraftSessionOptions.IdleAfter"/> ago.</summary>
    public async Task EvictIdleAsync()
    {
        var idleSince = _clock.GetUtcNow() - _idleAfter;
        foreach (var (draftId, lazy) in _sessions)
        {
            if (!lazy.IsValueCreated || !lazy.Value.IsCompletedSuccessfully || lazy.Value.Result is not { } session) continue;
            if (!session.TryClose(idleSince)) continue;
            await session.DisposeAsync();
            _sessions.TryRemove(new KeyValuePair<Guid, Lazy<Task<DraftSession?>>>(draftId, lazy));
        }
    }

    private async Task SweepAsync()
    {
        try
        {
            await EvictIdleAsync();
        }
        catch (Exception exception) when (exception is not OutOfMemoryException)
        {
            _logger.LogError(exception, "Evicting idle draft sessions failed.");
        }
    }

    private async Task<DraftSession?> OpenAsync(Guid draftId)
    {
        var sequencer = await _store.LoadAsync(draftId, CancellationToken.None);
        return sequencer is null ? null : new DraftSession(draftId, sequencer, _store, _bus, _clock, _logger);
    }

    public async ValueTask DisposeAsync()
    {
        await _sweep.DisposeAsync();
        foreach (var lazy in _sessions.Values)
        {
            if (lazy.IsValueCreated && await lazy.Value is { } session) await session.DisposeAsync();
        }
    }
}
