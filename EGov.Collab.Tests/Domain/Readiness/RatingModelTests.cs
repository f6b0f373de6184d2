using EGov.Collab.Domain.Readiness;

namespace EGov.Collab.Tests.Domain.Readiness;

public sealed class RatingModelTests
{
    private static RatingIndicator Yes(string code, decimal weight) => new(code, weight, AnswerScale.YesNo);

    [Fact]
    public void Create_WeightsSumToHundred_ModelWithComponentsAndIndicators()
    {
        var model = ReadinessSamples.TwoComponentModel();

        Assert.Equal(2026, model.Year);
        Assert.Equal(["A", "B"], model.Components.Select(c => c.Code));
        Assert.Equal(["A1", "A2", "B1"], model.Indicators.Select(i => i.Code));
        Assert.Equal(AnswerScale.Ordinal(4), model.FindIndicator("A2")!.Scale);
        Assert.Null(model.FindIndicator("Z9"));
    }

    [Fact]
    public void Create_DecimalThirds_ExactlyHundredAccepted()
    {
        var result = RatingModel.Create(2026,
        [
            new RatingComponent("A", 33.3m, [Yes("A1", 33.3m), Yes("A2", 33.3m), Yes("A3", 33.4m)]),
            new RatingComponent("B", 33.3m, [Yes("B1", 100m)]),
            new RatingComponent("C", 33.4m, [Yes("C1", 100m)]),
        ]);

        Assert.True(result.IsValid, string.Join(", ", result.Errors));
    }

    [Fact]
    public void Create_ComponentWeightsNinetyNine_WeightsNotHundred()
    {
        var result = RatingModel.Create(2026,
        [
            new RatingComponent("A", 40m, [Yes("A1", 100m)]),
            new RatingComponent("B", 59m, [Yes("B1", 100m)]),
        ]);

        var error = Assert.Single(result.Errors);
        Assert.Equal(ReadinessErrors.WeightsNotHundred(), error);
        Assert.Null(error.Field);
    }

    [Fact]
    public void Create_IndicatorWeightsNotHundred_ErrorNamesComponent()
    {
        var result = RatingModel.Create(2026,
        [
            new RatingComponent("A", 100m, [Yes("A1", 50m), Yes("A2", 50.01m)]),
        ]);

        var error = Assert.Single(result.Errors);
        Assert.Equal("Readiness.WeightsNotHundred", error.Code);
        Assert.Equal("A", error.Field);
    }

    [Fact]
    public void Create_SeveralProblems_ReturnsEveryProblem()
    {
        var result = RatingModel.Create(2026,
        [
            new RatingComponent("A", 50m, [Yes("A1", 60m), Yes("A2", 60m)]),
            new RatingComponent("B", 30m, [Yes("A1", 100m)]),
            new RatingComponent("C", 0m, [Yes("C1", -10m), Yes("C2", 110m)]),
            new RatingComponent("D", 10m, []),
            new RatingComponent(" ", 20m, [Yes("E1", 100m)]),
        ]);

        Assert.False(result.IsValid);
        Assert.Equal(
            [
                ReadinessErrors.WeightsNotHundred("A"),
                ReadinessErrors.DuplicateCode("A1"),
                ReadinessErrors.WeightNotPositive("C"),
                ReadinessErrors.WeightNotPositive("C1"),
                ReadinessErrors.ComponentWithoutIndicators("D"),
                EGov.Collab.Domain.Common.CommonErrors.Required("Code"),
                ReadinessErrors.WeightsNotHundred(),
            ],
            result.Errors);
    }

    [Fact]
    public void Create_NoComponents_NoComponents() =>
        Assert.Equal([ReadinessErrors.NoComponents], RatingModel.Create(2026, []).Errors);

    [Fact]
    public void Create_Invalid_ValueThrowsAndResultCarriesFirstError()
    {
        var result = RatingModel.Create(2026, [new RatingComponent("A", 90m, [Yes("A1", 100m)])]);

        Assert.Throws<InvalidOperationException>(() => result.Value);
        Assert.Equal(ReadinessErrors.WeightsNotHundred(), result.ToResult().Error);
    }

    [Fact]
    public void Create_ProgrammerErrors_Throw()
    {
        Assert.Throws<ArgumentOutOfRangeException>(() => RatingModel.Create(1999, []));
        Assert.Throws<ArgumentNullException>(() => RatingModel.Create(2026, null!));
        Assert.Throws<ArgumentException>(() => RatingModel.Create(2026, [null!]));
        Assert.Throws<ArgumentException>(() => new RatingComponent("A", 100m, [null!]));
        Assert.Throws<ArgumentNullException>(() => new RatingIndicator("A1", 100m, null!));
    }
}
