using EGov.Collab.Domain.Readiness;

namespace EGov.Collab.Tests.Domain.Readiness;

public sealed class ValidatedTests
{
    [Fact]
    public void Valid_Value_NoErrors()
    {
        var validated = Validated<int>.Valid(7);

        Assert.True(validated.IsValid);
        Assert.Empty(validated.Errors);
        Assert.Equal(7, validated.Value);
        Assert.Equal(7, validated.ToResult().Value);
    }

    [Fact]
    public void Invalid_Errors_AllKeptInOrder()
    {
        var validated = Validated<int>.Invalid([ReadinessErrors.NoComponents, ReadinessErrors.WeightsNotHundred()]);

        Assert.False(validated.IsValid);
        Assert.Equal([ReadinessErrors.NoComponents, ReadinessErrors.WeightsNotHundred()], validated.Errors);
        Assert.Equal(ReadinessErrors.NoComponents, validated.ToResult().Error);
    }

    [Fact]
    public void Invalid_NoErrors_Throws()
    {
        Assert.Throws<ArgumentException>(() => Validated<int>.Invalid([]));
        Assert.Throws<ArgumentNullException>(() => Validated<int>.Invalid(null!));
    }
}
