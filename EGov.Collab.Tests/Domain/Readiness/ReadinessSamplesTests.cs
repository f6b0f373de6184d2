using Xunit.Sdk;

namespace EGov.Collab.Tests.Domain.Readiness;

public sealed class ReadinessSamplesTests
{
    [Fact]
    public void ForSeeds_FailingCheck_NamesTheSeed()
    {
        var failure = Assert.ThrowsAny<XunitException>(() => ReadinessSamples.ForSeeds(10, (random, seed) => Assert.True(seed < 4)));

        Assert.StartsWith("Seed 4 failed", failure.Message, StringComparison.Ordinal);
    }
}
