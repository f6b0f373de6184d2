using System.Net;
using EGov.Collab.App.Localization;
using EGov.Collab.Tests.Support;

namespace EGov.Collab.Tests.Integration;

[Collection(SharedPortal.Name)]
public sealed class CultureSwitchTests(PortalFactory portal)
{
    [Fact]
    public async Task Culture_English_RedirectsBackWithCookieAndNextPageInEnglish()
    {
        using var client = portal.CreatePlainClient();

        using var response = await client.GetAsync(new Uri("/culture?culture=en-US&returnUrl=/drafting", UriKind.Relative));

        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        Assert.Equal("/drafting", response.Headers.Location?.OriginalString);
        var cookie = Assert.Single(response.Headers.GetValues("Set-Cookie"), c => c.StartsWith(PortalCultures.CookieName + "=", StringComparison.Ordinal));
        Assert.Contains(Uri.EscapeDataString("c=en-US|uic=en-US"), cookie, StringComparison.Ordinal);
        var (status, body) = await client.GetPageAsync("/", cookie.Split(';')[0]);
        Assert.Equal(HttpStatusCode.OK, status);
        Assert.Contains("We Are Developing E-Governance", body, StringComparison.Ordinal);
        Assert.Contains("<html lang=\"en\"", body, StringComparison.Ordinal);
        Assert.DoesNotContain("Ми розвиваємо електронне урядування", body, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Culture_Ukrainian_CookieChoosesUkrainian()
    {
        using var client = portal.CreatePlainClient();

        using var response = await client.GetAsync(new Uri("/culture?culture=uk-UA&returnUrl=/", UriKind.Relative));
        var cookie = response.Headers.GetValues("Set-Cookie").First(c => c.StartsWith(PortalCultures.CookieName + "=", StringComparison.Ordinal));

        Assert.Contains(Uri.EscapeDataString("c=uk-UA|uic=uk-UA"), cookie, StringComparison.Ordinal);
        var (_, body) = await client.GetPageAsync("/", cookie.Split(';')[0]);
        Assert.Contains("Ми розвиваємо електронне урядування", body, StringComparison.Ordinal);
        Assert.Contains("<html lang=\"uk\"", body, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Culture_Unsupported_BadRequest()
    {
        using var client = portal.CreatePlainClient();

        using var response = await client.GetAsync(new Uri("/culture?culture=xx&returnUrl=/", UriKind.Relative));

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.False(response.Headers.Contains("Set-Cookie"));
    }

    [Theory]
    [InlineData("https://evil.example")]
    [InlineData("//evil.example/path")]
    [InlineData("/\\evil.example")]
    public async Task Culture_ForeignReturnUrl_RedirectsHome(string returnUrl)
    {
        using var client = portal.CreatePlainClient();

        using var response = await client.GetAsync(
            new Uri($"/culture?culture=en-US&returnUrl={Uri.EscapeDataString(returnUrl)}", UriKind.Relative));

        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        Assert.Equal("/", response.Headers.Location?.OriginalString);
    }

    [Theory]
    [InlineData("garbage")]
    [InlineData("c%3Dxx-XX%7Cuic%3Dxx-XX")]
    [InlineData("c%3D%7Cuic%3D")]
    public async Task Home_TamperedCultureCookie_Ukrainian(string value)
    {
        using var client = portal.CreatePlainClient();

        var (status, body) = await client.GetPageAsync("/", $"{PortalCultures.CookieName}={value}");

        Assert.Equal(HttpStatusCode.OK, status);
        Assert.Contains("Ми розвиваємо електронне урядування", body, StringComparison.Ordinal);
    }
}
