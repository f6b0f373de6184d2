using System.Net;
using System.Security.Claims;
using System.Text.RegularExpressions;
using EGov.Collab.Data.Common;
using Microsoft.AspNetCore.Identity;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.Extensions.DependencyInjection;

namespace EGov.Collab.Tests.Support;

/// <summary>Drives the server-rendered account forms the way a browser without JavaScript would.</summary>
public static partial class PortalForms
{
    /// <summary>A client that keeps cookies (like a browser tab) and shows redirects instead of following them.</summary>
    public static HttpClient CreateSessionClient(this PortalFactory portal) =>
        portal.CreateClient(new WebApplicationFactoryClientOptions { AllowAutoRedirect = false, HandleCookies = true });

    /// <summary>GETs <paramref name="url"/> for its antiforgery token, then posts <paramref name="fields"/> as form <paramref name="formName"/>.</summary>
    public static async Task<HttpResponseMessage> SubmitFormAsync(this HttpClient client, string url, string formName, IDictionary<string, string> fields)
    {
        using var page = await client.GetAsync(url);
        var html = await page.Content.ReadAsStringAsync();
        Assert.True(page.IsSuccessStatusCode, $"GET {url} answered {(int)page.StatusCode}.");
        var token = AntiforgeryInput().Match(html);
        Assert.True(token.Success, $"No antiforgery token on {url}.");
        var body = new Dictionary<string, string>(fields)
        {
            ["__RequestVerificationToken"] = WebUtility.HtmlDecode(token.Groups["value"].Value),
            ["_handler"] = formName,
        };
        using var content = new FormUrlEncodedContent(body);
        return await client.PostAsync(url, content);
    }

    public static async Task<HttpResponseMessage> SignInAsync(this HttpClient client, string email, string password) =>
        await client.SubmitFormAsync("/Account/Login", "login", new Dictionary<string, string>
        {
            ["Input.Email"] = email,
            ["Input.Password"] = password,
        });

    /// <summary>Where a redirect points, as a local path and query ("/Account/Lockout"), whether the header is absolute or not.</summary>
    public static string? RedirectPath(this HttpResponseMessage response)
    {
        var location = response.Headers.Location;
        if (location is null) return null;
        return location.IsAbsoluteUri ? location.PathAndQuery : location.OriginalString;
    }

    /// <summary>The page's text with HTML entities decoded, for comparing with localised strings.</summary>
    public static async Task<string> ReadTextAsync(this HttpResponseMessage response) =>
        WebUtility.HtmlDecode(await response.Content.ReadAsStringAsync());

    /// <summary>Creates a confirmed (or unconfirmed) member with a unique email, for tests that change accounts.</summary>
    public static async Task<Member> CreateMemberAsync(this PortalFactory portal, string password = "a-long-test-passphrase", bool confirmed = true)
    {
        await using var scope = portal.Services.CreateAsyncScope();
        var users = scope.ServiceProvider.GetRequiredService<UserManager<Member>>();
        var email = $"test-{Guid.NewGuid():N}@example.org";
        var member = new Member { UserName = email, Email = email, EmailConfirmed = confirmed, FullName = "Тестовий Учасник", RegisteredAt = DateTimeOffset.UtcNow };
        var created = await users.CreateAsync(member, password);
        Assert.True(created.Succeeded, string.Join("; ", created.Errors.Select(e => e.Description)));
        return member;
    }

    /// <summary>The identity a service sees for a member: their id (roles are read from the database).</summary>
    public static ClaimsPrincipal PrincipalOf(Guid memberId) =>
        new(new ClaimsIdentity([new Claim(ClaimTypes.NameIdentifier, memberId.ToString())], "test"));

    public static async Task<Member> MemberByEmailAsync(this PortalFactory portal, string email)
    {
        await using var scope = portal.Services.CreateAsyncScope();
        var member = await scope.ServiceProvider.GetRequiredService<UserManager<Member>>().FindByEmailAsync(email);
        return member ?? throw new InvalidOperationException($"No member {email}.");
    }

    [GeneratedRegex("<input[^>]*name=\"__RequestVerificationToken\"[^>]*value=\"(?<value>[^\"]*)\"")]
    private static partial Regex AntiforgeryInput();
}
