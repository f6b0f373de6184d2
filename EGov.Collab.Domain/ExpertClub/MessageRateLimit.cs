namespace EGov.Collab.Domain.ExpertClub;

/// <summary>
/// At most <see cref="MaxMessages"/> messages per member in any <see cref="Window"/>: a sliding window over the times
/// of the member's recent messages. Enough for a quick exchange, too few for a flood.
/// </summary>
public static class MessageRateLimit
{
    public const int MaxMessages = 5;

    public static readonly TimeSpan Window = TimeSpan.FromSeconds(10);

    /// <summary>True when one more message now keeps the member within the limit.</summary>
    public static bool Allows(IEnumerable<DateTimeOffset> recentPosts, DateTimeOffset now) =>
        recentPosts.Count(at => at > now - Window && at <= now) < MaxMessages;

    /// <summary>When the member may post again (now if already allowed).</summary>
    public static DateTimeOffset NextAllowedAt(IEnumerable<DateTimeOffset> recentPosts, DateTimeOffset now)
    {
        var inWindow = recentPosts.Where(at => at > now - Window && at <= now).OrderDescending().ToList();
        return inWindow.Count < MaxMessages ? now : inWindow[MaxMessages - 1] + Window;
    }
}
