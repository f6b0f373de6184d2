using System.Security.Cryptography;
using EGov.Collab.Domain.Learning;

namespace EGov.Collab.Tests.Domain.Learning;

public sealed class VerificationCodeTests
{
    private static readonly byte[] Zeros = new byte[VerificationCode.ByteCount];
    private static readonly byte[] Ones = [.. Enumerable.Repeat((byte)0xFF, VerificationCode.ByteCount)];

    [Fact]
    public void FromBytes_AllZero_AllZeroSymbols() =>
        Assert.Equal("0000-0000-0000-0000", VerificationCode.FromBytes(Zeros).Value);

    [Fact]
    public void FromBytes_AllOnes_AllZ() =>
        Assert.Equal("ZZZZ-ZZZZ-ZZZZ-ZZZZ", VerificationCode.FromBytes(Ones).Value);

    [Fact]
    public void FromBytes_KnownBytes_CrockfordBase32BigEndian()
    {
        // 0x00 0x44 0x32 0x14 0xC7 = 00000 00001 00010 00011 00100 00101 00110 00111 → 0 1 2 3 4 5 6 7.
        byte[] bytes = [0x00, 0x44, 0x32, 0x14, 0xC7, 0x00, 0x44, 0x32, 0x14, 0xC7];

        Assert.Equal("0123-4567-0123-4567", VerificationCode.FromBytes(bytes).Value);
    }

    [Fact]
    public void New_InjectedRandom_Deterministic()
    {
        static void Fill(Span<byte> buffer) { for (var i = 0; i < buffer.Length; i++) buffer[i] = 0xFF; }

        Assert.Equal(VerificationCode.FromBytes(Ones), VerificationCode.New(Fill));
    }

    [Fact]
    public void New_SystemRandom_EightyBitsGroupedByFour()
    {
        Assert.Equal(80, VerificationCode.ByteCount * 8);
        var codes = Enumerable.Range(0, 200).Select(_ => VerificationCode.New().Value).ToList();

        Assert.All(codes, c => Assert.Matches("^[0-9A-HJKMNP-TV-Z]{4}(-[0-9A-HJKMNP-TV-Z]{4}){3}$", c));
        Assert.Equal(codes.Count, codes.Distinct().Count());
    }

    [Theory]
    [InlineData(5)]
    [InlineData(9)]
    [InlineData(11)]
    public void FromBytes_WrongLength_Throws(int length) =>
        Assert.Throws<ArgumentException>(() => VerificationCode.FromBytes(new byte[length]));

    [Theory]
    [InlineData("7KQ2-M9XD-4HPR-W6TA")]
    [InlineData("7kq2-m9xd-4hpr-w6ta")]
    [InlineData("7KQ2M9XD4HPRW6TA")]
    [InlineData("  7KQ2-M9XD4HPR-W6TA ")]
    [InlineData("7KQ2--M9XD-4HPR-W6TA")]
    public void Parse_CaseAndDashes_Normalised(string text) =>
        Assert.Equal("7KQ2-M9XD-4HPR-W6TA", VerificationCode.Parse(text).Value.Value);

    [Theory]
    [InlineData("O0O0-IiLl-0000-1111", "0000-1111-0000-1111")]
    [InlineData("oooo-llll-iiii-0000", "0000-1111-1111-0000")]
    public void Parse_ConfusableLetters_FoldedToDigits(string text, string expected) =>
        Assert.Equal(expected, VerificationCode.Parse(text).Value.Value);

    [Theory]
    [InlineData(null)]
    [InlineData("")]
    [InlineData("7KQ2-M9XD-4HPR-W6T")]
    [InlineData("7KQ2-M9XD-4HPR-W6TAA")]
    [InlineData("7KQ2-M9XD-4HPR-W6TU")]
    [InlineData("7KQ2 M9XD 4HPR W6TA")]
    [InlineData("7KQ2-M9XD-4HPR-W6T!")]
    [InlineData("7KQ2-M9XD-4HPR-W6ТА")]
    [InlineData("../../etc/passwd")]
    public void Parse_Forged_Invalid(string? text)
    {
        Assert.Equal("Learning.VerificationCodeInvalid", VerificationCode.Parse(text).Error?.Code);
        Assert.False(VerificationCode.TryParse(text, out var code));
        Assert.Null(code);
    }

    [Fact]
    public void Parse_GeneratedCode_RoundTrips()
    {
        var code = VerificationCode.New(RandomNumberGenerator.Fill);

        Assert.Equal(code, VerificationCode.Parse(code.Value.ToLowerInvariant().Replace("-", "", StringComparison.Ordinal)).Value);
    }
}
