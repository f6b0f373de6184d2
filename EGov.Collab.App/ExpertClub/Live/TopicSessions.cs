using EGov.Collab.App.Common.Documents;
using EGov.Collab.App.Common.SearchIndex;
using System.Collections.Concurrent;
using EGov.Collab.App.Live;
using EGov.Collab.App.Notifications;
using EGov.Collab.Data;
using EGov.Collab.Domain.ExpertClub;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;

namespace EGov.Collab.App.ExpertClub.Live;

/// <summary>How long a topic nobody acts in keeps its session (<c>ExpertClub:Sessions:IdleAfter</c>).</summary>
public sealed class TopicSessionOptions
{
    public const string SectionName = "ExpertClub:Sessions";

    public TimeSpan IdleAfter { get; set; } = TimeSpan.FromMinutes(10);
}

/// <summary>
/// One <see cref="TopicSession"/> per topic, created on first use. A session is a thin view: the state it needs across
/// circuits (the gate that serialises posts, so message numbers follow each other) lives here, per topic, and is let
/// go when nobody has used it for <see cref="TopicSessionOptions.IdleAfter"/>; the next use creates it again from nothing.
/// A gate someone holds or waits on is never let go, so a session a circuit still keeps never meets a second gate.
/// </summary>
public sealed class TopicSessions : IDisposable
{
    private readonly IDbContextFactory<CollabDbContext> _dbFactory;
    private readonly ClubAccess _access;
    private readonly ILiveBus _bus;
    private readonly NotificationCenter _notifications;
    private readonly TimeProvider _clock;
    private readonly ILogger<TopicSession> _logger;
    private readonly ISearchIndexer _indexer;
    private readonly IDocumentStore _documents;
    private readonly TimeSpan _idleAfter;
    private readonly Dictionary<Guid, TopicGate> _gates = [];
    private readonly ITimer _sweeper;

    public TopicSessions(
        IDbContextFactory<CollabDbContext> dbFactory,
        ClubAccess access,
        ILiveBus bus,
        NotificationCenter notifications,
        TimeProvider clock,
        ILogger<TopicSession> logger,
        ISearchIndexer indexer,
        IDocumentStore documents,
        IOptions<TopicSessionOptions> options)
    {
        (_dbFactory, _access, _bus, _notifications, _clock, _logger, _indexer, _documents) = (dbFactory, access, bus, notifications, clock, logger, indexer, documents);
        _idleAfter = options.Value.IdleAfter;
        var every = _idleAfter / 2 > TimeSpan.Zero ? _idleAfter / 2 : TimeSpan.FromMinutes(1);
        _sweeper = clock.CreateTimer(_ => SweepIdle(), null, every, every);
    }

    internal IDbContextFactory<CollabDbContext> DbFactory => _dbFactory;
    internal ClubAccess Access => _access;
    internal ILiveBus Bus => _bus;
    internal NotificationCenter Notifications => _notifications;
    internal TimeProvider Clock => _clock;
    internal ILogger<TopicSession> Logger => _logger;
    internal ISearchIndexer Indexer => _indexer;
    internal IDocumentStore Documents => _documents;
    internal PostingRate Rate { get; } = new();

    /// <summary>How many topics hold a session now.</summary>
    public int Active
    {
        get { lock (_gates) return _gates.Count; }
    }

    public TopicSession For(Guid topicId) => new(topicId, this);

    public static string LiveTopicOf(Guid topicId) => $"expert-club.topic:{topicId:N}";

    /// <summary>The live-presence room name of a topic (who is here, who is typing).</summary>
    public static string PresenceRoomOf(Guid topicId) => $"expert-club:{topicId:N}";

    /// <summary>Waits for the topic's turn; dispose the answer to give it back. Only asynchronous work inside.</summary>
    internal async Task<IDisposable> EnterAsync(Guid topicId, CancellationToken cancellationToken)
    {
        TopicGate gate;
        lock (_gates)
        {
            if (!_gates.TryGetValue(topicId, out gate!)) _gates[topicId] = gate = new TopicGate();
            gate.Users++;
        }
        try
        {
            await gate.Semaphore.WaitAsync(cancellationToken);
        }
        catch
        {
            Done(gate);
            throw;
        }
        return new Turn(this, gate);
    }

    /// <summary>Lets go of the sessions of topics nobody has used for the idle time; returns how many went.</summary>
    public int SweepIdle()
    {
        var now = _clock.GetUtcNow();
        int removed;
        lock (_gates)
        {
            var idle = _gates.Where(pair => pair.Value.Users == 0 && now - pair.Value.LastUsed >= _idleAfter).Select(pair => pair.Key).ToList();
            foreach (var topicId in idle) _gates.Remove(topicId);
            removed = idle.Count;
        }
        Rate.Forget(now);
        return removed;
    }

    public void Dispose() => _sweeper.Dispose();

    private void Done(TopicGate gate)
    {
        lock (_gates)
        {
            gate.Users--;
            gate.LastUsed = _clock.GetUtcNow();
        }
    }

    private sealed class TopicGate
    {
        // Never disposed: a SemaphoreSlim whose wait handle is never asked for holds nothing to release, and not
        // disposing it is what makes a late Release after eviction harmless.
        public SemaphoreSlim Semaphore { get; } = new(1, 1);

        public int Users { get; set; }

        public DateTimeOffset LastUsed { get; set; }
    }

    private sealed class Turn(TopicSessions sessions, TopicGate gate) : IDisposable
    {
        private int _disposed;

        public void Dispose()
        {
            if (Interlocked.Exchange(ref _disposed, 1) == 1) return;
            gate.Semaphore.Release();
            sessions.Done(gate);
        }
    }
}

/// <summary>Each member's recent post times, checked against <see cref="MessageRateLimit"/> before a post is stored.</summary>
public sealed class PostingRate
{
    private readonly ConcurrentDictionary<Guid, List<DateTimeOffset>> _posts = new();

    /// <summary>Takes a slot for one post now; false when the member must slow down.</summary>
    public bool TryTake(Guid memberId, DateTimeOffset now)
    {
        while (true)
        {
            var posts = _posts.GetOrAdd(memberId, _ => []);
            lock (posts)
            {
                // Forget may have just taken this list out of the table: take a fresh one rather than count into it.
                if (!_posts.TryGetValue(memberId, out var current) || !ReferenceEquals(current, posts)) continue;
                posts.RemoveAll(at => at <= now - MessageRateLimit.Window);
                if (!MessageRateLimit.Allows(posts, now)) return false;
                posts.Add(now);
                return true;
            }
        }
    }

    /// <summary>Forgets the members with no post inside the window, so the table does not keep everyone who ever posted.</summary>
    public void Forget(DateTimeOffset now)
    {
        foreach (var (memberId, posts) in _posts)
        {
            lock (posts)
            {
                posts.RemoveAll(at => at <= now - MessageRateLimit.Window);
                if (posts.Count == 0) _posts.TryRemove(new KeyValuePair<Guid, List<DateTimeOffset>>(memberId, posts));
            }
        }
    }

    /// <summary>Gives the slot back when the post was refused for another reason (locked topic, no right).</summary>
    public void Return(Guid memberId, DateTimeOffset at)
    {
        if (!_posts.TryGetValue(memberId, out var posts)) return;
        lock (posts) posts.Remove(at);
    }
}
