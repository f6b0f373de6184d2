using EGov.Collab.Domain.Cities;
using EGov.Collab.Domain.Common;

namespace EGov.Collab.Tests.Domain.Cities;

public sealed class CitiesRulesTests
{
    private static readonly string[] ExpectedWeakest = ["TECH", "SERV", "OPEN"];

    [Fact]
    public void Weakest_OrdersByDistanceBelowTheNationalAverage()
    {
        ComponentScore[] components =
        [
            new("SERV", 0.40m, 0.45m),
            new("TECH", 0.30m, 0.60m),
            new("CAP", 0.90m, 0.50m),
            new("OPEN", 0.20m, 0.21m),
        ];

        var weakest = ReadinessGap.Weakest(components, 3);

        Assert.Equal(ExpectedWeakest, weakest.Select(c => c.Code));
    }

    [Fact]
    public void Weakest_FewerComponentsThanAsked_ReturnsThemAll() =>
        Assert.Single(ReadinessGap.Weakest([new ComponentScore("SERV", 1m, 0.5m)]));

    [Theory]
    [InlineData("UA46060250000025047,UA05020030000031457", 2)]
    [InlineData(" ua46060250000025047 , UA05020030000031457,UA46060250000025047 ", 2)]
    [InlineData("UA46060250000025047,UA05020030000031457,UA46060230000093092,UA80000000000093317", 4)]
    public void Compare_TwoToFourCodes_Accepted(string codes, int count) =>
        Assert.Equal(count, CityComparison.Parse(codes).Value.Count);

    [Theory]
    [InlineData("UA46060250000025047", "Cities.Compare.Count")]
    [InlineData("", "Cities.Compare.Count")]
    [InlineData("UA46060250000025047,UA05020030000031457,UA46060230000093092,UA80000000000093317,UA85000000000065278", "Cities.Compare.Count")]
    [InlineData("UA46060250000025047,Lviv", "Cities.Compare.BadCode")]
    public void Compare_WrongSelection_Refused(string codes, string error) =>
        Assert.Equal(error, CityComparison.Parse(codes).Error?.Code);

    [Theory]
    [InlineData("UA46060250000025047", "UA46000000000026241")]
    [InlineData("UA80000000000093317", "UA80000000000093317")]
    [InlineData("UA05020030000031457", "UA05000000000010236")]
    public void Region_FromTheFirstLevelOfTheCode(string code, string region) =>
        Assert.Equal(region, CityRegions.Of(code)?.Code);

    [Theory]
    [InlineData("UA99000000000000000")]
    [InlineData("UA4606")]
    [InlineData(null)]
    public void Region_UnknownOrMalformed_None(string? code) => Assert.Null(CityRegions.Of(code));

    [Theory]
    [InlineData(-1, null, null, "Population")]
    [InlineData(null, "city-adm.lviv.ua", null, "Website")]
    [InlineData(null, "javascript:alert(1)", null, "Website")]
    [InlineData(null, null, "not-an-email", "Email")]
    [InlineData(null, null, "a@b@c", "Email")]
    public void ProfileFields_BadInput_NamesTheField(int? population, string? website, string? email, string field)
    {
        var result = new CityProfileFields { Population = population, Website = website, Email = email }.Validate();

        Assert.Equal(field, result.Error?.Field);
    }

    [Fact]
    public void ProfileUpdate_Valid_TrimsAndClearsBlanks()
    {
        var profile = CityProfile.Empty(Guid.NewGuid(), DateTimeOffset.UnixEpoch);

        var result = profile.Update(new CityProfileFields { Population = 1000, Website = " https://lviv.ua ", Phone = "  " }, null, DateTimeOffset.UnixEpoch);

        Assert.True(result.IsSuccess);
        Assert.Equal("https://lviv.ua", profile.Website);
        Assert.Null(profile.Phone);
        Assert.Equal(1000, profile.Population);
    }

    [Fact]
    public void ProfileUpdate_Invalid_KeepsWhatWasThere()
    {
        var profile = CityProfile.Empty(Guid.NewGuid(), DateTimeOffset.UnixEpoch);
        profile.Update(new CityProfileFields { Population = 1000 }, null, DateTimeOffset.UnixEpoch);

        var result = profile.Update(new CityProfileFields { Population = CityProfile.PopulationMax + 1 }, null, DateTimeOffset.UnixEpoch);

        Assert.False(result.IsSuccess);
        Assert.Equal(1000, profile.Population);
    }

    [Theory]
    [InlineData("", "Текст", "Title")]
    [InlineData("Заголовок", " ", "Body")]
    public void News_Blank_Required(string title, string body, string field) =>
        Assert.Equal(CommonErrors.Required(field), CityNews.Post(Guid.NewGuid(), title, body, Guid.NewGuid(), DateTimeOffset.UnixEpoch).Error);

    [Fact]
    public void News_TooLong_Refused() =>
        Assert.Equal(CommonErrors.TooLong("Body"),
            CityNews.Post(Guid.NewGuid(), "Заголовок", new string('ї', CityNews.BodyMaxLength + 1), Guid.NewGuid(), DateTimeOffset.UnixEpoch).Error);
}
