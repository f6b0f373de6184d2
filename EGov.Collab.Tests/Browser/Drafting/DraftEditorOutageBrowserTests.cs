using EGov.Collab.App.Drafting.Live;
using EGov.Collab.Data;
using EGov.Collab.Data.Seeding;
using EGov.Collab.Data.Sqlite;
using EGov.Collab.Tests.Support;
using Microsoft.EntityFrameworkCore;
using Microsoft.Playwright;
using Xunit.Abstractions;

namespace EGov.Collab.Tests.Browser.Drafting;

/// <summary>
/// Durability as a user sees it (issues 19 and 22.2): the real portal as a child process is killed with SIGKILL while
/// a member types in the live editor, and started again on the same data and port. The editor says "offline" at once,
/// keeps taking keystrokes, reconnects by itself (a new circuit: the old one died with the process), resends what was
/// never acknowledged, and says "saved" only once it is; the stored log holds every character exactly once.
/// </summary>
public sealed class DraftEditorOutageBrowserTests(ITestOutputHelper output)
{
    // "Набирає чинності" part of the demo law (DraftingDemoData numbers provisions draft-then-position).
    private const string EntryIntoForceId = "0194a000-0000-7000-8000-000000000017";
    private const string EntryIntoForce = "Цей Закон набирає чинності з дня, наступного за днем його опублікування.";

    private static readonly string[] ChromiumArgs =
        ["--headless", "--no-sandbox", "--disable-gpu", "--disable-background-networking", "--no-first-run", "--disable-quic"];

    // Bounds for states reached through a process start and a page's new circuit: a fault, not a pace.
    private static readonly LocatorAssertionsToHaveAttributeOptions Eventually = new() { Timeout = 90_000 };
    private static readonly LocatorAssertionsToContainTextOptions EventuallyText = new() { Timeout = 90_000 };

    [Fact]
    public async Task ServerKilledWhileTyping_EditorStaysUsableOffline_ReconnectsItself_AndStoresEveryCharacterOnce()
    {
        await using var portal = await PortalProcess.LaunchAsync();
        try
        {
            var draftId = await LawIdAsync(portal);
            using var playwright = await Playwright.CreateAsync();
            await using var browser = await playwright.Chromium.LaunchAsync(new BrowserTypeLaunchOptions
            {
                ExecutablePath = PortalBrowser.ChromiumPath,
                Headless = true,
                Args = ChromiumArgs,
            });
            await using var context = await browser.NewContextAsync(new BrowserNewContextOptions
            {
                BaseURL = portal.BaseAddress.ToString(),
                ViewportSize = new ViewportSize { Width = 1280, Height = 900 },
            });
            var page = await PortalBrowser.SignInAsync(context, "member1@demo.egov.ua");
            page.PageError += (_, error) => output.WriteLine($"page error: {error}");
            await page.GotoAsync($"/drafting/drafts/{draftId}/edit");
            var provision = page.Locator($".draft-text[data-id='{EntryIntoForceId}']");
            var saveState = page.Locator("[data-save-state]");
            await Assertions.Expect(provision).ToContainTextAsync(EntryIntoForce, EventuallyText);

            await provision.ClickAsync();
            await page.Keyboard.PressAsync("Control+End");
            const string beforeKill = " Крім статті 3.";
            await page.Keyboard.TypeAsync(beforeKill);
            await Assertions.Expect(saveState).ToHaveAttributeAsync("data-save-state", "saved");

            // Typed and killed at once: the kill may come before or after these are committed, never acknowledged.
            const string atKill = " Стаття 3";
            await page.Keyboard.TypeAsync(atKill);
            await portal.KillAsync();

            await Assertions.Expect(saveState).ToHaveAttributeAsync("data-save-state", "offline");
            await Assertions.Expect(page.Locator("#portal-connection")).ToBeVisibleAsync();
            const string whileDown = " набирає чинності пізніше.";
            await page.Keyboard.TypeAsync(whileDown);
            var expected = EntryIntoForce + beforeKill + atKill + whileDown;
            await Assertions.Expect(provision).ToHaveTextAsync(expected);
            await Assertions.Expect(saveState).ToHaveAttributeAsync("data-save-state", "offline");

            await portal.StartAsync();

            await Assertions.Expect(saveState).ToHaveAttributeAsync("data-save-state", "saved", Eventually);
            await Assertions.Expect(provision).ToHaveTextAsync(expected);
            await Assertions.Expect(page.Locator("#portal-connection")).ToBeHiddenAsync();
            Assert.Equal(expected, await StoredTextAsync(portal, draftId));
        }
        finally
        {
            output.WriteLine(portal.Output);
        }
    }

    private static async Task<Guid> LawIdAsync(PortalProcess portal)
    {
        await using var db = Contexts(portal).CreateDbContext();
        return await db.Drafts.Where(d => d.Title == DraftingDemoData.LawTitle).Select(d => d.Id).SingleAsync();
    }

    /// <summary>The provision as the portal would load it: latest snapshot plus the log, read from the file.</summary>
    private static async Task<string> StoredTextAsync(PortalProcess portal, Guid draftId)
    {
        var sequencer = await new DraftLogStore(Contexts(portal)).LoadAsync(draftId, CancellationToken.None);
        return sequencer!.Document.Provisions.Single(p => p.Id == Guid.Parse(EntryIntoForceId)).Text;
    }

    private static FileContexts Contexts(PortalProcess portal) =>
        new(new DbContextOptionsBuilder<SqliteCollabDbContext>().UseSqlite($"Data Source={portal.DatabasePath};Pooling=False").Options);

    private sealed class FileContexts(DbContextOptions<SqliteCollabDbContext> options) : IDbContextFactory<CollabDbContext>
    {
        public CollabDbContext CreateDbContext() => new SqliteCollabDbContext(options);
    }
}
