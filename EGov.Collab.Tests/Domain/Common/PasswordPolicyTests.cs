using EGov.Collab.Domain.Common;

namespace EGov.Collab.Tests.Domain.Common;

public sealed class PasswordPolicyTests
{
    private const string Email = "olena.koval@example.ua";

    [Theory]
    [InlineData("Demo-2026!")]
    [InlineData("вишиванка на свято")]
    [InlineData("correct horse battery staple")]
    [InlineData("abcdefghij")]
    public void Check_LongEnough_Success(string password) =>
        Assert.True(PasswordPolicy.Check(password, Email).IsSuccess);

    [Theory]
    [InlineData(null)]
    [InlineData("")]
    [InlineData("Kx9!mQ2#p")]
    public void Check_ShorterThanTen_TooShort(string? password) =>
        Assert.Equal("Password.TooShort", PasswordPolicy.Check(password, Email).Error?.Code);

    [Fact]
    public void Check_MinLengthBoundary_TenAccepted()
    {
        Assert.Equal(10, PasswordPolicy.MinLength);
        Assert.Equal("Password.TooShort", PasswordPolicy.Check("abcdefghi", Email).Error?.Code);
        Assert.True(PasswordPolicy.Check("abcdefghij", Email).IsSuccess);
    }

    [Fact]
    public void Check_MaxLength_Success() =>
        Assert.True(PasswordPolicy.Check(string.Concat(Enumerable.Repeat("abcd", PasswordPolicy.MaxLength / 4)), Email).IsSuccess);

    [Fact]
    public void Check_OverMaxLength_TooLong()
    {
        var password = string.Concat(Enumerable.Repeat("abcd", PasswordPolicy.MaxLength / 4)) + "e";

        Assert.Equal("Password.TooLong", PasswordPolicy.Check(password, Email).Error?.Code);
    }

    [Theory]
    [InlineData("aaaaaaaaaaaa")]
    [InlineData("ababababab")]
    public void Check_TwoDistinctCharacters_TooSimple(string password) =>
        Assert.Equal("Password.TooSimple", PasswordPolicy.Check(password, Email).Error?.Code);

    [Theory]
    [InlineData("1234567890")]
    [InlineData("qwertyuiop")]
    [InlineData("Password123")]
    [InlineData("SLAVAUKRAINI")]
    [InlineData("йцукенгшщз")]
    [InlineData("Пароль12345")]
    public void Check_CommonPassword_Common(string password) =>
        Assert.Equal("Password.Common", PasswordPolicy.Check(password, Email).Error?.Code);

    [Theory]
    [InlineData("olena.koval-2026")]
    [InlineData("my OLENA.KOVAL pass")]
    public void Check_ContainsEmailLocalPart_ContainsEmail(string password) =>
        Assert.Equal("Password.ContainsEmail", PasswordPolicy.Check(password, Email).Error?.Code);

    [Fact]
    public void Check_ShortLocalPart_NotTreatedAsContained() =>
        Assert.True(PasswordPolicy.Check("bob is my uncle", "bob@example.ua").IsSuccess);

    [Theory]
    [InlineData(null)]
    [InlineData("")]
    [InlineData("not-an-email")]
    public void Check_NoOrOddEmail_StillChecksTheRest(string? email)
    {
        Assert.True(PasswordPolicy.Check("Demo-2026!", email).IsSuccess);
        Assert.Equal("Password.TooShort", PasswordPolicy.Check("short", email).Error?.Code);
    }

    [Fact]
    public void Check_Error_NamesPasswordField() =>
        Assert.Equal("Password", PasswordPolicy.Check("", Email).Error?.Field);
}
