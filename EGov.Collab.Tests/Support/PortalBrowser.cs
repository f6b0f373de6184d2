using System.Diagnostics.CodeAnalysis;
using EGov.Collab.App.Localization;
using EGov.Collab.Data.Seeding;
using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Playwright;

namespace EGov.Collab.Tests.Support;

/// <summary>
/// The portal on real Kestrel (a free loopback port) and one headless Debian Chromium, shared by a collection of
/// browser tests (<see cref="SharedBrowser"/>). Each test takes a fresh <see cref="IBrowserContext"/> (its own cookies).
/// </summary>
[SuppressMessage("Design", "CA1001", Justification = "xunit disposes fixtures through IAsyncLifetime.DisposeAsync.")]
public sealed class PortalBrowser : IAsyncLifetime
{
    public const string ChromiumPath = "/usr/bin/chromium";

    private static readonly string[] ChromiumArgs =
    [
        "--headless", "--no-sandbox", "--disable-gpu", "--disable-background-networking", "--disable-component-update",
        "--disable-sync", "--no-first-run", "--disable-quic",
    ];

    private PortalFactory? _portal;
    private IPlaywright? _playwright;
    private IBrowser? _browser;

    /// <summary>Where the portal listens, e.g. http://127.0.0.1:41234/.</summary>
    public Uri BaseAddress { get; private set; } = default!;

    /// <summary>The running portal's services, for arranging data behind the browser's back.</summary>
    public IServiceProvider Services => Portal.Services;

    private PortalFactory Portal => _portal ?? throw new InvalidOperationException("The portal is not started.");

    private IBrowser Browser => _browser ?? throw new InvalidOperationException("The browser is not started.");

    public async Task InitializeAsync()
    {
        _portal = new PortalFactory();
        _portal.UseKestrel(0);
        // Starting migrates and seeds the database; keep it off the xunit synchronisation context.
        await Task.Run(_portal.StartServer);
        var address = _portal.Services.GetRequiredService<IServer>().Features.Get<IServerAddressesFeature>()!
            .Addresses.First();
        BaseAddress = new Uri(address.Replace("[::]", "127.0.0.1", StringComparison.Ordinal).TrimEnd('/') + "/");

        // A bound for a fault, not a pace: on a busy machine (CI shares its cores) a page can take longer than the
        // default 5 s to reach the state an expectation waits for.
        Assertions.SetDefaultExpectTimeout(15_000);
        _playwright = await Playwright.CreateAsync();
        _browser = await _playwright.Chromium.LaunchAsync(new BrowserTypeLaunchOptions
        {
            ExecutablePath = ChromiumPath,
            Headless = true,
            Args = ChromiumArgs,
        });
    }

    public async Task DisposeAsync()
    {
        if (_browser is not null) await _browser.DisposeAsync();
        _playwright?.Dispose();
        if (_portal is not null) await _portal.DisposeAsync();
    }

    /// <summary>
    /// A browser context of its own (no cookies shared with other tests), optionally with a language chosen and starting
    /// from a saved <paramref name="storageState"/> (Playwright's JSON of cookies and local storage).
    /// </summary>
    public async Task<IBrowserContext> NewContextAsync(string? culture = null, string? storageState = null)
    {
        var context = await Browser.NewContextAsync(new BrowserNewContextOptions
        {
            BaseURL = BaseAddress.ToString(),
            Locale = culture ?? PortalCultures.Default,
            ViewportSize = new ViewportSize { Width = 1280, Height = 900 },
            StorageState = storageState,
        });
        // A bound for a fault, not a pace: Playwright's 30 s for a navigation was reached by a page load with the
        // machine's load average near 50.
        context.SetDefaultNavigationTimeout(90_000);
        if (culture is not null)
        {
            await context.AddCookiesAsync(
            [
                new Cookie { Name = PortalCultures.CookieName, Value = Uri.EscapeDataString(PortalCultures.CookieValue(culture)), Url = BaseAddress.ToString() },
            ]);
        }
        return context;
    }

