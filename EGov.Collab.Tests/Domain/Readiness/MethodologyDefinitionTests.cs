using EGov.Collab.Data.Seeding;
using EGov.Collab.Domain.Readiness;

namespace EGov.Collab.Tests.Domain.Readiness;

public sealed class MethodologyDefinitionTests
{
    [Fact]
    public void ToModel_DemoMethodologies_AreValid()
    {
        Assert.True(ReadinessDemoMethodology.For(2026).ToModel().IsValid);
        Assert.True(ReadinessDemoMethodology.For(2025).ToModel().IsValid);
    }

    [Fact]
    public void ToModel_ComponentWeightsNotHundred_RefusedNamingTheProblem()
    {
        var definition = ReadinessDemoMethodology.For(2026);
        var broken = definition with { Components = [.. definition.Components.Select((c, i) => i == 0 ? c with { Weight = c.Weight + 5m } : c)] };

        var model = broken.ToModel();

        Assert.Equal(ReadinessErrors.WeightsNotHundred(), Assert.Single(model.Errors));
    }

    [Fact]
    public void ToModel_IndicatorWeightsNotHundredAndBadScale_EveryProblemListed()
    {
        var definition = ReadinessDemoMethodology.For(2026);
        var first = definition.Components[0];
        var indicators = first.Indicators.Select((i, n) => n == 0 ? i with { Weight = 10m } : i with { ScaleKind = AnswerScaleKind.Ordinal, ScaleMax = 0 }).ToList();
        var broken = definition with { Components = [first with { Indicators = indicators }, .. definition.Components.Skip(1)] };

        var errors = broken.ToModel().Errors;

        Assert.Contains(ReadinessErrors.ScaleInvalid(first.Indicators[1].Code), errors);
        Assert.Contains(ReadinessErrors.WeightsNotHundred(first.Code), errors);
    }

    [Fact]
    public void Change_Invalid_KeepsTheStoredDefinition()
    {
        var now = DateTimeOffset.UnixEpoch;
        var methodology = ReadinessMethodology.Create(ReadinessDemoMethodology.For(2026), now).Value;
        var broken = methodology.Definition with { Components = [.. methodology.Definition.Components.Skip(1)] };

        var result = methodology.Change(broken, now.AddDays(1));

        Assert.False(result.IsValid);
        Assert.Equal(5, methodology.Definition.Components.Count);
        Assert.Equal(now, methodology.UpdatedAt);
    }
}
