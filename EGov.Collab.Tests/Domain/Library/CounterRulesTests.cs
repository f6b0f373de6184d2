using EGov.Collab.Domain.Library;

namespace EGov.Collab.Tests.Domain.Library;

public sealed class CounterRulesTests
{
    private static readonly DateTimeOffset At = new(2026, 12, 7, 10, 0, 0, TimeSpan.Zero);

    [Theory]
    [InlineData("Mozilla/5.0 (compatible; Googlebot/2.1; +http://www.google.com/bot.html)", true)]
    [InlineData("Mozilla/5.0 (compatible; bingbot/2.0)", true)]
    [InlineData("curl/8.5.0", true)]
    [InlineData("python-requests/2.31", true)]
    [InlineData("Mozilla/5.0 (X11; Linux x86_64) AppleWebKit/537.36 (KHTML, like Gecko) HeadlessChrome/131.0 Safari/537.36", true)]
    [InlineData("", true)]
    [InlineData(null, true)]
    [InlineData("Mozilla/5.0 (Windows NT 10.0; Win64; x64) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/131.0 Safari/537.36", false)]
    [InlineData("Mozilla/5.0 (iPhone; CPU iPhone OS 17_0 like Mac OS X) AppleWebKit/605.1.15 Version/17.0 Mobile/15E148 Safari/604.1", false)]
    public void IsRobot_UserAgent(string? userAgent, bool robot) => Assert.Equal(robot, CounterRules.IsRobot(userAgent));

    [Theory]
    [InlineData(0, true)]
    [InlineData(29, true)]
    [InlineData(30, false)]
    [InlineData(3600, false)]
    public void IsDoubleClick_Within30Seconds(int secondsLater, bool doubleClick) =>
        Assert.Equal(doubleClick, CounterRules.IsDoubleClick(At, At.AddSeconds(secondsLater)));

    [Fact]
    public void IsDoubleClick_NoPreviousRequest_False() => Assert.False(CounterRules.IsDoubleClick(null, At));

    [Fact]
    public void ByMonth_GroupsByUtcMonth_NewestFirst()
    {
        var months = CounterRules.ByMonth(
        [
            (new DateTimeOffset(2026, 11, 30, 23, 30, 0, TimeSpan.Zero), LibraryUsageKind.View),
            // 01:30 in Kyiv on 1 December is still 30 November in UTC.
            (new DateTimeOffset(2026, 12, 1, 1, 30, 0, TimeSpan.FromHours(2)), LibraryUsageKind.Download),
            (new DateTimeOffset(2026, 12, 2, 9, 0, 0, TimeSpan.Zero), LibraryUsageKind.View),
            (new DateTimeOffset(2026, 12, 2, 9, 5, 0, TimeSpan.Zero), LibraryUsageKind.Download),
        ]);

        Assert.Equal([new LibraryUsageMonth(2026, 12, 1, 1), new LibraryUsageMonth(2026, 11, 1, 1)], months);
    }
}
