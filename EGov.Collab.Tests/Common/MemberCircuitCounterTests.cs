using EGov.Collab.App.Shell;

namespace EGov.Collab.Tests.Common;

public sealed class MemberCircuitCounterTests
{
    [Fact]
    public void TryOpen_PastTheCapForOneMember_IsRefused_OthersAndClosedTabsAreNotCounted()
    {
        var counter = new MemberCircuitCounter();
        for (var i = 0; i < CircuitLimits.MaxCircuitsPerMember; i++) Assert.True(counter.TryOpen("a"));

        Assert.False(counter.TryOpen("a"));
        Assert.True(counter.TryOpen("b"));
        counter.Close("a");
        Assert.True(counter.TryOpen("a"));
        Assert.Equal(CircuitLimits.MaxCircuitsPerMember, counter.OpenFor("a"));
    }
}
