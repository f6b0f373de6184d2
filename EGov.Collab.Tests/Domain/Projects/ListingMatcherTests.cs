using EGov.Collab.Domain.Projects;

namespace EGov.Collab.Tests.Domain.Projects;

public sealed class ListingMatcherTests
{
    private static readonly DateTimeOffset Now = new(2026, 12, 7, 10, 0, 0, TimeSpan.Zero);

    // SERV is furthest below the national average (−30), then CAP (−10); TECH is above it.
    private static readonly ComponentGap[] Body =
    [
        new("TECH", 80m, 60m),
        new("SERV", 40m, 70m),
        new("CAP", 50m, 60m),
    ];

    [Fact]
    public void Rank_WeakestComponentFirst_IndicatorCountsForItsComponent_UnrelatedLeftOut()
    {
        var tech = new MatchCandidate(Guid.CreateVersion7(), ["TECH.2"], Now);
        var cap = new MatchCandidate(Guid.CreateVersion7(), ["CAP"], Now);
        var serv = new MatchCandidate(Guid.CreateVersion7(), ["SERV.1"], Now.AddDays(-100));
        var unrelated = new MatchCandidate(Guid.CreateVersion7(), ["PART"], Now);

        var ranked = ListingMatcher.Rank(Body, [tech, cap, unrelated, serv]);

        Assert.Equal([serv.ListingId, cap.ListingId, tech.ListingId], ranked.Select(m => m.ListingId));
        Assert.Equal(("SERV", 0), (ranked[0].Component, ranked[0].Position));
    }

    [Fact]
    public void Rank_SameWeakestComponent_MoreComponentsAddressedThenNewerFirst()
    {
        var older = new MatchCandidate(Guid.CreateVersion7(), ["SERV"], Now.AddDays(-10));
        var newer = new MatchCandidate(Guid.CreateVersion7(), ["SERV.2"], Now);
        var broader = new MatchCandidate(Guid.CreateVersion7(), ["SERV", "CAP.1"], Now.AddDays(-20));

        var ranked = ListingMatcher.Rank(Body, [older, newer, broader]);

        Assert.Equal([broader.ListingId, newer.ListingId, older.ListingId], ranked.Select(m => m.ListingId));
        Assert.All(ranked, m => Assert.Equal("SERV", m.Component));
    }
}
