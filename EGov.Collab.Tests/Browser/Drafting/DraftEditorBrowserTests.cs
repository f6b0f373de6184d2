using System.Diagnostics;
using EGov.Collab.App.Drafting.Live;
using EGov.Collab.Data.Seeding;
using EGov.Collab.Tests.Integration.Drafting;
using EGov.Collab.Tests.Support;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Playwright;
using Xunit.Abstractions;

namespace EGov.Collab.Tests.Browser.Drafting;

/// <summary>The live editor (/drafting/drafts/{id}/edit) in a real browser: typing, saving, co-editing and access.</summary>
[Collection(SharedBrowser.Name)]
public sealed class DraftEditorBrowserTests(PortalBrowser browser, ITestOutputHelper output)
{
    // Provisions of the demo law (DraftingDemoData numbers them draft-then-position).
    private const string ScopePartId = "0194a000-0000-7000-8000-000000000009";
    private const string EntryIntoForceId = "0194a000-0000-7000-8000-000000000017";
    private const string CooperationPartId = "0194a000-0000-7000-8000-000000000015";
    private const string Saved = "Збережено";

    // What one context sees of the other's edits and presence arrives through two circuits; these expectations wait
    // for that state with the circuit wait's bound (a fault, not a pace: a loaded machine takes seconds, not 90).
    private static readonly LocatorAssertionsToHaveCountOptions LiveCount = new() { Timeout = 90_000 };
    private static readonly LocatorAssertionsToContainTextOptions LiveText = new() { Timeout = 90_000 };
    private static readonly LocatorAssertionsToHaveAttributeOptions LiveAttribute = new() { Timeout = 90_000 };

    [Fact]
    public async Task Member_TypesIntoAProvision_SeesSaved_AndTheTextIsThereAfterReload()
    {
        var lawId = await DraftingFixture.DraftIdAsync(browser.Services, DraftingDemoData.LawTitle);
        await using var context = await browser.NewContextAsync();
        var page = await PortalBrowser.SignInAsync(context, "member1@demo.egov.ua");
        var errors = new List<string>();
        CaptureErrors(page, errors);
        await OpenEditorAsync(page, lawId);
        var provision = Provision(page, EntryIntoForceId);
        await Assertions.Expect(provision).ToContainTextAsync("набирає чинності");

        await provision.ClickAsync();
        await page.Keyboard.PressAsync("Control+End");
        const string typed = " Окрім статті 3.";
        await page.Keyboard.TypeAsync(typed);

        await Assertions.Expect(provision).ToHaveTextAsync("Цей Закон набирає чинності з дня, наступного за днем його опублікування." + typed);
        await Assertions.Expect(SaveState(page)).ToHaveTextAsync(Saved);
        await Assertions.Expect(SaveState(page)).ToHaveAttributeAsync("data-save-state", "saved");

        await page.ReloadAsync();
        await PortalBrowser.WaitForCircuitAsync(page);
        await Assertions.Expect(Provision(page, EntryIntoForceId)).ToContainTextAsync("опублікування." + typed);
        await Assertions.Expect(SaveState(page)).ToHaveTextAsync(Saved);
        Assert.Empty(errors);
    }

