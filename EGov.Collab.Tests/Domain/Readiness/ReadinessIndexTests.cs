using EGov.Collab.Domain.Readiness;

namespace EGov.Collab.Tests.Domain.Readiness;

public sealed class ReadinessIndexTests
{
    private static readonly RatingModel Model = ReadinessSamples.TwoComponentModel();

    [Fact]
    public void Compute_MinMax_CompositeIsWeightedMeanOfNormalisedComponents()
    {
        AssessedBody[] bodies =
        [
            ReadinessSamples.Body("Перша", BodyGroup.Cities, ("A", 0.9), ("B", 0.2)),
            ReadinessSamples.Body("Друга", BodyGroup.Cities, ("A", 0.5), ("B", 0.6)),
            ReadinessSamples.Body("Третя", BodyGroup.Hromadas, ("A", 0.1), ("B", 0.4)),
        ];

        var indices = ReadinessIndex.Compute(Model, bodies, NormalisationMethod.MinMax);

        Assert.Equal(["Перша", "Друга", "Третя"], indices.Select(i => i.Name));
        Assert.Equal(1.0, indices[0].Components["A"], 12);
        Assert.Equal(0.0, indices[0].Components["B"], 12);
        Assert.Equal(0.6, indices[0].Composite, 12);
        Assert.Equal(0.5, indices[1].Components["A"], 12);
        Assert.Equal((0.6 * 0.5) + (0.4 * 1.0), indices[1].Composite, 12);
        Assert.Equal(0.4 * 0.5, indices[2].Composite, 12);
        Assert.Equal(BodyGroup.Hromadas, indices[2].Group);
        Assert.Equal(bodies[2].Id, indices[2].Id);
    }

    [Fact]
    public void Compute_ComponentAllEqual_EveryBodyGetsOneOnIt()
    {
        AssessedBody[] bodies =
        [
            ReadinessSamples.Body("Перша", BodyGroup.Cities, ("A", 0.5), ("B", 0.2)),
            ReadinessSamples.Body("Друга", BodyGroup.Cities, ("A", 0.5), ("B", 0.6)),
        ];

        var indices = ReadinessIndex.Compute(Model, bodies, NormalisationMethod.ZScoreRescaled);

        Assert.All(indices, i => Assert.Equal(1.0, i.Components["A"]));
        Assert.Equal([0.6, 1.0], indices.Select(i => i.Composite), new ToleranceComparer(1e-12));
    }

    [Fact]
    public void Compute_NoBodies_Empty() =>
        Assert.Empty(ReadinessIndex.Compute(Model, [], NormalisationMethod.MinMax));

    [Fact]
    public void Compute_ProgrammerErrors_Throw()
    {
        var body = ReadinessSamples.Body("Перша", BodyGroup.Cities, ("A", 0.5), ("B", 0.2));
        var missingComponent = ReadinessSamples.Body("Друга", BodyGroup.Cities, ("A", 0.5));

        Assert.Throws<ArgumentException>(() => ReadinessIndex.Compute(Model, [body, body], NormalisationMethod.MinMax));
        Assert.Throws<ArgumentException>(() => ReadinessIndex.Compute(Model, [body, missingComponent], NormalisationMethod.MinMax));
        Assert.Throws<ArgumentException>(() => ReadinessIndex.Compute(Model, [null!], NormalisationMethod.MinMax));
        Assert.Throws<ArgumentNullException>(() => ReadinessIndex.Compute(null!, [body], NormalisationMethod.MinMax));
    }

    [Theory]
    [InlineData(NormalisationMethod.MinMax)]
    [InlineData(NormalisationMethod.ZScoreRescaled)]
    public void Compute_RandomFields_ComponentsAndCompositeInUnitInterval(NormalisationMethod method) =>
        ReadinessSamples.ForSeeds(300, (random, seed) =>
        {
            var bodies = RandomBodies(random, random.Next(1, 60));

            var indices = ReadinessIndex.Compute(Model, bodies, method);

            Assert.Equal(bodies.Length, indices.Count);
            Assert.All(indices, i =>
            {
                Assert.InRange(i.Composite, 0.0, 1.0);
                Assert.All(i.Components.Values, v => Assert.InRange(v, 0.0, 1.0));
            });
        });

    [Fact]
    public void Compute_FifteenHundredBodies_OneCallIndexesAndRanksEveryBody()
    {
        var random = new Random(1500);
        var model = RatingModel.Create(2026,
        [
            new RatingComponent("A", 40m, [new RatingIndicator("A1", 50m, AnswerScale.YesNo), new RatingIndicator("A2", 50m, AnswerScale.Ordinal(4))]),
            new RatingComponent("B", 35m, [new RatingIndicator("B1", 100m, AnswerScale.Percentage)]),
            new RatingComponent("C", 25m, [new RatingIndicator("C1", 100m, AnswerScale.Ordinal(5))]),
        ]).Value;
        var bodies = Enumerable.Range(1, 1500).Select(n => new AssessedBody(
            ReadinessSamples.SeededGuid(random), $"Громада {n}", BodyGroup.Hromadas,
            SubmissionScoring.Score(model, new Dictionary<string, decimal>
            {
                ["A1"] = random.Next(2), ["A2"] = random.Next(5), ["B1"] = random.Next(101), ["C1"] = random.Next(6),
            }).Value)).ToList();

        var indices = ReadinessIndex.Compute(model, bodies, NormalisationMethod.ZScoreRescaled);
        var ranking = Ranking.Rank(indices, ReadinessSamples.Ukrainian);

        Assert.Equal(1500, ranking.Count);
        Assert.Equal(1, ranking[0].Rank);
        Assert.All(ranking, r => Assert.InRange(r.Rank, 1, 1500));
    }

    internal static AssessedBody[] RandomBodies(Random random, int count) =>
    [
        .. Enumerable.Range(0, count).Select(n => new AssessedBody(
            ReadinessSamples.SeededGuid(random), $"Орган {n}", (BodyGroup)random.Next(4),
            ReadinessSamples.Components(("A", random.Next(3) == 0 ? random.Next(3) / 2.0 : random.NextDouble()), ("B", random.NextDouble())))),
    ];
}
