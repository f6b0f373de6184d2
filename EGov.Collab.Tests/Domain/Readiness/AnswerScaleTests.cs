using EGov.Collab.Domain.Readiness;

namespace EGov.Collab.Tests.Domain.Readiness;

public sealed class AnswerScaleTests
{
    [Theory]
    [InlineData(1, 1.0)]
    [InlineData(0, 0.0)]
    public void Score_YesNo_OneForYesZeroForNo(int answer, double expected) =>
        Assert.Equal(expected, AnswerScale.YesNo.Score(answer));

    [Theory]
    [InlineData(0, 0.0)]
    [InlineData(3, 0.75)]
    [InlineData(4, 1.0)]
    public void Score_Ordinal_ValueOverMax(int answer, double expected) =>
        Assert.Equal(expected, AnswerScale.Ordinal(4).Score(answer));

    [Theory]
    [InlineData("0", 0.0)]
    [InlineData("37.5", 0.375)]
    [InlineData("100", 1.0)]
    public void Score_Percentage_ValueOverHundred(string answer, double expected) =>
        Assert.Equal(expected, AnswerScale.Percentage.Score(decimal.Parse(answer, System.Globalization.CultureInfo.InvariantCulture)));

    [Theory]
    [InlineData("yesno", "2")]
    [InlineData("yesno", "-1")]
    [InlineData("yesno", "0.5")]
    [InlineData("ordinal", "5")]
    [InlineData("ordinal", "1.5")]
    [InlineData("ordinal", "-1")]
    [InlineData("percentage", "100.01")]
    [InlineData("percentage", "-0.01")]
    public void Contains_OutsideScale_False(string scale, string answer)
    {
        var s = scale switch { "yesno" => AnswerScale.YesNo, "ordinal" => AnswerScale.Ordinal(4), _ => AnswerScale.Percentage };
        var value = decimal.Parse(answer, System.Globalization.CultureInfo.InvariantCulture);

        Assert.False(s.Contains(value));
        Assert.Throws<ArgumentOutOfRangeException>(() => s.Score(value));
    }

    [Theory]
    [InlineData(0)]
    [InlineData(-3)]
    [InlineData(101)]
    public void Ordinal_MaxOutsideLimits_Throws(int max) =>
        Assert.Throws<ArgumentOutOfRangeException>(() => AnswerScale.Ordinal(max));

    [Fact]
    public void Ordinal_SameMax_EqualScales() =>
        Assert.Equal(AnswerScale.Ordinal(5), AnswerScale.Ordinal(5));
}
