using System.Globalization;
using System.Text.Json;
using EGov.Collab.Tests.Support;
using Xunit.Abstractions;

namespace EGov.Collab.Tests.Browser;

/// <summary>
/// Issue #21.8: what a first visit to the home page transfers, on an emulated Fast-3G phone (Chrome DevTools' preset:
/// 562.5 ms round trip, 1.44 Mbit/s down, 675 kbit/s up). The byte budget is asserted; first contentful paint is only
/// reported (a timing depends on the machine's load, so it is measured and written to docs/performance.md, not asserted).
/// </summary>
[Collection(SharedBrowser.Name)]
public sealed class FirstVisitWeightTests(PortalBrowser browser, ITestOutputHelper output)
{
    private const long BudgetBytes = 200 * 1024;

    [Fact]
    public async Task FirstVisitToHome_OnFast3G_TransfersUnder200Kilobytes()
    {
        var page = await browser.NewPageAsync();
        await using var _ = page.Context;
        var cdp = await page.Context.NewCDPSessionAsync(page);
        await cdp.SendAsync("Network.enable");
        await cdp.SendAsync("Network.setCacheDisabled", new Dictionary<string, object> { ["cacheDisabled"] = true });
        await cdp.SendAsync("Network.emulateNetworkConditions", new Dictionary<string, object>
        {
            ["offline"] = false, ["latency"] = 562.5, ["downloadThroughput"] = 180_000, ["uploadThroughput"] = 84_375,
        });
        long transferred = 0;
        var requests = 0;
        cdp.Event("Network.loadingFinished").OnEvent += (_, e) =>
        {
            if (e is { } data && data.TryGetProperty("encodedDataLength", out var length))
            {
                Interlocked.Add(ref transferred, (long)length.GetDouble());
                Interlocked.Increment(ref requests);
            }
        };

        await page.GotoAsync("/", new() { WaitUntil = Microsoft.Playwright.WaitUntilState.Load });
        var paint = await page.EvaluateAsync<double>(
            "() => performance.getEntriesByName('first-contentful-paint')[0]?.startTime ?? -1");

        var total = Interlocked.Read(ref transferred);
        output.WriteLine(string.Create(CultureInfo.InvariantCulture,
            $"first visit to /: {total / 1024.0:F1} KB in {requests} responses; first contentful paint {paint:F0} ms (Fast 3G)"));
        Assert.True(total < BudgetBytes, $"The first visit transferred {total / 1024.0:F1} KB (budget {BudgetBytes / 1024} KB).");
    }
}
