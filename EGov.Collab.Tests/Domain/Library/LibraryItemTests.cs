using EGov.Collab.Domain.Common;
using EGov.Collab.Domain.Library;

namespace EGov.Collab.Tests.Domain.Library;

public sealed class LibraryItemTests
{
    private static readonly DateTimeOffset Now = new(2026, 12, 7, 10, 0, 0, TimeSpan.Zero);
    private static readonly DateOnly Today = new(2026, 12, 7);

    internal static LibraryMetadata Metadata(string titleUk = "Цифрова громада", string titleEn = "", string licence = "https://creativecommons.org/licenses/by/4.0/") =>
        new(titleUk, titleEn, "", ["Шевченко, Андрій Миколайович"], [], ["е-послуги"], "Анотація", "", "Видавець",
            new DateOnly(2025, 3, 1), DcmiType.Text, "uk", "", null, licence);

    private static LibraryItem Submitted(LibraryMetadata? metadata = null) =>
        LibraryItem.Submit(Guid.NewGuid(), Guid.NewGuid(), metadata ?? Metadata(), true, Guid.NewGuid(), "work.pdf", 1000, Now).Value;

    [Fact]
    public void Submit_ValidMetadata_WaitsForReviewWithFirstVersionAndNoIdentifier()
    {
        var item = Submitted();

        Assert.Equal(LibraryItemStatus.Submitted, item.Status);
        Assert.Null(item.PersistentId);
        Assert.Equal(1, Assert.Single(item.Files).Number);
        Assert.Equal(["Шевченко, Андрій Миколайович"], item.Creators);
    }

    [Fact]
    public void Submit_LicenceNotGranted_Refused()
    {
        var result = LibraryItem.Submit(Guid.NewGuid(), Guid.NewGuid(), Metadata(), false, Guid.NewGuid(), "work.pdf", 1000, Now);

        Assert.Equal(LibraryErrors.LicenceNotGranted, result.Error);
    }

    [Theory]
    [InlineData("", "", "TitleUk")]
    [InlineData("Назва", "", null)]
    [InlineData("", "Title only in English", null)]
    public void Validate_Title_OneLanguageIsEnough(string uk, string en, string? failingField)
    {
        var result = Metadata(uk, en).Validate(Now);

        Assert.Equal(failingField, result.Error?.Field);
    }

    [Theory]
    [InlineData("https://creativecommons.org/licenses/by-nc-sa/4.0/", true)]
    [InlineData("https://creativecommons.org/publicdomain/zero/1.0/", true)]
    [InlineData("https://creativecommons.org/licenses/by/3.0/", false)]
    [InlineData("All rights reserved", false)]
    public void Validate_Licence_OnlyCreativeCommons40OrCc0(string uri, bool valid)
    {
        var result = Metadata(licence: uri).Validate(Now);

        Assert.Equal(valid, result.IsSuccess);
        if (!valid) Assert.Equal(CommonErrors.Invalid(nameof(LibraryMetadata.LicenceUri)), result.Error);
    }

    [Fact]
    public void Validate_NoCreators_RequiredOnCreators()
    {
        var result = (Metadata() with { Creators = [" ", ""] }).Validate(Now);

        Assert.Equal(CommonErrors.Required(nameof(LibraryMetadata.Creators)), result.Error);
    }

    [Fact]
    public void Validate_DateIssuedInTheFuture_Invalid()
    {
        var result = (Metadata() with { DateIssued = new DateOnly(2027, 6, 1) }).Validate(Now);

        Assert.Equal(CommonErrors.Invalid(nameof(LibraryMetadata.DateIssued)), result.Error);
    }

    [Fact]
    public void Validate_UnknownLanguage_Invalid()
    {
        var result = (Metadata() with { Language = "de" }).Validate(Now);

        Assert.Equal(CommonErrors.Invalid(nameof(LibraryMetadata.Language)), result.Error);
    }

    [Fact]
    public void SplitList_SemicolonsAndLines_TrimmedAndDeduplicated()
    {
        Assert.Equal(["е-послуги", "ЦНАП", "Відкриті дані"], LibraryMetadata.SplitList(" е-послуги; ЦНАП\nВідкриті дані;; цнап "));
    }

    [Fact]
    public void Accept_Submitted_PublishedWithPersistentIdentifier()
    {
        var item = Submitted();

        var result = item.Accept(2026, 123, null, Now, Today);

        Assert.True(result.IsSuccess);
        Assert.Equal(LibraryItemStatus.Published, item.Status);
        Assert.Equal("egov:lib/2026/000123", item.PersistentId);
        Assert.Equal(Now, item.PublishedAt);
    }

