using EGov.Collab.Domain.Projects;

namespace EGov.Collab.Tests.Domain.Projects;

public sealed class ListingContentTests
{
    private static string? FieldOf(string? licence = "MIT", string? url = "https://example.org/repo", decimal? min = null, decimal? max = null,
        string[]? readiness = null, string[]? regions = null, string? titleUk = "Назва", string? email = "") =>
        ListingContent.Create(ListingKind.Idea, ListingDirection.Request, titleUk, "", "Опис", "", null, null, licence, url, [], [], "", email,
            min, max, GovernmentLevels.None, regions ?? [], readiness ?? []).Error?.Field;

    [Theory]
    [InlineData("EUPL-1.2")]
    [InlineData("GPL-3.0-or-later")]
    [InlineData("MIT OR Apache-2.0")]
    [InlineData("")]
    public void Licence_SpdxIdsAndExpressions_Accepted(string licence) => Assert.Null(FieldOf(licence: licence));

    [Theory]
    [InlineData("MIT licence, of course")]
    [InlineData("<script>")]
    public void Licence_NotSpdx_RefusedOnItsField(string licence) => Assert.Equal("Licence", FieldOf(licence: licence));

    [Theory]
    [InlineData("ftp://example.org/x")]
    [InlineData("javascript:alert(1)")]
    [InlineData("github.com/x")]
    public void RepositoryUrl_NotWeb_Refused(string url) => Assert.Equal("RepositoryUrl", FieldOf(url: url));

    [Fact]
    public void Budget_MinAboveMax_RefusedOnMax_NegativeRefused()
    {
        Assert.Equal("BudgetMax", FieldOf(min: 200, max: 100));
        Assert.Equal("BudgetMin", FieldOf(min: -1));
        Assert.Null(FieldOf(min: 100, max: 100));
    }

    [Fact]
    public void ReadinessCodes_ComponentOrIndicator_UpperCased_OthersRefused()
    {
        var content = ListingContent.Create(ListingKind.Idea, ListingDirection.Offer, "Назва", "", "Опис", "", null, null, "", "", [], [], "", "",
            null, null, GovernmentLevels.None, [], ["serv", "SERV.1", "serv"]).Value;

        Assert.Equal(["SERV", "SERV.1"], content.ReadinessCodes);
        Assert.Equal("ReadinessCodes", FieldOf(readiness: ["SERV-1"]));
        Assert.Equal("Regions", FieldOf(regions: ["UA99"]));
        Assert.Equal("TitleUk", FieldOf(titleUk: " "));
        Assert.Equal("ContactEmail", FieldOf(email: "not-an-email"));
    }
}
