using EGov.Collab.Domain.Common;

namespace EGov.Collab.Tests.Domain.Common;

public sealed class MemberProfileTests
{
    [Theory]
    [InlineData("Олена Коваль", "ОК")]
    [InlineData("Ірина Бондаренко", "ІБ")]
    [InlineData("Юлія Руденко", "ЮР")]
    [InlineData("Ольга О'Коннор-Петренко", "ОО")]
    [InlineData("Ольга О’Коннор-Петренко", "ОО")]
    [InlineData("Ольга Оʼконнор", "ОО")]
    [InlineData("'Євген' Їжак", "ЄЇ")]
    [InlineData("«Марія» Ґудзь", "МҐ")]
    [InlineData("Анна-Марія Петренко", "АМ")]
    [InlineData("олег ярош", "ОЯ")]
    [InlineData("Taras Shevchenko", "TS")]
    [InlineData("  Богдан   Олійник  Іванович ", "БО")]
    public void Initials_FullName_FirstLettersOfTwoWords(string fullName, string expected) =>
        Assert.Equal(expected, MemberProfile.Initials(fullName));

    [Theory]
    [InlineData("Оксана", "О")]
    [InlineData("ярослава", "Я")]
    public void Initials_SingleWord_OneLetter(string fullName, string expected) =>
        Assert.Equal(expected, MemberProfile.Initials(fullName));

    [Theory]
    [InlineData(null)]
    [InlineData("")]
    [InlineData("   ")]
    [InlineData("- ' 42")]
    public void Initials_NoLetters_QuestionMark(string? fullName) =>
        Assert.Equal("?", MemberProfile.Initials(fullName));

    [Fact]
    public void Validate_NameOnly_Success() =>
        Assert.True(MemberProfile.Validate("Ірина Бондаренко", null, null).IsSuccess);

    [Fact]
    public void Validate_KnownRegion_Success() =>
        Assert.True(MemberProfile.Validate("Ірина Бондаренко", "Юристка", Regions.Lviv.Code).IsSuccess);

    [Fact]
    public void Validate_EmptyName_Required() =>
        Assert.Equal(CommonErrors.Required("FullName"), MemberProfile.Validate("  ", null, null).Error);

    [Fact]
    public void Validate_LongName_TooLong() =>
        Assert.Equal(CommonErrors.TooLong("FullName"), MemberProfile.Validate(new string('я', MemberProfile.FullNameMaxLength + 1), null, null).Error);

    [Fact]
    public void Validate_LongPosition_TooLong() =>
        Assert.Equal(CommonErrors.TooLong("Position"), MemberProfile.Validate("Ім'я", new string('я', MemberProfile.PositionMaxLength + 1), null).Error);

    [Fact]
    public void Validate_UnknownRegion_Invalid() =>
        Assert.Equal(CommonErrors.Invalid("RegionCode"), MemberProfile.Validate("Ім'я", null, "UA00000000000000000").Error);
}
