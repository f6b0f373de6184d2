using System.Globalization;
using EGov.Collab.Domain.Common;

namespace EGov.Collab.Tests.Domain.Common;

public sealed class RegionNameTests
{
    [Theory]
    [InlineData("UA46000000000026241", "uk-UA", "Львівська область")]
    [InlineData("UA46000000000026241", "en-US", "Lviv Oblast")]
    [InlineData("UA99999999999999999", "en-US", "UA99999999999999999")]
    [InlineData(null, "uk-UA", "")]
    public void NameOf_Code_LocalisedNameOrTheCodeItself(string? code, string culture, string expected) =>
        Assert.Equal(expected, Regions.NameOf(code, CultureInfo.GetCultureInfo(culture)));
}
