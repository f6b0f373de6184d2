using EGov.Collab.Domain.Readiness;

namespace EGov.Collab.Tests.Domain.Readiness;

public sealed class YearOnYearTests
{
    [Fact]
    public void Compare_BodiesInBothYears_RankAndIndexDeltas()
    {
        var lvivLastYear = ReadinessSamples.Index("Львів", 0.6);
        var kyivLastYear = ReadinessSamples.Index("Київ", 0.8);
        var lviv = lvivLastYear with { Composite = 0.9 };
        var kyiv = kyivLastYear with { Composite = 0.7 };
        var previous = Ranking.Rank([lvivLastYear, kyivLastYear], ReadinessSamples.Ukrainian);
        var current = Ranking.Rank([lviv, kyiv], ReadinessSamples.Ukrainian);

        var changes = YearOnYear.Compare(current, previous);

        Assert.Equal(lviv.Id, changes[0].BodyId);
        Assert.Equal(1, changes[0].Rank);
        Assert.Equal(1, changes[0].RankDelta);
        Assert.Equal(0.3, changes[0].IndexDelta!.Value, 12);
        Assert.Equal(-1, changes[1].RankDelta);
        Assert.Equal(-0.1, changes[1].IndexDelta!.Value, 12);
    }

    [Fact]
    public void Compare_BodyNewThisYear_NullDeltas()
    {
        var previous = Ranking.Rank([ReadinessSamples.Index("Київ", 0.8)], ReadinessSamples.Ukrainian);
        var current = Ranking.Rank([ReadinessSamples.Index("Бучанська", 0.5)], ReadinessSamples.Ukrainian);

        var change = Assert.Single(YearOnYear.Compare(current, previous));

        Assert.Null(change.RankDelta);
        Assert.Null(change.IndexDelta);
        Assert.Equal(1, change.Rank);
    }

    [Fact]
    public void Compare_SameBodyTwiceLastYear_Throws()
    {
        var body = ReadinessSamples.Index("Київ", 0.8);
        RankedBody[] previous = [new(body, 1), new(body, 1)];

        Assert.Throws<ArgumentException>(() => YearOnYear.Compare([], previous));
        Assert.Throws<ArgumentNullException>(() => YearOnYear.Compare(null!, []));
    }
}
