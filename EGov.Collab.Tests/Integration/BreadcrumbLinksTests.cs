using System.Net;
using System.Text.RegularExpressions;
using EGov.Collab.Tests.Support;

namespace EGov.Collab.Tests.Integration;

/// <summary>
/// #21.5: breadcrumbs lead somewhere. The audit found crumbs linking to /Account and /organisations, which are not pages;
/// every crumb on every listed page a visitor can open must answer, and the current page must be text, not a dead link.
/// </summary>
[Collection(SharedPortal.Name)]
public sealed partial class BreadcrumbLinksTests(PortalFactory portal)
{
    public static TheoryData<string> VisitorRoutes() =>
        [.. PortalRoutes.All.Where(r => r.Account is null && r.Resolve is null && r.Path != "/no-such-page").Select(r => r.Path)];

    [Theory]
    [MemberData(nameof(VisitorRoutes))]
    public async Task EveryBreadcrumbLink_OnAPage_Answers(string path)
    {
        using var client = portal.CreatePlainClient();
        var (status, body) = await client.GetPageAsync(path);
        Assert.NotEqual(HttpStatusCode.NotFound, status);

        foreach (var href in CrumbLinks(body))
        {
            Assert.NotEqual("#", href);
            using var response = await client.GetAsync(href);
            Assert.True(response.StatusCode is not HttpStatusCode.NotFound, $"{path}: the breadcrumb {href} answers {(int)response.StatusCode}");
        }
    }

    [Fact]
    public async Task AModulePage_HasACrumbToHome_SoTheCheckAboveSeesCrumbs()
    {
        using var client = portal.CreatePlainClient();

        var (_, body) = await client.GetPageAsync("/library");

        var links = CrumbLinks(body);
        var at = Math.Max(0, body.IndexOf("breadcrumb", StringComparison.Ordinal));
        Assert.True(links.SequenceEqual(["/"]), $"crumbs [{string.Join(", ", links)}] in: {body[at..Math.Min(body.Length, at + 800)]}");
    }

    [Theory]
    [InlineData("/Account/Login")]
    [InlineData("/Account/Register")]
    public async Task AccountPages_HaveNoCrumbTo_Account(string path)
    {
        using var client = portal.CreatePlainClient();

        var (_, body) = await client.GetPageAsync(path);

        Assert.DoesNotContain("/Account", CrumbLinks(body), StringComparer.OrdinalIgnoreCase);
    }

    private static List<string> CrumbLinks(string html) =>
        [.. Breadcrumbs().Matches(html).SelectMany(b => Links().Matches(b.Groups["inner"].Value)).Select(m => WebUtility.HtmlDecode(m.Groups["href"].Value))];

    [GeneratedRegex("""class="mud-breadcrumbs[^"]*"[^>]*>(?<inner>.*?)</(ul|nav)>""", RegexOptions.Singleline)]
    private static partial Regex Breadcrumbs();

    [GeneratedRegex("""<a\s[^>]*href="(?<href>[^"]*)"[^>]*>""")]
    private static partial Regex Links();
}
