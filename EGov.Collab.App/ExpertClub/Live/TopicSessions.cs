using EGov.Collab.App.Common.SearchIndex;
using System.Collections.Concurrent;
using EGov.Collab.App.Live;
using EGov.Collab.App.Notifications;
using EGov.Collab.Data;
using EGov.Collab.Domain.ExpertClub;
using Microsoft.EntityFrameworkCore;

namespace EGov.Collab.App.ExpertClub.Live;

/// <summary>
/// One in-process <see cref="TopicSession"/> per topic, created on first use. Sessions hold no per-circuit state, only a
/// gate that serialises posts (message numbers) and the shared rate limit, so keeping them for the process is cheap.
/// </summary>
public sealed class TopicSessions(
    IDbContextFactory<CollabDbContext> dbFactory,
    ClubAccess access,
    ILiveBus bus,
    NotificationCenter notifications,
    TimeProvider clock,
    ILogger<TopicSession> logger,
    ISearchIndexer indexer)
{
    private readonly ConcurrentDictionary<Guid, TopicSession> _sessions = new();

    internal IDbContextFactory<CollabDbContext> DbFactory => dbFactory;
    internal ClubAccess Access => access;
    internal ILiveBus Bus => bus;
    internal NotificationCenter Notifications => notifications;
    internal TimeProvider Clock => clock;
    internal ILogger<TopicSession> Logger => logger;
    internal ISearchIndexer Indexer => indexer;
    internal PostingRate Rate { get; } = new();

    public TopicSession For(Guid topicId) => _sessions.GetOrAdd(topicId, id => new TopicSession(id, this));

    public static string LiveTopicOf(Guid topicId) => $"expert-club.topic:{topicId:N}";

    /// <summary>The live-presence room name of a topic (who is here, who is typing).</summary>
    public static string PresenceRoomOf(Guid topicId) => $"expert-club:{topicId:N}";
}

/// <summary>Each member's recent post times, checked against <see cref="MessageRateLimit"/> before a post is stored.</summary>
public sealed class PostingRate
{
    private readonly ConcurrentDictionary<Guid, List<DateTimeOffset>> _posts = new();

    /// <summary>Takes a slot for one post now; false when the member must slow down.</summary>
    public bool TryTake(Guid memberId, DateTimeOffset now)
    {
        var posts = _posts.GetOrAdd(memberId, _ => []);
        lock (posts)
        {
            posts.RemoveAll(at => at <= now - MessageRateLimit.Window);
            if (!MessageRateLimit.Allows(posts, now)) return false;
            posts.Add(now);
            return true;
        }
    }

    /// <summary>Gives the slot back when the post was refused for another reason (locked topic, no right).</summary>
    public void Return(Guid memberId, DateTimeOffset at)
    {
        if (!_posts.TryGetValue(memberId, out var posts)) return;
        lock (posts) posts.Remove(at);
    }
}