    [Fact]
    public void Accept_Twice_AnsweredAlreadyDecided()
    {
        var item = Submitted();
        item.Accept(2026, 1, null, Now, Today);

        var second = item.Accept(2026, 2, null, Now, Today);

        Assert.Equal(LibraryErrors.NotAwaitingReview, second.Error);
        Assert.Equal("egov:lib/2026/000001", item.PersistentId);
    }

    [Fact]
    public void Accept_EmbargoNotInFuture_Refused()
    {
        var item = Submitted();

        Assert.Equal(LibraryErrors.EmbargoInPast, item.Accept(2026, 1, Today, Now, Today).Error);
        Assert.Equal(LibraryItemStatus.Submitted, item.Status);
    }

    [Fact]
    public void Embargo_UntilItsDay_FilesClosed()
    {
        var item = Submitted();
        item.Accept(2026, 1, Today.AddDays(10), Now, Today);

        Assert.True(item.IsUnderEmbargo(Today.AddDays(9)));
        Assert.False(item.IsUnderEmbargo(Today.AddDays(10)));
    }

    [Fact]
    public void Return_WithoutComment_RequiredOnComment()
    {
        var item = Submitted();

        Assert.Equal(CommonErrors.Required(nameof(LibraryItem.Comment)), item.Return("  ", Now).Error);
        Assert.Equal(LibraryItemStatus.Submitted, item.Status);
    }

    [Fact]
    public void Resubmit_AfterReturn_WaitsAgainWithNewMetadata()
    {
        var item = Submitted();
        item.Return("Додайте англійську анотацію", Now);

        var result = item.Resubmit(item.CollectionId, Metadata() with { AbstractEn = "Abstract" }, true, Now.AddHours(1));

        Assert.True(result.IsSuccess);
        Assert.Equal(LibraryItemStatus.Submitted, item.Status);
        Assert.Equal("Abstract", item.AbstractEn);
    }

    [Fact]
    public void Resubmit_NotReturned_Refused()
    {
        var item = Submitted();

        Assert.Equal(LibraryErrors.NotReturned, item.Resubmit(item.CollectionId, Metadata(), true, Now).Error);
    }

    [Fact]
    public void Withdraw_Published_KeepsIdentifierAndReason()
    {
        var item = Submitted();
        item.Accept(2026, 7, null, Now, Today);

        var result = item.Withdraw("Втратив чинність", Now.AddDays(1));

        Assert.True(result.IsSuccess);
        Assert.Equal(LibraryItemStatus.Withdrawn, item.Status);
        Assert.Equal("egov:lib/2026/000007", item.PersistentId);
        Assert.Equal("Втратив чинність", item.Comment);
        Assert.True(item.HasBeenPublished);
        Assert.Equal(LibraryErrors.AlreadyWithdrawn, item.Withdraw("ще раз", Now.AddDays(2)).Error);
    }

    [Fact]
    public void Withdraw_NotPublished_Refused()
    {
        Assert.Equal(LibraryErrors.NotPublished, Submitted().Withdraw("причина", Now).Error);
    }

    [Fact]
    public void AddVersion_KeepsIdentifier_EarlierVersionsStay()
    {
        var item = Submitted();
        item.Accept(2026, 5, null, Now, Today);
        var first = item.CurrentFile!;

        var added = item.AddVersion(Guid.NewGuid(), "work-v2.pdf", 2000, Guid.NewGuid(), Now.AddDays(3));

        Assert.Equal(2, added.Value.Number);
        Assert.Equal(added.Value, item.CurrentFile);
        Assert.Contains(first, item.Files);
        Assert.Equal("egov:lib/2026/000005", item.PersistentId);
        Assert.Equal(Now.AddDays(3), item.UpdatedAt);
    }

    [Fact]
    public void AddVersion_SameDocument_Duplicate()
    {
        var item = Submitted();

        Assert.Equal(LibraryErrors.DuplicateFile, item.AddVersion(item.CurrentFile!.DocumentId, "again.pdf", 1000, Guid.NewGuid(), Now).Error);
    }

    [Theory]
    [InlineData("uk", "Назва", "Title", "Назва")]
    [InlineData("en", "Назва", "Title", "Title")]
    [InlineData("en", "Назва", "", "Назва")]
    [InlineData("uk", "", "Title", "Title")]
    public void Title_ReadersLanguage_FallsBackToTheOther(string language, string uk, string en, string expected)
    {
        Assert.Equal(expected, Submitted(Metadata(uk, en)).Title(language));
    }
}
