using EGov.Collab.App.Common;

namespace EGov.Collab.Tests.Common;

public sealed class LocalUrlTests
{
    [Theory]
    [InlineData("/", "/")]
    [InlineData("/drafting?x=1", "/drafting?x=1")]
    [InlineData("https://evil.example/", "/")]
    [InlineData("//evil.example/", "/")]
    [InlineData("/\\evil.example/", "/")]
    [InlineData("javascript:alert(1)", "/")]
    [InlineData("/line\nbreak", "/")]
    [InlineData("", "/")]
    [InlineData(null, "/")]
    public void OrHome_KeepsOnlyPathsOnThisSite(string? url, string expected) =>
        Assert.Equal(expected, LocalUrl.OrHome(url));
}
