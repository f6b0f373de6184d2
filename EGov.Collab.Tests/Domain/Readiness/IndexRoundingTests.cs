using EGov.Collab.Domain.Readiness;

namespace EGov.Collab.Tests.Domain.Readiness;

public sealed class IndexRoundingTests
{
    [Theory]
    [InlineData(0.82625, "0.8263")]
    [InlineData(0.12875, "0.1288")]
    [InlineData(0.12345, "0.1235")]
    [InlineData(0.55, "0.5500")]
    [InlineData(-0.00005, "-0.0001")]
    [InlineData(0.99995, "1.0000")]
    public void Round_Midpoint_AwayFromZeroAsByHand(double value, string expected) =>
        Assert.Equal(decimal.Parse(expected, System.Globalization.CultureInfo.InvariantCulture), IndexRounding.Round(value));

    [Fact]
    public void Round_OtherDecimals_Honoured() =>
        Assert.Equal(0.83m, IndexRounding.Round(0.82625, 2));

    [Fact]
    public void Round_NotFinite_Throws() =>
        Assert.Throws<ArgumentException>(() => IndexRounding.Round(double.NaN));
}
