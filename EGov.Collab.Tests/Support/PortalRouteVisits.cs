using Microsoft.Playwright;

namespace EGov.Collab.Tests.Support;

/// <summary>Opens a <see cref="PortalRoutes.Route"/> as its account, in a language and at a width, ready to inspect.</summary>
public static class PortalRouteVisits
{
    public static TheoryData<string, string> InBothLanguages()
    {
        var data = new TheoryData<string, string>();
        foreach (var culture in new[] { "uk-UA", "en-US" })
            foreach (var route in PortalRoutes.All)
                data.Add(route.ToString(), culture);
        return data;
    }

    public static PortalRoutes.Route Find(string name) => PortalRoutes.All.Single(r => r.ToString() == name);

    /// <summary>A page on the route in a context of its own; dispose its context when done.</summary>
    public static async Task<IPage> VisitAsync(this PortalBrowser browser, PortalRoutes.Route route, string culture, int width = 1280)
    {
        var context = await browser.NewContextAsync(culture);
        var page = route.Email is null ? await context.NewPageAsync() : await PortalBrowser.SignInAsync(context, route.Email);
        await page.SetViewportSizeAsync(width, 800);
        await page.GotoAsync(route.Resolve is null ? route.Path : await route.Resolve(browser.Services));
        if (route.IsStatic) await page.Locator("main").WaitForAsync();
        else await PortalBrowser.WaitForCircuitAsync(page);
        return page;
    }
}
