using EGov.Collab.App.Drafting.Live;
using EGov.Collab.Data;
using EGov.Collab.Data.Seeding;
using EGov.Collab.Domain.ExpertClub;
using EGov.Collab.Tests.Integration.Drafting;
using EGov.Collab.Tests.Support;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Playwright;
using static Microsoft.Playwright.Assertions;

namespace EGov.Collab.Tests.Browser;

/// <summary>
/// Issue #21, "keep it that way": the three core journeys with the keyboard only. Each starts at the top of the page,
/// takes the skip link (the first tab stop) and then only Tab, Enter and typing: no clicks, no focusing by script.
/// </summary>
[Collection(SharedBrowser.Name)]
public sealed class KeyboardJourneyTests(PortalBrowser browser)
{
    // The demo law's preamble (DraftingDemoData numbers provisions draft-then-position); no other test edits it.
    private const string PreambleId = "0194a000-0000-7000-8000-000000000002";
    // juror1 has not scored this entry in the demo data, and no other browser test scores it.
    private const string UnscoredEntry = "Львів: реєстр міського майна онлайн";

    [Fact]
    public async Task Chair_CoEditsAProvision_ByKeyboard_TheTextIsSaved()
    {
        var lawId = await DraftingFixture.DraftIdAsync(browser.Services, DraftingDemoData.LawTitle);
        await using var context = await browser.NewContextAsync();
        var page = await PortalBrowser.SignInAsync(context, "chair@demo.egov.ua");
        await page.GotoAsync($"/drafting/drafts/{lawId}/edit");
        await PortalBrowser.WaitForCircuitAsync(page);
        var preamble = $".draft-text[data-id='{PreambleId}']";
        await Expect(page.Locator(preamble)).ToBeVisibleAsync();

        await SkipToMainAsync(page);
        await TabToAsync(page, preamble);
        await page.Keyboard.PressAsync("Control+End");
        const string typed = " Набрано з клавіатури.";
        await page.Keyboard.TypeAsync(typed);

        await Expect(page.Locator(preamble)).ToHaveTextAsync(new System.Text.RegularExpressions.Regex(System.Text.RegularExpressions.Regex.Escape(typed) + "$"));
        await Expect(page.Locator("[data-save-state]")).ToHaveAttributeAsync("data-save-state", "saved");
        var (document, _) = await browser.Services.GetRequiredService<IDraftEditing>().CurrentAsync(lawId);
        Assert.EndsWith(typed, document.Provisions.Single(p => p.Id == Guid.Parse(PreambleId)).Text, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Expert_PostsInATopic_ByKeyboard_TheMessageIsStored()
    {
        var topicId = await FreshTopicAsync();
        await using var context = await browser.NewContextAsync();
        var page = await PortalBrowser.SignInAsync(context, "expert1@demo.egov.ua");
        await page.GotoAsync($"/expert-club/topics/{topicId}");
        await PortalBrowser.WaitForCircuitAsync(page);
        await Expect(page.Locator("[data-testid=topic-title]")).ToBeVisibleAsync();

        await SkipToMainAsync(page);
        await TabToAsync(page, ".club-composer textarea");
        var text = $"Надіслано з клавіатури {Guid.NewGuid():N}";
        await page.Keyboard.TypeAsync(text);
        await TabToAsync(page, "[data-testid=send]");
        await page.Keyboard.PressAsync("Enter");

        await Expect(page.Locator("[data-testid=message]", new() { HasText = text })).ToBeVisibleAsync();
        await Expect(page.Locator(".club-composer textarea")).ToHaveValueAsync("");
        await using var db = Db();
        Assert.True(await db.ClubMessages.AnyAsync(m => m.TopicId == topicId && m.Text == text));
    }

    [Fact]
    public async Task Juror_ScoresAnEntry_ByKeyboard_TheScoresAreStored()
    {
        await using var context = await browser.NewContextAsync();
        var page = await PortalBrowser.SignInAsync(context, "juror1@demo.egov.ua");
        await page.GotoAsync("/contest/jury");
        await PortalBrowser.WaitForCircuitAsync(page);
        var entryLink = $"a[data-entry-link='{UnscoredEntry}']";
        await Expect(page.Locator(entryLink)).ToBeVisibleAsync();

        await SkipToMainAsync(page);
        await TabToAsync(page, entryLink);
        await page.Keyboard.PressAsync("Enter");
        await Expect(page).ToHaveURLAsync(new System.Text.RegularExpressions.Regex("/contest/entries/[0-9a-f-]+/score$"));

        var (entryId, criteria, jurorId) = await ScoringAsync();
        await Expect(page.Locator($"#score-{criteria[0]}")).ToBeVisibleAsync();
        double[] values = [8, 6, 9];
        for (var i = 0; i < criteria.Count; i++)
        {
            await TabToAsync(page, $"#score-{criteria[i]}");
            await page.Keyboard.TypeAsync(values[i].ToString(System.Globalization.CultureInfo.InvariantCulture));
        }
        await TabToAsync(page, "[data-action=save]");
        await page.Keyboard.PressAsync("Enter");

        await Expect(page.Locator("[data-testid=score-saved]")).ToBeVisibleAsync();
        await using var db = Db();
        var stored = await db.ContestScores.Where(s => s.EntryId == entryId && s.JurorId == jurorId).ToDictionaryAsync(s => s.CriterionId, s => s.Value);
        Assert.Equal(criteria.Select((c, i) => (c, values[i])), criteria.Select(c => (c, stored.GetValueOrDefault(c, double.NaN))));
    }

    /// <summary>The first tab stop is the skip link; Enter on it puts focus at the start of the page's content.</summary>
    private static async Task SkipToMainAsync(IPage page)
    {
        await page.Keyboard.PressAsync("Tab");
        await Expect(page.Locator("a.skip-link")).ToBeFocusedAsync();
        await page.Keyboard.PressAsync("Enter");
        await Expect(page.Locator("main#main")).ToBeFocusedAsync();
    }

    /// <summary>Presses Tab until the element matching <paramref name="selector"/> has focus: a control Tab never reaches fails.</summary>
    private static async Task TabToAsync(IPage page, string selector, int maxPresses = 60)
    {
        var passed = new List<string>();
        for (var i = 0; i < maxPresses; i++)
        {
            await page.Keyboard.PressAsync("Tab");
            var focused = await page.EvaluateAsync<string>(
                "s => { const e = document.activeElement; return e && e.matches(s) ? '' : (e?.outerHTML ?? 'nothing').slice(0, 80); }", selector);
            if (focused.Length == 0) return;
            passed.Add(focused);
        }
        Assert.Fail($"{maxPresses} presses of Tab never reached {selector}; focus went through:\n{string.Join("\n", passed)}");
    }

    private CollabDbContext Db() => browser.Services.GetRequiredService<IDbContextFactory<CollabDbContext>>().CreateDbContext();

    private async Task<(Guid EntryId, List<Guid> Criteria, Guid JurorId)> ScoringAsync()
    {
        await using var db = Db();
        var entry = await db.ContestEntries.SingleAsync(e => e.Title == UnscoredEntry);
        var criteria = await db.ContestCriteria.Where(c => c.NominationId == entry.NominationId).OrderBy(c => c.Order).Select(c => c.Id).ToListAsync();
        var juror = await db.Users.Where(u => u.Email == "juror1@demo.egov.ua").Select(u => u.Id).SingleAsync();
        return (entry.Id, criteria, juror);
    }

    /// <summary>A public topic of the test's own, so its composer comes after no one else's messages.</summary>
    private async Task<Guid> FreshTopicAsync()
    {
        await using var db = Db();
        var creator = await db.Users.Where(u => u.Email == "expert1@demo.egov.ua").Select(u => u.Id).SingleAsync();
        var room = Room.Create($"Кімната {Guid.NewGuid():N}", null, false, creator, DateTimeOffset.UtcNow).Value;
        var topic = Topic.Create(room.Id, $"Тема з клавіатури {Guid.NewGuid():N}"[..28], creator, DateTimeOffset.UtcNow).Value;
        db.ClubRooms.Add(room);
        db.ClubTopics.Add(topic);
        await db.SaveChangesAsync();
        return topic.Id;
    }
}
