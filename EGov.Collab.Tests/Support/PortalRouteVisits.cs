using System.Collections.Concurrent;
using Microsoft.Playwright;

namespace EGov.Collab.Tests.Support;

/// <summary>Opens a <see cref="PortalRoutes.Route"/> as its account, in a language and at a width, ready to inspect.</summary>
public static class PortalRouteVisits
{
    /// <summary>
    /// One sign-in through the real form per portal and account, kept as Playwright storage state: the route scans
    /// visit about a hundred signed-in pages, and signing in for each would double their time.
    /// </summary>
    private static readonly ConcurrentDictionary<(Uri Portal, string Email), Task<string>> SignedIn = new();

    /// <summary>Every route in <paramref name="culture"/>, or one half of them (0 or 1: every other route), for a scan split across two portals.</summary>
    public static TheoryData<string, string> In(string culture, int? half = null)
    {
        var data = new TheoryData<string, string>();
        foreach (var (route, index) in PortalRoutes.All.Select((route, index) => (route, index)))
            if (half is null || index % 2 == half) data.Add(route.ToString(), culture);
        return data;
    }

    public static PortalRoutes.Route Find(string name) => PortalRoutes.All.Single(r => r.ToString() == name);

    /// <summary>A page on the route in a context of its own; dispose its context when done.</summary>
    public static async Task<IPage> VisitAsync(this PortalBrowser browser, PortalRoutes.Route route, string culture, int width = 1280)
    {
        var state = route.Email is null ? null : await SignedInStateAsync(browser, route.Email);
        var context = await browser.NewContextAsync(culture, state);
        var page = await context.NewPageAsync();
        await page.SetViewportSizeAsync(width, 800);
        var address = route.Resolve is null ? route.Path : await route.Resolve(browser.Services);
        var response = await page.GotoAsync(address);
        // A refused or missing record would scan an error page in the page's place.
        if (response is { Status: >= 400 } && route.Path != "/no-such-page")
            throw new InvalidOperationException($"{route}: {address} answered {response.Status}; is the demo record or the account right?");
        if (route.IsStatic) await page.Locator("main").WaitForAsync();
        else await PortalBrowser.WaitForCircuitAsync(page);
        return page;
    }

    private static async Task<string> SignedInStateAsync(PortalBrowser browser, string email)
    {
        var key = (browser.BaseAddress, email);
        var signingIn = SignedIn.GetOrAdd(key, _ => SignInAsync(browser, email));
        try
        {
            return await signingIn;
        }
        catch
        {
            // A sign-in that failed (say, timed out on a loaded machine) is not kept: the next visit tries again.
            SignedIn.TryRemove(KeyValuePair.Create(key, signingIn));
            throw;
        }
    }

    private static async Task<string> SignInAsync(PortalBrowser browser, string email)
    {
        var context = await browser.NewContextAsync();
        await using var _ = context;
        await PortalBrowser.SignInAsync(context, email);
        return await context.StorageStateAsync();
    }
}