    [Fact]
    public async Task TwoMembers_TypeIntoTheSameProvisionAtOnce_SeeEachOther_AndEndIdentical()
    {
        var lawId = await DraftingFixture.DraftIdAsync(browser.Services, DraftingDemoData.LawTitle);
        await using var firstContext = await browser.NewContextAsync();
        await using var secondContext = await browser.NewContextAsync();
        var first = await PortalBrowser.SignInAsync(firstContext, "member1@demo.egov.ua");
        var second = await PortalBrowser.SignInAsync(secondContext, "member2@demo.egov.ua");
        var errors = new List<string>();
        CaptureErrors(first, errors);
        CaptureErrors(second, errors);
        await Task.WhenAll(OpenEditorAsync(first, lawId), OpenEditorAsync(second, lawId));

        // Presence: each sees the other in the draft.
        await Assertions.Expect(first.Locator(".draft-person[data-person='Тарас Кравчук']")).ToHaveCountAsync(1, LiveCount);
        await Assertions.Expect(second.Locator(".draft-person[data-person='Ірина Бондаренко']")).ToHaveCountAsync(1, LiveCount);

        var mine = Provision(first, ScopePartId);
        var theirs = Provision(second, ScopePartId);
        await mine.ClickAsync();
        await first.Keyboard.PressAsync("Control+Home");
        await theirs.ClickAsync();
        await second.Keyboard.PressAsync("Control+End");

        const string fromFirst = "Відповідно до Конституції ";
        const string fromSecond = " Також на сільські, селищні й міські ради.";
        var clock = Stopwatch.StartNew();
        await Task.WhenAll(first.Keyboard.TypeAsync(fromFirst), second.Keyboard.TypeAsync(fromSecond));
        var typedIn = clock.Elapsed;

        await Task.WhenAll(
            Assertions.Expect(theirs).ToContainTextAsync(fromFirst.Trim(), LiveText),
            Assertions.Expect(mine).ToContainTextAsync(fromSecond.Trim(), LiveText));
        var seen = clock.Elapsed;
        await Assertions.Expect(SaveState(first)).ToHaveTextAsync(Saved);
        await Assertions.Expect(SaveState(second)).ToHaveTextAsync(Saved);

        var expected = fromFirst + "Дія цього Закону поширюється на органи виконавчої влади та органи місцевого самоврядування." + fromSecond;
        await Assertions.Expect(mine).ToHaveTextAsync(expected);
        await Assertions.Expect(theirs).ToHaveTextAsync(expected);
        // Named remote carets: each sees where the other is.
        await Assertions.Expect(first.Locator(".draft-remote-caret[data-person='Тарас Кравчук']")).ToHaveCountAsync(1, LiveCount);
        await Assertions.Expect(second.Locator(".draft-remote-caret[data-person='Ірина Бондаренко']")).ToHaveCountAsync(1, LiveCount);
        // Each person once, however many circuits they have had (presence listed one twice after a reconnect).
        await Assertions.Expect(first.Locator(".draft-person")).ToHaveCountAsync(1);
        await Assertions.Expect(second.Locator(".draft-person")).ToHaveCountAsync(1);
        Assert.Equal(await first.Locator("[data-provisions]").InnerTextAsync(), await second.Locator("[data-provisions]").InnerTextAsync());
        output.WriteLine($"Both typed {fromFirst.Length}+{fromSecond.Length} characters in {typedIn.TotalMilliseconds:F0} ms; " +
                         $"each saw the other's last character {(seen - typedIn).TotalMilliseconds:F0} ms after typing ended.");
        Assert.Empty(errors);
    }

    [Fact]
    public async Task ConnectionDropsWhileTyping_EditorSaysOffline_KeepsTyping_AndResendsOnceOnTheSameCircuit()
    {
        var lawId = await DraftingFixture.DraftIdAsync(browser.Services, DraftingDemoData.LawTitle);
        await using var context = await browser.NewContextAsync();
        var page = await PortalBrowser.SignInAsync(context, "member1@demo.egov.ua");
        await OpenEditorAsync(page, lawId);
        var provision = Provision(page, CooperationPartId);
        await provision.ClickAsync();
        await page.Keyboard.PressAsync("Control+End");
        await page.EvaluateAsync("() => { window.sameDocument = true; }");
        // Reconnecting is held back until the test lets it; the circuit waits on the server meanwhile.
        const string negotiate = "**/_blazor/negotiate**";
        await page.RouteAsync(negotiate, route => route.AbortAsync());

        // Dropped right after typing: a submission may be in flight, and its answer would never come back on the old connection.
        const string beforeDrop = " Зокрема";
        await page.Keyboard.TypeAsync(beforeDrop);
        await page.EvaluateAsync("() => Blazor._internal.forceCloseConnection()");
        await Assertions.Expect(SaveState(page)).ToHaveAttributeAsync("data-save-state", "offline");
        const string whileDown = " через обмін даними.";
        await page.Keyboard.TypeAsync(whileDown);
        await Assertions.Expect(provision).ToContainTextAsync(beforeDrop + whileDown);
        await Assertions.Expect(SaveState(page)).ToHaveAttributeAsync("data-save-state", "offline");
        await Assertions.Expect(page.Locator("#portal-connection")).ToBeVisibleAsync();

        await page.UnrouteAsync(negotiate);

        await Assertions.Expect(SaveState(page)).ToHaveAttributeAsync("data-save-state", "saved", LiveAttribute);
        await Assertions.Expect(page.Locator("#portal-connection")).ToBeHiddenAsync();
        Assert.True(await page.EvaluateAsync<bool>("() => window.sameDocument === true"), "The page reloaded instead of rejoining its circuit.");
        var (document, _) = await browser.Services.GetRequiredService<IDraftEditing>().CurrentAsync(lawId);
        var stored = document.Provisions.Single(p => p.Id == Guid.Parse(CooperationPartId)).Text;
        Assert.Contains(beforeDrop + whileDown, stored, StringComparison.Ordinal);
        Assert.Equal(1, Occurrences(stored, beforeDrop));
        Assert.Equal(1, Occurrences(stored, whileDown));
    }

