using System.Net;
using System.Net.Http.Headers;
using EGov.Collab.App.Localization;
using Microsoft.AspNetCore.Mvc.Testing;

namespace EGov.Collab.Tests.Support;

/// <summary>HTTP helpers over a <see cref="PortalFactory"/>'s TestServer.</summary>
public static class PortalHttp
{
    /// <summary>A client that shows redirects instead of following them and keeps no cookies of its own.</summary>
    public static HttpClient CreatePlainClient(this PortalFactory portal) =>
        portal.CreateClient(new WebApplicationFactoryClientOptions { AllowAutoRedirect = false, HandleCookies = false });

    public static async Task<(HttpStatusCode Status, string Body)> GetPageAsync(this HttpClient client, string url, string? cookie = null)
    {
        using var request = new HttpRequestMessage(HttpMethod.Get, url);
        request.Headers.Accept.Add(new MediaTypeWithQualityHeaderValue("text/html"));
        if (cookie is not null) request.Headers.Add("Cookie", cookie);
        using var response = await client.SendAsync(request);
        return (response.StatusCode, await response.Content.ReadAsStringAsync());
    }

    /// <summary>The Cookie header value that chooses <paramref name="culture"/>.</summary>
    public static string CultureCookie(string culture) =>
        $"{PortalCultures.CookieName}={Uri.EscapeDataString(PortalCultures.CookieValue(culture))}";
}
