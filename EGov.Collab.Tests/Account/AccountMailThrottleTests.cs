using EGov.Collab.App.Account;
using EGov.Collab.Tests.Support;

namespace EGov.Collab.Tests.Account;

public sealed class AccountMailThrottleTests
{
    [Fact]
    public void TryTake_MoreThanTheLimitInTheWindow_HoldsBackUntilTheWindowMoves()
    {
        var clock = new TestClock(new DateTimeOffset(2026, 11, 23, 10, 0, 0, TimeSpan.Zero));
        var throttle = new AccountMailThrottle(clock);
        var member = Guid.CreateVersion7();

        var allowed = Enumerable.Range(0, AccountMailThrottle.Limit).Select(_ => throttle.TryTake(member)).ToList();
        var overLimit = throttle.TryTake(member);
        var someoneElse = throttle.TryTake(Guid.CreateVersion7());
        clock.Advance(AccountMailThrottle.Window);
        var afterWindow = throttle.TryTake(member);

        Assert.All(allowed, Assert.True);
        Assert.False(overLimit);
        Assert.True(someoneElse);
        Assert.True(afterWindow);
    }
}
