using EGov.Collab.Domain.ExpertClub;

namespace EGov.Collab.Tests.Domain.ExpertClub;

public sealed class MessageRateLimitTests
{
    private static readonly DateTimeOffset Now = new(2026, 3, 1, 10, 0, 0, TimeSpan.Zero);

    private static List<DateTimeOffset> Posts(params double[] secondsAgo) => secondsAgo.Select(s => Now.AddSeconds(-s)).ToList();

    [Fact]
    public void Allows_FewerThanMaxInWindow_True() => Assert.True(MessageRateLimit.Allows(Posts(1, 2, 3, 4), Now));

    [Fact]
    public void Allows_MaxInWindow_False() => Assert.False(MessageRateLimit.Allows(Posts(0, 1, 2, 3, 4), Now));

    [Fact]
    public void Allows_OldPostsOutsideWindow_NotCounted() =>
        Assert.True(MessageRateLimit.Allows(Posts(1, 2, 3, 4, MessageRateLimit.Window.TotalSeconds, 60), Now));

    [Fact]
    public void NextAllowedAt_Full_WhenOldestInWindowLeaves()
    {
        var posts = Posts(0, 1, 2, 3, 9);

        Assert.Equal(Now.AddSeconds(1), MessageRateLimit.NextAllowedAt(posts, Now));
        Assert.Equal(Now, MessageRateLimit.NextAllowedAt(Posts(1), Now));
    }

    [Fact]
    public void Allows_SteadyPaceJustUnderLimit_NeverRefused()
    {
        // One message every 2.1 s stays under 5 per 10 s forever.
        var posts = new List<DateTimeOffset>();
        for (var i = 0; i < 100; i++)
        {
            var at = Now.AddSeconds(i * 2.1);
            Assert.True(MessageRateLimit.Allows(posts, at), $"message {i} refused");
            posts.Add(at);
        }
    }
}