    /// <summary>
    /// A page in a fresh context. Close it with its context when done:
    /// <code>var page = await browser.NewPageAsync(); await using var _ = page.Context;</code>
    /// </summary>
    public async Task<IPage> NewPageAsync(string? culture = null)
    {
        var context = await NewContextAsync(culture);
        return await context.NewPageAsync();
    }

    /// <summary>
    /// Waits until the page's circuit is interactive: MainLayout renders <c>#circuit-ready</c> (hidden) only then,
    /// so clicks after this reach their handlers.
    /// </summary>
    public static Task WaitForCircuitAsync(IPage page) =>
        // A generous bound: on a loaded 2-core machine a circuit with a heavy first render has taken over 30 s.
        page.Locator("#circuit-ready").WaitForAsync(new LocatorWaitForOptions { State = WaitForSelectorState.Attached, Timeout = 90_000 });

    /// <summary>
    /// Signs a demo account in through the real login form and returns the page it lands on (away from /Account/Login).
    /// Every later call in <paramref name="context"/> carries the sign-in cookie.
    /// </summary>
    public static async Task<IPage> SignInAsync(IBrowserContext context, string email, string password = DemoData.Password)
    {
        var page = await context.NewPageAsync();
        var response = await page.GotoAsync("/Account/Login");
        if (response is { Ok: false })
            throw new InvalidOperationException($"GET /Account/Login answered {response.Status}: is the login page there?");
        await page.FillAsync("#Input\\.Email", email);
        await page.FillAsync("#Input\\.Password", password);
        await page.PressAsync("#Input\\.Password", "Enter");
        await page.WaitForURLAsync(url => !new Uri(url).AbsolutePath.StartsWith("/Account/Login", StringComparison.OrdinalIgnoreCase));
        return page;
    }
}

/// <summary>Browser tests: one Kestrel portal and one Chromium for all of them.</summary>
[CollectionDefinition(Name)]
public sealed class SharedBrowser : ICollectionFixture<PortalBrowser>
{
    public const string Name = "Browser";
}

/// <summary>
/// The browser tests of the live modules (contest, expert club, learning, journal, readiness): the shared collection's
/// second queue, on a portal and a Chromium of its own, so the two halves of the browser tests run side by side.
/// </summary>
[CollectionDefinition(Name)]
public sealed class LiveModulesBrowser : ICollectionFixture<PortalBrowser>
{
    public const string Name = "Browser (live modules)";
}

/// <summary>
/// The every-route scan on a portal and a Chromium of its own, so it runs beside the other browser tests instead of
/// after them (a collection's tests run one at a time; the scan alone is a few hundred visits).
/// </summary>
[CollectionDefinition(Name)]
public sealed class RouteScanBrowser : ICollectionFixture<PortalBrowser>
{
    public const string Name = "Route scan";
}

/// <summary>The second half of the Ukrainian route scan (<see cref="PortalRouteVisits.In"/>), beside the first.</summary>
[CollectionDefinition(Name)]
public sealed class RouteScanSecondHalfBrowser : ICollectionFixture<PortalBrowser>
{
    public const string Name = "Route scan, second half";
}

/// <summary>
/// The XSS corpus (twelve payloads through every surface that renders user text, about two hundred visits) on a portal and a
/// Chromium of its own, so it no longer queues behind every other browser test in the shared collection.
/// </summary>
[CollectionDefinition(Name)]
public sealed class XssCorpusBrowser : ICollectionFixture<PortalBrowser>
{
    public const string Name = "XSS corpus";
}

/// <summary>The English half of the every-route scan, on a portal and a Chromium of its own beside the Ukrainian half.</summary>
[CollectionDefinition(Name)]
public sealed class EnglishRouteScanBrowser : ICollectionFixture<PortalBrowser>
{
    public const string Name = "Route scan (English)";
}

/// <summary>The second half of the English route scan, beside the first.</summary>
[CollectionDefinition(Name)]
public sealed class EnglishRouteScanSecondHalfBrowser : ICollectionFixture<PortalBrowser>
{
    public const string Name = "Route scan (English), second half";
}
