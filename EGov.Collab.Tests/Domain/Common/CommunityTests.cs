using System.Globalization;
using EGov.Collab.Domain.Common;

namespace EGov.Collab.Tests.Domain.Common;

public sealed class CommunityTests
{
    [Theory]
    [InlineData(CommunityKind.Oblast, null, true)]
    [InlineData(CommunityKind.Oblast, CommunityKind.Oblast, false)]
    [InlineData(CommunityKind.Raion, CommunityKind.Oblast, true)]
    [InlineData(CommunityKind.Raion, null, false)]
    [InlineData(CommunityKind.Raion, CommunityKind.Hromada, false)]
    [InlineData(CommunityKind.Hromada, CommunityKind.Raion, true)]
    [InlineData(CommunityKind.Hromada, CommunityKind.Oblast, false)]
    [InlineData(CommunityKind.Hromada, null, false)]
    [InlineData(CommunityKind.City, null, true)]
    [InlineData(CommunityKind.City, CommunityKind.Hromada, true)]
    [InlineData(CommunityKind.City, CommunityKind.Raion, false)]
    [InlineData(CommunityKind.Village, CommunityKind.Hromada, true)]
    [InlineData(CommunityKind.Village, null, false)]
    [InlineData(CommunityKind.Settlement, CommunityKind.Hromada, true)]
    [InlineData(CommunityKind.Settlement, CommunityKind.City, false)]
    [InlineData((CommunityKind)42, null, false)]
    public void CanSitIn_KindAndParent_Expected(CommunityKind kind, CommunityKind? parent, bool expected) =>
        Assert.Equal(expected, Community.CanSitIn(kind, parent));

    [Theory]
    [InlineData("UA46060230010099970", true)]
    [InlineData("UA80000000000093317", true)]
    [InlineData("UA4606023001009997", false)]
    [InlineData("UA460602300100999701", false)]
    [InlineData("ua46060230010099970", false)]
    [InlineData("UB46060230010099970", false)]
    [InlineData("UA4606023001009997X", false)]
    [InlineData("UA-6060230010099970", false)]
    [InlineData("", false)]
    [InlineData(null, false)]
    public void IsValidKatottg_Code_Expected(string? code, bool expected) =>
        Assert.Equal(expected, Community.IsValidKatottg(code));

    [Fact]
    public void Create_HromadaInRaion_Success()
    {
        var oblast = Community.Create("Львівська область", "Lviv Oblast", CommunityKind.Oblast, "UA46000000000026241", null).Value;
        var raion = Community.Create("Львівський район", "Lviv Raion", CommunityKind.Raion, "UA46060000000042587", oblast).Value;

        var result = Community.Create(" Куликівська громада ", "", CommunityKind.Hromada, " ua46060230000093092 ", raion);

        Assert.True(result.IsSuccess);
        Assert.Equal("Куликівська громада", result.Value.NameUk);
        Assert.Equal("UA46060230000093092", result.Value.KatottgCode);
        Assert.Equal(raion.Id, result.Value.ParentId);
    }

    [Fact]
    public void Create_BadCode_KatottgFormat()
    {
        var result = Community.Create("Громада", "Hromada", CommunityKind.Oblast, "UA123", null);

        Assert.Equal(new Error("Community.KatottgFormat", "KatottgCode"), result.Error);
    }

    [Fact]
    public void Create_VillageInOblast_ParentKind()
    {
        var oblast = Community.Create("Вінницька область", "Vinnytsia Oblast", CommunityKind.Oblast, "UA05000000000010236", null).Value;

        var result = Community.Create("Село", "Village", CommunityKind.Village, "UA05020010010012345", oblast);

        Assert.Equal(new Error("Community.ParentKind", "ParentId"), result.Error);
    }

    [Fact]
    public void Create_EmptyName_Required() =>
        Assert.Equal(CommonErrors.Required("NameUk"), Community.Create(" ", "x", CommunityKind.Oblast, "UA05000000000010236", null).Error);

    [Fact]
    public void Create_LongEnglishName_TooLong() =>
        Assert.Equal(CommonErrors.TooLong("NameEn"),
            Community.Create("Київ", new string('a', Community.NameMaxLength + 1), CommunityKind.City, "UA80000000000093317", null).Error);

    [Fact]
    public void Name_Culture_UkrainianOrEnglishWithFallback()
    {
        var named = Community.Create("Київ", "Kyiv", CommunityKind.City, "UA80000000000093317", null).Value;
        var unnamed = Community.Create("Куликів", "", CommunityKind.City, "UA46060230010099970", null).Value;

        Assert.Equal("Київ", named.Name(CultureInfo.GetCultureInfo("uk-UA")));
        Assert.Equal("Kyiv", named.Name(CultureInfo.GetCultureInfo("en-US")));
        Assert.Equal("Куликів", unnamed.Name(CultureInfo.GetCultureInfo("en-US")));
    }
}
