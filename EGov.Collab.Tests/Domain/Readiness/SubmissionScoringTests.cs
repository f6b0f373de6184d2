using EGov.Collab.Domain.Readiness;

namespace EGov.Collab.Tests.Domain.Readiness;

public sealed class SubmissionScoringTests
{
    private static readonly RatingModel Model = RatingModel.Create(2026,
    [
        new RatingComponent("A", 60m,
        [
            new RatingIndicator("A1", 50m, AnswerScale.YesNo, EvidenceRequired: true),
            new RatingIndicator("A2", 30m, AnswerScale.Ordinal(4)),
            new RatingIndicator("A3", 20m, AnswerScale.YesNo, AnswerRequired: false),
        ]),
        new RatingComponent("B", 40m, [new RatingIndicator("B1", 100m, AnswerScale.Percentage)]),
    ]).Value;

    [Fact]
    public void Score_AllAnswered_IndicatorScoresAndWeightedMeanPerComponent()
    {
        var scores = SubmissionScoring.Score(Model, new Dictionary<string, decimal> { ["A1"] = 1m, ["A2"] = 2m, ["A3"] = 0m, ["B1"] = 45m }).Value;

        Assert.Equal(1.0, scores.Indicators["A1"]);
        Assert.Equal(0.5, scores.Indicators["A2"]);
        Assert.Equal(0.0, scores.Indicators["A3"]);
        Assert.Equal(0.45, scores.Indicators["B1"], 12);
        Assert.Equal(0.5 * 1 + 0.3 * 0.5 + 0.2 * 0, scores.Components["A"], 12);
        Assert.Equal(0.45, scores.Components["B"], 12);
    }

    [Fact]
    public void Score_OptionalUnanswered_CountsAsZeroNotReweighted()
    {
        var answered = SubmissionScoring.Score(Model, new Dictionary<string, decimal> { ["A1"] = 1m, ["A2"] = 4m, ["A3"] = 0m, ["B1"] = 100m }).Value;
        var skipped = SubmissionScoring.Score(Model, new Dictionary<string, decimal> { ["A1"] = 1m, ["A2"] = 4m, ["B1"] = 100m }).Value;

        Assert.Equal(0.0, skipped.Indicators["A3"]);
        Assert.Equal(0.8, skipped.Components["A"], 12);
        Assert.Equal(answered.Components["A"], skipped.Components["A"]);
    }

    [Fact]
    public void Score_RequiredAnswersMissing_ListsEveryMissingIndicator()
    {
        var result = SubmissionScoring.Score(Model, new Dictionary<string, decimal> { ["A2"] = 1m });

        Assert.Equal([ReadinessErrors.MissingRequiredAnswer("A1"), ReadinessErrors.MissingRequiredAnswer("B1")], result.Errors);
    }

    [Theory]
    [InlineData("A1", "2")]
    [InlineData("A2", "5")]
    [InlineData("A2", "2.5")]
    [InlineData("B1", "101")]
    [InlineData("B1", "-1")]
    public void Score_AnswerOutsideScale_AnswerOutOfScale(string code, string answer)
    {
        var answers = new Dictionary<string, decimal> { ["A1"] = 1m, ["A2"] = 1m, ["B1"] = 50m };
        answers[code] = decimal.Parse(answer, System.Globalization.CultureInfo.InvariantCulture);

        var error = Assert.Single(SubmissionScoring.Score(Model, answers).Errors);

        Assert.Equal("Readiness.AnswerOutOfScale", error.Code);
        Assert.Equal(code, error.Field);
    }

    [Fact]
    public void Score_SeveralProblems_ReturnsAllOfThem()
    {
        var result = SubmissionScoring.Score(Model, new Dictionary<string, decimal> { ["A1"] = 3m, ["Z9"] = 1m, ["A3"] = 1m });

        Assert.Equal(
            [
                ReadinessErrors.UnknownIndicator("Z9"),
                ReadinessErrors.AnswerOutOfScale("A1"),
                ReadinessErrors.MissingRequiredAnswer("A2"),
                ReadinessErrors.MissingRequiredAnswer("B1"),
            ],
            result.Errors);
    }

    [Fact]
    public void Score_WeightsWithoutExactBinaryForm_AllYesScoresExactlyOne()
    {
        var model = RatingModel.Create(2026,
        [
            new RatingComponent("A", 100m,
            [
                new RatingIndicator("A1", 33.3m, AnswerScale.YesNo),
                new RatingIndicator("A2", 33.3m, AnswerScale.YesNo),
                new RatingIndicator("A3", 33.4m, AnswerScale.YesNo),
            ]),
        ]).Value;

        var scores = SubmissionScoring.Score(model, new Dictionary<string, decimal> { ["A1"] = 1m, ["A2"] = 1m, ["A3"] = 1m }).Value;

        Assert.Equal(1.0, scores.Components["A"]);
    }

    [Fact]
    public void Score_NullArguments_Throw()
    {
        Assert.Throws<ArgumentNullException>(() => SubmissionScoring.Score(null!, new Dictionary<string, decimal>()));
        Assert.Throws<ArgumentNullException>(() => SubmissionScoring.Score(Model, null!));
    }

    [Fact]
    public void Score_RandomValidAnswers_ComponentScoresWithinUnitInterval() =>
        ReadinessSamples.ForSeeds(300, (random, seed) =>
        {
            var answers = new Dictionary<string, decimal>
            {
                ["A1"] = random.Next(2),
                ["A2"] = random.Next(5),
                ["B1"] = random.Next(10001) / 100m,
            };
            if (random.Next(2) == 0) answers["A3"] = random.Next(2);

            var scores = SubmissionScoring.Score(Model, answers).Value;

            Assert.All(scores.Components.Values, s => Assert.InRange(s, 0.0, 1.0));
        });
}
