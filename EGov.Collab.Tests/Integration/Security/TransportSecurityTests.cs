using System.Collections.Concurrent;
using System.Net;
using EGov.Collab.Tests.Support;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.AspNetCore.TestHost;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;

namespace EGov.Collab.Tests.Integration.Security;

/// <summary>
/// ASVS V12 (and V3.4's HSTS): outside Development the portal sends Strict-Transport-Security on HTTPS requests, whether
/// TLS ends at the portal or at a trusted proxy on this host (X-Forwarded-Proto), and never over plain HTTP; forwarded
/// headers from any other peer are ignored, so a client cannot claim another address or scheme.
/// </summary>
public sealed class TransportSecurityTests(ProductionPortal portal) : IClassFixture<ProductionPortal>
{
    [Fact]
    public async Task OutsideDevelopment_AnHttpsRequest_GetsHsts_APlainHttpRequestDoesNot()
    {
        using var https = Client("https", peer: null);
        using var http = Client("http", peer: null);

        using var secure = await https.GetAsync(new Uri("/", UriKind.Relative));
        using var plain = await http.GetAsync(new Uri("/", UriKind.Relative));

        Assert.Equal(HttpStatusCode.OK, secure.StatusCode);
        var hsts = Assert.Single(secure.Headers.GetValues("Strict-Transport-Security"));
        Assert.Matches("max-age=[1-9][0-9]*", hsts);
        Assert.Equal(HttpStatusCode.OK, plain.StatusCode);
        Assert.False(plain.Headers.Contains("Strict-Transport-Security"));
    }

    [Fact]
    public async Task BehindATrustedProxy_ForwardedHttps_GetsHsts_AndTheAppSeesTheForwardedClientAndScheme()
    {
        using var client = Client("http", IPAddress.Loopback);

        var (response, seen) = await ForwardedAsync(client, "198.51.100.20");

        Assert.True(response.Headers.Contains("Strict-Transport-Security"));
        Assert.Equal(("198.51.100.20", "https"), seen);
        response.Dispose();
    }

    [Fact]
    public async Task FromAnUntrustedPeer_ForwardedHeadersAreIgnored_NoHsts_TheAppSeesThePeer()
    {
        using var client = Client("http", IPAddress.Parse("203.0.113.9"));

        var (response, seen) = await ForwardedAsync(client, "198.51.100.20");

        Assert.False(response.Headers.Contains("Strict-Transport-Security"));
        Assert.Equal(("203.0.113.9", "http"), seen);
        response.Dispose();
    }

    private async Task<(HttpResponseMessage Response, (string? Address, string Scheme) Seen)> ForwardedAsync(HttpClient client, string forwardedFor)
    {
        var probe = Guid.NewGuid().ToString("N");
        using var request = new HttpRequestMessage(HttpMethod.Get, "/");
        request.Headers.Add("X-Forwarded-Proto", "https");
        request.Headers.Add("X-Forwarded-For", forwardedFor);
        request.Headers.Add(ProductionPortal.ProbeHeader, probe);
        var response = await client.SendAsync(request);
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        return (response, portal.Seen[probe]);
    }

    /// <summary>A client of the production portal over <paramref name="scheme"/>, from <paramref name="peer"/> (null: the test host's none).</summary>
    private HttpClient Client(string scheme, IPAddress? peer)
    {
        var address = new Uri($"{scheme}://{ProductionPortal.Host}/");
        if (peer is null) return portal.CreateClient(new WebApplicationFactoryClientOptions { AllowAutoRedirect = false, BaseAddress = address });
        var handler = portal.Server.CreateHandler(context => context.Connection.RemoteIpAddress = peer);
        return new HttpClient(handler) { BaseAddress = address };
    }
}

/// <summary>The portal as Production runs it, on its public host name, noting what each probed request looked like to the app.</summary>
public sealed class ProductionPortal : PortalFactory
{
    public const string Host = "egov.example.ua";
    public const string ProbeHeader = "X-Test-Probe";

    /// <summary>The client address and scheme the app's pipeline ended with, by probe.</summary>
    public ConcurrentDictionary<string, (string? Address, string Scheme)> Seen { get; } = new();

    protected override void ConfigureWebHost(IWebHostBuilder builder)
    {
        base.ConfigureWebHost(builder);
        builder.UseEnvironment(Environments.Production);
        builder.UseSetting("Portal:PublicUrl", "https://" + Host);
        builder.UseSetting("AllowedHosts", Host);
        builder.ConfigureTestServices(services => services.AddSingleton<IStartupFilter>(new Probe(Seen)));
    }

    /// <summary>Wraps the whole pipeline; after it ran, notes what the forwarded-headers middleware left in the request.</summary>
    private sealed class Probe(ConcurrentDictionary<string, (string? Address, string Scheme)> seen) : IStartupFilter
    {
        public Action<IApplicationBuilder> Configure(Action<IApplicationBuilder> next) => app =>
        {
            app.Use(async (context, inner) =>
            {
                await inner(context);
                if (context.Request.Headers.TryGetValue(ProbeHeader, out var probe))
                    seen[probe.ToString()] = (context.Connection.RemoteIpAddress?.ToString(), context.Request.Scheme);
            });
            next(app);
        };
    }
}
