using System.Net;
using EGov.Collab.App.Live;
using EGov.Collab.App.Scale;
using EGov.Collab.Data.Seeding;
using EGov.Collab.Tests.Support;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.DependencyInjection;
using StackExchange.Redis;

namespace EGov.Collab.Tests.Scale;

/// <summary>The Prometheus endpoint: administrators and local scrapers only; the portal's own meters in it.</summary>
[Collection(SharedPortal.Name)]
public sealed class MetricsEndpointTests(PortalFactory portal)
{
    [Fact]
    public async Task Metrics_Anonymous_NotFound()
    {
        using var client = portal.CreatePlainClient();

        using var response = await client.GetAsync(MetricsEndpoint.Path);

        Assert.Equal(HttpStatusCode.NotFound, response.StatusCode);
        Assert.DoesNotContain("egov_", await response.Content.ReadAsStringAsync(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task Metrics_Administrator_PortalMetersAndWorkingSet()
    {
        using var client = portal.CreateSessionClient();
        await client.SignInAsync("admin@demo.egov.ua", DemoData.Password);
        await portal.Services.GetRequiredService<ILiveBus>().PublishAsync($"scale.test:{Guid.NewGuid():N}", new object());

        using var response = await client.GetAsync(MetricsEndpoint.Path);
        var text = await response.Content.ReadAsStringAsync();

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Contains("egov_live_messages_total{", text, StringComparison.Ordinal);
        Assert.Contains("topic=\"scale.test\"", text, StringComparison.Ordinal);
        Assert.Contains("egov_process_working_set_bytes", text, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Metrics_SignedInMember_NotFound()
    {
        var member = await portal.CreateMemberAsync();
        using var client = portal.CreateSessionClient();
        await client.SignInAsync(member.Email!, "a-long-test-passphrase");

        using var response = await client.GetAsync(MetricsEndpoint.Path);

        Assert.Equal(HttpStatusCode.NotFound, response.StatusCode);
    }

    [Theory]
    [InlineData("127.0.0.1", false, true)]
    [InlineData("::1", false, true)]
    [InlineData("127.0.0.1", true, false)]
    [InlineData("203.0.113.7", false, false)]
    public void IsLocalScraper_LoopbackWithoutProxyOnly(string remote, bool forwarded, bool expected)
    {
        var context = new DefaultHttpContext();
        context.Connection.RemoteIpAddress = IPAddress.Parse(remote);
        if (forwarded) context.Request.Headers["X-Forwarded-For"] = "203.0.113.7";

        Assert.Equal(expected, MetricsEndpoint.IsLocalScraper(context));
    }

    [Fact]
    public void WithoutRedis_OneNode_InProcessBusAndNoRedisClient()
    {
        Assert.IsType<MeteredLiveBus>(portal.Services.GetRequiredService<ILiveBus>());
        Assert.Null(portal.Services.GetService<IConnectionMultiplexer>());
        Assert.Null(portal.Services.GetService<RedisLiveBus>());
    }
}
