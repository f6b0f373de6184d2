using EGov.Collab.Domain.Readiness;

namespace EGov.Collab.Tests.Domain.Readiness;

public sealed class RankingTests
{
    [Fact]
    public void Rank_Ties_StandardCompetitionRanking1224()
    {
        var ranking = Ranking.Rank(
            [
                ReadinessSamples.Index("Д", 0.40),
                ReadinessSamples.Index("А", 0.90),
                ReadinessSamples.Index("Б", 0.55),
                ReadinessSamples.Index("В", 0.55),
            ],
            ReadinessSamples.Ukrainian);

        Assert.Equal([1, 2, 2, 4], ranking.Select(r => r.Rank));
        Assert.Equal(["А", "Б", "В", "Д"], ranking.Select(r => r.Body.Name));
    }

    [Fact]
    public void Rank_ThreeWayTieAtTop_NextRankSkipsToFour()
    {
        var ranking = Ranking.Rank(
            [ReadinessSamples.Index("А", 1), ReadinessSamples.Index("Б", 1), ReadinessSamples.Index("В", 1), ReadinessSamples.Index("Г", 0)],
            ReadinessSamples.Ukrainian);

        Assert.Equal([1, 1, 1, 4], ranking.Select(r => r.Rank));
    }

    [Fact]
    public void Rank_DifferenceBelowFourDecimals_SharesRank()
    {
        var ranking = Ranking.Rank(
            [ReadinessSamples.Index("А", (0.1 + 0.2) / 0.6), ReadinessSamples.Index("Б", 0.5), ReadinessSamples.Index("В", 0.50004)],
            ReadinessSamples.Ukrainian);

        Assert.Equal([1, 1, 1], ranking.Select(r => r.Rank));
    }

    [Fact]
    public void Rank_DifferentAtFourthDecimal_Split()
    {
        var ranking = Ranking.Rank([ReadinessSamples.Index("А", 0.5), ReadinessSamples.Index("Б", 0.50005)], ReadinessSamples.Ukrainian);

        Assert.Equal(["Б", "А"], ranking.Select(r => r.Body.Name));
        Assert.Equal([1, 2], ranking.Select(r => r.Rank));
    }

    [Fact]
    public void Rank_TiedNames_OrderedByTheComparerGiven()
    {
        BodyIndex[] tied = [ReadinessSamples.Index("Ірпінська", 0.55), ReadinessSamples.Index("Гостомельська", 0.55), ReadinessSamples.Index("Єрківська", 0.55)];

        // Ukrainian alphabet: Г … Є … І; ordinal (code points) puts Є (U+0404) and І (U+0406) before Г (U+0413).
        Assert.Equal(["Гостомельська", "Єрківська", "Ірпінська"], Ranking.Rank(tied, ReadinessSamples.Ukrainian).Select(r => r.Body.Name));
        Assert.Equal(["Єрківська", "Ірпінська", "Гостомельська"], Ranking.Rank(tied, StringComparer.Ordinal).Select(r => r.Body.Name));
    }

    [Fact]
    public void RankWithinGroups_EachGroupRankedFromOneOnTheNationalIndex()
    {
        BodyIndex[] bodies =
        [
            ReadinessSamples.Index("Київ", 0.9, BodyGroup.Cities),
            ReadinessSamples.Index("Бучанська", 0.8, BodyGroup.Hromadas),
            ReadinessSamples.Index("Львів", 0.7, BodyGroup.Cities),
            ReadinessSamples.Index("Мінцифри", 0.95, BodyGroup.MinistriesAndAgencies),
            ReadinessSamples.Index("Ірпінська", 0.8, BodyGroup.Hromadas),
        ];

        var groups = Ranking.RankWithinGroups(bodies, ReadinessSamples.Ukrainian);

        Assert.Equal(3, groups.Count);
        Assert.Equal([("Київ", 1), ("Львів", 2)], groups[BodyGroup.Cities].Select(r => (r.Body.Name, r.Rank)));
        Assert.Equal([("Бучанська", 1), ("Ірпінська", 1)], groups[BodyGroup.Hromadas].Select(r => (r.Body.Name, r.Rank)));
        Assert.Equal(1, Assert.Single(groups[BodyGroup.MinistriesAndAgencies]).Rank);
        Assert.False(groups.ContainsKey(BodyGroup.Oblasts));
    }

    [Fact]
    public void Rank_NoBodies_Empty() => Assert.Empty(Ranking.Rank([], ReadinessSamples.Ukrainian));

    [Fact]
    public void Rank_NullArguments_Throw()
    {
        Assert.Throws<ArgumentNullException>(() => Ranking.Rank(null!, ReadinessSamples.Ukrainian));
        Assert.Throws<ArgumentNullException>(() => Ranking.Rank([], null!));
        Assert.Throws<ArgumentException>(() => Ranking.Rank([null!], ReadinessSamples.Ukrainian));
    }

    [Fact]
    public void Rank_RandomFields_OneBasedWithCorrectSkipsAndIndependentOfInputOrder() =>
        ReadinessSamples.ForSeeds(300, (random, seed) =>
        {
            var count = random.Next(1, 80);
            var bodies = Enumerable.Range(0, count)
                .Select(n => new BodyIndex(ReadinessSamples.SeededGuid(random), $"Орган {random.Next(10)}", (BodyGroup)random.Next(4),
                    new Dictionary<string, double>(), random.Next(2) == 0 ? random.Next(5) / 4.0 : random.NextDouble()))
                .ToArray();
            var shuffled = bodies.ToArray();
            random.Shuffle(shuffled);

            var ranking = Ranking.Rank(bodies, ReadinessSamples.Ukrainian);
            var again = Ranking.Rank(shuffled, ReadinessSamples.Ukrainian);

            Assert.Equal(ranking.Select(r => (r.Body.Id, r.Rank)), again.Select(r => (r.Body.Id, r.Rank)));
            Assert.Equal(1, ranking[0].Rank);
            for (var i = 1; i < ranking.Count; i++)
            {
                var previous = IndexRounding.Round(ranking[i - 1].Body.Composite);
                var current = IndexRounding.Round(ranking[i].Body.Composite);
                Assert.True(current <= previous, $"Not in descending order at {i}.");
                Assert.Equal(current == previous ? ranking[i - 1].Rank : i + 1, ranking[i].Rank);
            }
            // Each rank equals 1 + the number of bodies strictly ahead of it.
            Assert.All(ranking, r => Assert.Equal(
                1 + ranking.Count(o => IndexRounding.Round(o.Body.Composite) > IndexRounding.Round(r.Body.Composite)), r.Rank));
        });
}
