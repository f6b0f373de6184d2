extern alias bench;

using bench::EGov.Collab.Bench.Circuits;
using EGov.Collab.Tests.Support;
using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;
using Microsoft.Extensions.DependencyInjection;

namespace EGov.Collab.Tests.Scale;

/// <summary>The bench's circuit load client against the portal on real Kestrel: a handful of idle circuits.</summary>
public sealed class CircuitLoadClientTests
{
    [Fact]
    public async Task Idle_FiveCircuits_AllStartAndServerMemoryRead()
    {
        await using var portal = new PortalFactory();
        portal.UseKestrel(0);
        await Task.Run(portal.StartServer);
        var address = portal.Services.GetRequiredService<IServer>().Features.Get<IServerAddressesFeature>()!.Addresses.First();
        var server = new Uri(address.Replace("[::]", "127.0.0.1", StringComparison.Ordinal).TrimEnd('/') + "/");

        var result = await CircuitsBenchmark.RunIdleAsync(
            new CircuitsOptions(server, 5, "idle", "/", Parallel: 5, Hold: TimeSpan.Zero), TextWriter.Null, CancellationToken.None);

        Assert.Equal(5, result.Started);
        Assert.Equal(0, result.Failed);
        Assert.NotNull(result.ServerBytesBefore);
        Assert.NotNull(result.ServerBytesAfter);
        Assert.StartsWith("circuits: 5 started, 0 failed, ", result.Summary(), StringComparison.Ordinal);
        using var http = new HttpClient();
        var metrics = await http.GetStringAsync(new Uri(server, "/metrics"));
        Assert.Contains("aspnetcore_components_circuit", metrics, StringComparison.Ordinal);
    }

    [Fact]
    public void Parse_PrerenderedPage_ServerMarkersInSequenceAndState()
    {
        const string html = """
            <html><body><!--Blazor:{"type":"server","prerenderId":"b","key":{"locationHash":"h2","formattedComponentKey":""},"sequence":1,"descriptor":"D2"}-->x<!--Blazor:{"prerenderId":"b"}-->
            <!--Blazor:{"type":"server","prerenderId":"a","key":{"locationHash":"h1","formattedComponentKey":""},"sequence":0,"descriptor":"D1"}--><!--Blazor:{"prerenderId":"a"}-->
            <!--Blazor-Server-Component-State:c3RhdGU=--></body></html>
            """;

        var page = BlazorPage.Parse(new Uri("http://localhost/"), html);

        Assert.Equal(["D1", "D2"], page.Markers.Select(m => m["descriptor"]!.GetValue<string>()));
        Assert.Equal("c3RhdGU=", page.ApplicationState);
        var operations = System.Text.Json.Nodes.JsonNode.Parse(page.AddOperations())!;
        Assert.Equal(1, operations["batchId"]!.GetValue<int>());
        Assert.Equal([1, 2], operations["operations"]!.AsArray().Select(o => o!["ssrComponentId"]!.GetValue<int>()));
        Assert.Equal("h2", operations["operations"]![1]!["marker"]!["key"]!["locationHash"]!.GetValue<string>());
    }
}
