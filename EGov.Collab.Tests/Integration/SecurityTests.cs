using System.Net;
using System.Text.Json;
using EGov.Collab.Tests.Support;

namespace EGov.Collab.Tests.Integration;

[Collection(SharedPortal.Name)]
public sealed class SecurityTests(PortalFactory portal)
{
    [Fact]
    public async Task Home_TamperedAuthCookie_Visitor()
    {
        using var client = portal.CreatePlainClient();

        var (status, body) = await client.GetPageAsync("/", "egov.auth=garbage");

        Assert.Equal(HttpStatusCode.OK, status);
        Assert.Contains("href=\"/Account/Login", body, StringComparison.Ordinal);
        Assert.DoesNotContain("account-name", body, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Admin_Visitor_ChallengedToSignIn()
    {
        using var client = portal.CreatePlainClient();

        using var response = await client.GetAsync(new Uri("/admin", UriKind.Relative));

        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        var location = Assert.IsType<Uri>(response.Headers.Location);
        var target = location.IsAbsoluteUri ? location.PathAndQuery : location.OriginalString;
        Assert.StartsWith("/Account/Login", target, StringComparison.OrdinalIgnoreCase);
        Assert.Contains("ReturnUrl=%2Fadmin", target, StringComparison.OrdinalIgnoreCase);
    }

    [Fact]
    public async Task Hangfire_Visitor_Refused()
    {
        using var client = portal.CreatePlainClient();

        using var response = await client.GetAsync(new Uri("/hangfire", UriKind.Relative));

        // The dashboard answers 401 under TestServer (no remote address) and 403 over Kestrel; never the dashboard.
        Assert.Contains(response.StatusCode, new[] { HttpStatusCode.Unauthorized, HttpStatusCode.Forbidden });
    }

    [Fact]
    public async Task Health_Anyone_HealthyWithDatabase()
    {
        using var client = portal.CreatePlainClient();

        using var response = await client.GetAsync(new Uri("/health", UriKind.Relative));

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("application/json", response.Content.Headers.ContentType?.MediaType);
        using var json = JsonDocument.Parse(await response.Content.ReadAsStringAsync());
        Assert.Equal("Healthy", json.RootElement.GetProperty("status").GetString());
        Assert.Equal("Healthy", json.RootElement.GetProperty("checks").GetProperty("database").GetProperty("status").GetString());
    }
}
