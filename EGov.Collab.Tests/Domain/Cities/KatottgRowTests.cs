using EGov.Collab.Domain.Cities;
using EGov.Collab.Domain.Common;

namespace EGov.Collab.Tests.Domain.Cities;

public sealed class KatottgRowTests
{
    private const string Oblast = "UA46000000000026241";
    private const string Raion = "UA46060000000042587";
    private const string Hromada = "UA46060230000093092";
    private const string Settlement = "UA46060230010099970";

    [Fact]
    public void Parse_SettlementRow_DeepestLevelIsTheCodeAndTheOneAboveTheParent()
    {
        var entry = KatottgRow.Parse([Oblast, Raion, Hromada, Settlement, ""], "X", " Куликів ");

        Assert.True(entry.IsSuccess);
        Assert.Equal(new KatottgEntry(Settlement, Hromada, CommunityKind.Settlement, "Куликів"), entry.Value);
    }

    [Fact]
    public void Parse_OblastRow_NoParent()
    {
        var entry = KatottgRow.Parse([Oblast, null, null, null, null], "O", "Львівська область").Value;

        Assert.Equal(Oblast, entry.Code);
        Assert.Null(entry.ParentCode);
        Assert.Equal(CommunityKind.Oblast, entry.Kind);
    }

    [Theory]
    [InlineData("UA4606023000009309", "H", "Community.KatottgFormat")]
    [InlineData("XX46060230000093092", "H", "Community.KatottgFormat")]
    [InlineData(Hromada, "Q", "Cities.Import.Category")]
    [InlineData(Hromada, "B", "Cities.Import.CityDistrict")]
    public void Parse_BrokenRow_SaysWhy(string third, string category, string expected)
    {
        var entry = KatottgRow.Parse([Oblast, Raion, third, "", ""], category, "Громада");

        Assert.Equal(expected, entry.Error?.Code);
    }

    [Fact]
    public void Parse_GapBetweenLevels_Refused() =>
        Assert.Equal("Cities.Import.LevelGap", KatottgRow.Parse([Oblast, "", Hromada, "", ""], "H", "Громада").Error?.Code);

    [Fact]
    public void Parse_NoName_Required() =>
        Assert.Equal(CommonErrors.Required("name"), KatottgRow.Parse([Oblast, Raion, "", "", ""], "P", "  ").Error);

    [Fact]
    public void Parse_NoLevels_Required() =>
        Assert.Equal(CommonErrors.Required("levels"), KatottgRow.Parse(["", "", "", "", ""], "P", "Район").Error);
}
