using System.Net;
using System.Text.RegularExpressions;
using EGov.Collab.App.Library;
using EGov.Collab.Data;
using EGov.Collab.Domain.Library;
using EGov.Collab.Tests.Support;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace EGov.Collab.Tests.Integration.Security;

/// <summary>The Low findings on response headers: nosniff, Referrer-Policy, a full CSP, and forwarded headers behind a TLS proxy.</summary>
[Collection(SharedPortal.Name)]
public sealed partial class SecurityHeadersTests(PortalFactory portal)
{
    [Fact]
    public async Task AnyPage_CarriesNosniff_ReferrerPolicy_AndACspThatAllowsOnlyTheImportMapInline()
    {
        using var client = portal.CreatePlainClient();

        using var response = await client.GetAsync(new Uri("/", UriKind.Relative));
        var html = await response.Content.ReadAsStringAsync();

        Assert.Equal("nosniff", response.Headers.GetValues("X-Content-Type-Options").Single());
        Assert.Equal("strict-origin-when-cross-origin", response.Headers.GetValues("Referrer-Policy").Single());
        var csp = response.Headers.GetValues("Content-Security-Policy").Single();
        Assert.Contains("form-action 'self'", csp, StringComparison.Ordinal);
        Assert.Contains("frame-ancestors 'none'", csp, StringComparison.Ordinal);
        Assert.Contains("object-src 'none'", csp, StringComparison.Ordinal);
        Assert.DoesNotContain("unsafe-inline' ; script", csp, StringComparison.Ordinal);
        var nonce = Nonce().Match(csp).Groups["nonce"].Value;
        Assert.NotEmpty(nonce);
        Assert.Matches("script-src 'self' 'nonce-[^']+';", csp);
        // Every inline script the page carries (Blazor's import map) has this response's nonce; JSON-LD is data.
        var inline = ScriptTag().Matches(html).Select(m => m.Value).Where(tag => !tag.Contains("src=", StringComparison.Ordinal)).ToList();
        Assert.All(inline, tag => Assert.True(tag.Contains($"nonce=\"{nonce}\"", StringComparison.Ordinal) || tag.Contains("application/ld+json", StringComparison.Ordinal), tag));
    }

    [Fact]
    public async Task AnyPage_RefusesEveryFramer_ButMayFrameThePortalsOwnDocuments()
    {
        using var client = portal.CreatePlainClient();

        using var response = await client.GetAsync(new Uri("/library", UriKind.Relative));

        Assert.Equal("DENY", response.Headers.GetValues("X-Frame-Options").Single());
        var csp = response.Headers.GetValues("Content-Security-Policy").Single();
        Assert.Contains("frame-ancestors 'none'", csp, StringComparison.Ordinal);
        Assert.Matches("frame-src 'self' [^;]*;", csp);
    }

    [Fact]
    public async Task LibraryPdf_ShownInline_MayBeFramedByThePortalOnly_ItsDownloadByNobody()
    {
        var itemId = await PublicPdfItemAsync();
        using var client = portal.CreatePlainClient();

        using var inline = await client.GetAsync(new Uri(LibraryLinks.File(itemId), UriKind.Relative));
        using var download = await client.GetAsync(new Uri(LibraryLinks.Download(itemId), UriKind.Relative));

        Assert.Equal(HttpStatusCode.OK, inline.StatusCode);
        Assert.Equal("application/pdf", inline.Content.Headers.ContentType?.MediaType);
        Assert.Equal("SAMEORIGIN", inline.Headers.GetValues("X-Frame-Options").Single());
        var csp = inline.Headers.GetValues("Content-Security-Policy").Single();
        Assert.Contains("frame-ancestors 'self'", csp, StringComparison.Ordinal);
        Assert.DoesNotContain("frame-ancestors 'none'", csp, StringComparison.Ordinal);
        Assert.Equal(HttpStatusCode.OK, download.StatusCode);
        Assert.Equal("DENY", download.Headers.GetValues("X-Frame-Options").Single());
        Assert.Contains("frame-ancestors 'none'", download.Headers.GetValues("Content-Security-Policy").Single(), StringComparison.Ordinal);
    }

    /// <summary>A published demo item anyone may read (no embargo, no restriction) whose current file is a PDF.</summary>
    private async Task<Guid> PublicPdfItemAsync()
    {
        using var client = portal.CreatePlainClient();
        await using var scope = portal.Services.CreateAsyncScope();
        await using var db = await scope.ServiceProvider.GetRequiredService<IDbContextFactory<CollabDbContext>>().CreateDbContextAsync();
        var items = await db.LibraryItems.AsNoTracking().Where(i => i.Status == LibraryItemStatus.Published && i.EmbargoUntil == null)
            .Select(i => i.Id).ToListAsync();
        foreach (var id in items)
        {
            using var head = await client.GetAsync(new Uri(LibraryLinks.File(id), UriKind.Relative), HttpCompletionOption.ResponseHeadersRead);
            if (head.IsSuccessStatusCode && head.Content.Headers.ContentType?.MediaType == "application/pdf") return id;
        }
        throw new InvalidOperationException("The demo library has no public PDF.");
    }

    [Fact]
    public async Task BehindATlsProxy_TheAuthCookieIsSecure()
    {
        var member = await portal.CreateMemberAsync();
        // The proxy on this host: Kestrel sees it as the peer; it tells the portal the browser came over https.
        var handler = portal.Server.CreateHandler(context => context.Connection.RemoteIpAddress = IPAddress.Loopback);
        using var client = new HttpClient(new ForwardedProto(handler)) { BaseAddress = portal.Server.BaseAddress };

        using var form = await client.GetAsync(new Uri("/Account/Login", UriKind.Relative));
        var cookies = string.Join("; ", form.Headers.GetValues("Set-Cookie").Select(c => c.Split(';')[0]));
        var token = Token().Match(await form.Content.ReadAsStringAsync()).Groups["value"].Value;
        using var post = new HttpRequestMessage(HttpMethod.Post, "/Account/Login")
        {
            Content = new FormUrlEncodedContent(new Dictionary<string, string>
            {
                ["__RequestVerificationToken"] = WebUtility.HtmlDecode(token),
                ["_handler"] = "login",
                ["Input.Email"] = member.Email!,
                ["Input.Password"] = "a-long-test-passphrase",
            }),
        };
        post.Headers.Add("Cookie", cookies);
        using var response = await client.SendAsync(post);

        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        var cookie = response.Headers.GetValues("Set-Cookie").Single(c => c.StartsWith("egov.auth=", StringComparison.Ordinal));
        Assert.Contains("secure", cookie, StringComparison.OrdinalIgnoreCase);
    }

    private sealed class ForwardedProto(HttpMessageHandler inner) : DelegatingHandler(inner)
    {
        protected override Task<HttpResponseMessage> SendAsync(HttpRequestMessage request, CancellationToken cancellationToken)
        {
            request.Headers.Add("X-Forwarded-Proto", "https");
            request.Headers.Add("X-Forwarded-For", "198.51.100.20");
            return base.SendAsync(request, cancellationToken);
        }
    }

    [GeneratedRegex("<input[^>]*name=\"__RequestVerificationToken\"[^>]*value=\"(?<value>[^\"]*)\"")]
    private static partial Regex Token();

    [GeneratedRegex("<script\\b[^>]*>")]
    private static partial Regex ScriptTag();

    [GeneratedRegex("'nonce-(?<nonce>[^']+)'")]
    private static partial Regex Nonce();
}