    [Fact]
    public async Task NonMember_OpeningTheEditorByUrl_SeesTheNotice_AndNoEditor()
    {
        var lawId = await DraftingFixture.DraftIdAsync(browser.Services, DraftingDemoData.LawTitle);
        await using var context = await browser.NewContextAsync();
        var outsider = await PortalBrowser.SignInAsync(context, "juror1@demo.egov.ua");

        await outsider.GotoAsync($"/drafting/drafts/{lawId}/edit");
        await PortalBrowser.WaitForCircuitAsync(outsider);

        await Assertions.Expect(outsider.Locator("#draft-not-allowed")).ToBeVisibleAsync();
        await Assertions.Expect(outsider.Locator(".draft-editor")).ToHaveCountAsync(0);
        await Assertions.Expect(outsider.Locator("body")).Not.ToContainTextAsync("Дія цього Закону");
    }

    [Fact]
    public async Task NonMember_OpeningTheEditorOfADraftInConsultation_GetsThePublishedRevision_NotTheLiveText()
    {
        var programmeId = await DraftingFixture.DraftIdAsync(browser.Services, DraftingDemoData.ProgrammeTitle);
        await using var context = await browser.NewContextAsync();
        var outsider = await PortalBrowser.SignInAsync(context, "juror1@demo.egov.ua");

        await outsider.GotoAsync($"/drafting/drafts/{programmeId}/edit");
        await PortalBrowser.WaitForCircuitAsync(outsider);

        await Assertions.Expect(outsider).ToHaveURLAsync(new System.Text.RegularExpressions.Regex($"/drafting/drafts/{programmeId}$"));
        await Assertions.Expect(outsider.Locator("h1").First).ToContainTextAsync(DraftingDemoData.ProgrammeTitle[..20]);
        await Assertions.Expect(outsider.Locator(".draft-editor")).ToHaveCountAsync(0);
        await Assertions.Expect(outsider.Locator(".draft-person")).ToHaveCountAsync(0);
    }

    private static async Task OpenEditorAsync(IPage page, Guid draftId)
    {
        await page.GotoAsync($"/drafting/drafts/{draftId}/edit");
        await PortalBrowser.WaitForCircuitAsync(page);
        await Assertions.Expect(page.Locator(".draft-text").First).ToBeVisibleAsync();
    }

    private static ILocator Provision(IPage page, string id) => page.Locator($".draft-text[data-id='{id}']");

    private static ILocator SaveState(IPage page) => page.Locator("[data-save-state]");

    private static int Occurrences(string text, string part)
    {
        var count = 0;
        for (var at = text.IndexOf(part, StringComparison.Ordinal); at >= 0; at = text.IndexOf(part, at + part.Length, StringComparison.Ordinal)) count++;
        return count;
    }

    private static void CaptureErrors(IPage page, List<string> errors)
    {
        page.Console += (_, message) =>
        {
            if (message.Type == "error") lock (errors) errors.Add(message.Text);
        };
        page.PageError += (_, error) =>
        {
            lock (errors) errors.Add(error);
        };
    }
}
