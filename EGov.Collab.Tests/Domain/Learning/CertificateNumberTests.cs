using EGov.Collab.Domain.Learning;

namespace EGov.Collab.Tests.Domain.Learning;

public sealed class CertificateNumberTests
{
    [Theory]
    [InlineData(123, "EG-2026-000123")]
    [InlineData(1, "EG-2026-000001")]
    [InlineData(999_999, "EG-2026-999999")]
    public void Format_Sequence_ZeroPaddedToSixDigits(int sequence, string expected) =>
        Assert.Equal(expected, CertificateNumber.Create("EG", 2026, sequence).Value.Format());

    [Theory]
    [InlineData(0)]
    [InlineData(-1)]
    [InlineData(1_000_000)]
    public void Create_SequenceOutOfRange_Refused(int sequence) =>
        Assert.Equal("Learning.CertificateSequenceOutOfRange", CertificateNumber.Create("EG", 2026, sequence).Error?.Code);

    [Theory]
    [InlineData("", 2026)]
    [InlineData("E", 2026)]
    [InlineData("eg", 2026)]
    [InlineData("EGOVUA", 2026)]
    [InlineData("ЕГ", 2026)]
    [InlineData("EG", 999)]
    [InlineData("EG", 10_000)]
    public void Create_BadPrefixOrYear_Invalid(string prefix, int year) =>
        Assert.Equal("Learning.CertificateNumberInvalid", CertificateNumber.Create(prefix, year, 1).Error?.Code);

    [Fact]
    public void Parse_Formatted_RoundTrips()
    {
        var number = CertificateNumber.Parse("EG-2026-000123").Value;

        Assert.Equal(("EG", 2026, 123), (number.Prefix, number.Year, number.Sequence));
        Assert.Equal("EG-2026-000123", number.ToString());
    }

    [Fact]
    public void Parse_LowerCaseWithSpaces_Accepted() =>
        Assert.Equal(CertificateNumber.Create("EG", 2026, 123).Value, CertificateNumber.Parse("  eg-2026-000123 ").Value);

    [Theory]
    [InlineData(null)]
    [InlineData("")]
    [InlineData("EG-2026-123")]
    [InlineData("EG-2026-0001234")]
    [InlineData("EG-26-000123")]
    [InlineData("EG2026000123")]
    [InlineData("EG-2026-000000")]
    [InlineData("EG-2026-00012A")]
    [InlineData("EG-2026-+00123")]
    [InlineData("EG-2026-000123-1")]
    [InlineData("ЕГ-2026-000123")]
    [InlineData("EG-２０２６-000123")]
    public void Parse_Malformed_Invalid(string? text)
    {
        Assert.Equal("Learning.CertificateNumberInvalid", CertificateNumber.Parse(text).Error?.Code);
        Assert.False(CertificateNumber.TryParse(text, out var number));
        Assert.Null(number);
    }

    [Fact]
    public void TryParse_Valid_ReturnsNumber()
    {
        Assert.True(CertificateNumber.TryParse("NAPA-2025-004200", out var number));
        Assert.Equal(4200, number.Sequence);
    }
}
