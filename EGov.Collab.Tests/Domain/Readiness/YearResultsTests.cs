using EGov.Collab.Domain.Readiness;
using static EGov.Collab.Tests.Domain.Readiness.ReadinessSamples;

namespace EGov.Collab.Tests.Domain.Readiness;

public sealed class YearResultsTests
{
    private static readonly RatingModel Model = TwoComponentModel();

    private static IReadOnlyList<AssessedBody> Field() =>
    [
        Body("Вінницька міська рада", BodyGroup.Cities, ("A", 0.9), ("B", 0.8)),
        Body("Львівська міська рада", BodyGroup.Cities, ("A", 0.5), ("B", 0.5)),
        Body("Ірпінська громада", BodyGroup.Hromadas, ("A", 0.5), ("B", 0.5)),
        Body("Мінцифри", BodyGroup.MinistriesAndAgencies, ("A", 0.1), ("B", 0.2)),
    ];

    [Fact]
    public void Compute_TiedBodiesShareRank_NextRankSkipped_GroupRanksAndAverages()
    {
        var results = YearResults.Compute(Model, NormalisationMethod.MinMax, Field(), null, Ukrainian);

        Assert.Equal([1, 2, 2, 4], results.Bodies.Select(b => b.Rank));
        // Tied bodies are listed in Ukrainian alphabetical order (І before Л).
        Assert.Equal(["Вінницька міська рада", "Ірпінська громада", "Львівська міська рада", "Мінцифри"], results.Bodies.Select(b => b.Index.Name));
        var lviv = results.Bodies.Single(b => b.Index.Name.StartsWith("Львів", StringComparison.Ordinal));
        Assert.Equal(2, lviv.GroupRank);
        Assert.Equal(1, results.Bodies.Single(b => b.Index.Name.StartsWith("Ірпін", StringComparison.Ordinal)).GroupRank);
        // A normalised: 1, 0.5, 0.5, 0 → national average 0.5; cities (1 + 0.5) / 2.
        Assert.Equal(0.5, results.NationalAverages["A"], 10);
        Assert.Equal(0.75, results.GroupAverages[BodyGroup.Cities]["A"], 10);
        Assert.Equal([1, 0, 0, 0, 0, 2, 0, 0, 0, 1], results.Distribution());
    }

    [Fact]
    public void Compute_ZScorePerComponent_EqualsMinMaxAsTheMethodologySays()
    {
        var field = Field();
        var minMax = YearResults.Compute(Model, NormalisationMethod.MinMax, field, null, Ukrainian);
        var zScore = YearResults.Compute(Model, NormalisationMethod.ZScoreRescaled, field, null, Ukrainian);

        foreach (var body in minMax.Bodies)
            Assert.Equal(body.Index.Composite, zScore.Find(body.Index.Id)!.Index.Composite, 12);
    }

    [Fact]
    public void Compute_WithLastYear_ChangeSinceLastYear()
    {
        var field = Field();
        var lastYear = YearResults.Compute(Model, NormalisationMethod.MinMax,
            [field[0] with { Scores = ReadinessSamples.Components(("A", 0.1), ("B", 0.1)) }, field[3] with { Scores = ReadinessSamples.Components(("A", 0.9), ("B", 0.9)) }], null, Ukrainian);

        var results = YearResults.Compute(Model, NormalisationMethod.MinMax, field, lastYear.NationalRanking(), Ukrainian);

        Assert.Equal(1, results.Find(field[0].Id)!.Change.RankDelta);
        Assert.Equal(-3, results.Find(field[3].Id)!.Change.RankDelta);
        Assert.Null(results.Find(field[1].Id)!.Change.RankDelta);
    }

    [Fact]
    public void Findings_WeakIndicatorsAndComponentsBelowAverage()
    {
        var answers = new Dictionary<string, decimal> { ["A1"] = 1m, ["A2"] = 1m, ["B1"] = 90m };
        var scores = SubmissionScoring.Score(Model, answers).Value;
        var other = SubmissionScoring.Score(Model, new Dictionary<string, decimal> { ["A1"] = 1m, ["A2"] = 4m, ["B1"] = 10m }).Value;
        var body = new AssessedBody(Guid.CreateVersion7(), "Куликівська селищна рада", BodyGroup.Hromadas, scores);
        var results = YearResults.Compute(Model, NormalisationMethod.MinMax, [body, new AssessedBody(Guid.CreateVersion7(), "Інша", BodyGroup.Hromadas, other)], null, Ukrainian);

        var findings = BodyFindings.For(Model, results, results.Find(body.Id)!);

        Assert.Equal(["B"], findings.Strengths);
        Assert.Equal(["A"], findings.Weaknesses);
        Assert.Equal(["A2"], findings.WeakIndicators);
    }
}
