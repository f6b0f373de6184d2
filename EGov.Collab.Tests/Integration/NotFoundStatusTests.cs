using System.Net;
using EGov.Collab.Data.Seeding;
using EGov.Collab.Tests.Support;

namespace EGov.Collab.Tests.Integration;

/// <summary>A page that says "not found" answers 404 in every module, not 200 with a sorry message.</summary>
[Collection(SharedPortal.Name)]
public sealed class NotFoundStatusTests(PortalFactory portal)
{
    [Theory]
    [InlineData("/drafting/drafts/{0}")]
    [InlineData("/organisations/{0}")]
    [InlineData("/learning/courses/{0}")]
    [InlineData("/learning/lessons/{0}")]
    [InlineData("/journal/articles/{0}")]
    [InlineData("/library/items/{0}")]
    [InlineData("/journal/newsletter/archive/987654")]
    [InlineData("/expert-club/rooms/{0}")]
    [InlineData("/expert-club/topics/{0}")]
    [InlineData("/not-found")]
    [InlineData("/no-such-page-{0}")]
    public async Task Page_OfAMissingId_Answers404(string route)
    {
        using var client = portal.CreatePlainClient();

        var (status, body) = await client.GetPageAsync(string.Format(System.Globalization.CultureInfo.InvariantCulture, route, Guid.NewGuid()));

        Assert.Equal(HttpStatusCode.NotFound, status);
        Assert.Contains("<h1", body, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("member1", "/practices/{0}/edit")]
    [InlineData("expert1", "/contest/entries/{0}/review")]
    [InlineData("juror1", "/contest/entries/{0}/score")]
    [InlineData("chair", "/contest/nominations/{0}/dashboard")]
    [InlineData("admin", "/admin/members/{0}")]
    [InlineData("admin", "/admin/outbox/no-such-message-{0}.eml")]
    [InlineData("admin", "/learning/cohorts/{0}")]
    public async Task SignedInPage_OfAMissingId_Answers404(string account, string route)
    {
        using var client = portal.CreateSessionClient();
        using var signedIn = await client.SignInAsync($"{account}@{DemoData.EmailDomain}", DemoData.Password);
        Assert.Equal(HttpStatusCode.Redirect, signedIn.StatusCode);

        var (status, body) = await client.GetPageAsync(string.Format(System.Globalization.CultureInfo.InvariantCulture, route, Guid.NewGuid()));

        Assert.Equal(HttpStatusCode.NotFound, status);
        Assert.Contains("<h1", body, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("/drafting/drafts/{0}/export/text.pdf")]
    [InlineData("/drafting/drafts/{0}/export/report.docx")]
    [InlineData("/drafting/drafts/{0}/export/redline.docx?from=0&to=1")]
    public async Task Endpoint_OfAMissingId_Answers404(string route)
    {
        using var client = portal.CreatePlainClient();

        using var response = await client.GetAsync(string.Format(System.Globalization.CultureInfo.InvariantCulture, route, Guid.NewGuid()));

        Assert.Equal(HttpStatusCode.NotFound, response.StatusCode);
    }
}
