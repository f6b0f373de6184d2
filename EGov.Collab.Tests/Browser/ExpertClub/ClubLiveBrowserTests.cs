using EGov.Collab.Tests.Support;
using Microsoft.Playwright;

namespace EGov.Collab.Tests.Browser.ExpertClub;

/// <summary>
/// The live parts every reader of a topic shares: each renders pushed messages in their own language, and each person
/// is listed once in "who is here" however many tabs they have, and leaves it when their tab closes.
/// </summary>
[Collection(LiveModulesBrowser.Name)]
public sealed class ClubLiveBrowserTests(PortalBrowser browser)
{
    private const string Expert1 = ClubTopics.Expert1;
    private const string Expert2 = ClubTopics.Expert2;
    private const string Expert1Name = "Наталія Ткаченко";
    private const string Expert2Name = "Богдан Олійник";

    [Fact]
    public async Task UkrainianMemberPosts_EnglishReaderKeepsEnglish_AndTheReverse()
    {
        var topic = await ClubTopics.FreshAsync(browser, "Жива тема");
        await using var uk = await browser.NewContextAsync("uk-UA");
        await using var en = await browser.NewContextAsync("en-US");
        var ukrainian = await ClubTopics.OpenAsync(uk, topic, Expert1);
        var english = await ClubTopics.OpenAsync(en, topic, Expert2);

        var fromUkrainian = await PostAsync(ukrainian, $"Пишу українською {Guid.NewGuid():N}");
        var seenInEnglish = english.Locator("[data-testid=message]", new() { HasText = fromUkrainian });
        await Assertions.Expect(seenInEnglish.Locator("[data-testid=reply]")).ToHaveTextAsync("Reply");
        await Assertions.Expect(english.Locator("[data-testid=message-list]")).ToHaveAttributeAsync("aria-label", "Topic messages");
        await Assertions.Expect(english.Locator("[aria-label='Додати реакцію']")).ToHaveCountAsync(0);

        var fromEnglish = await PostAsync(english, $"Writing in English {Guid.NewGuid():N}");
        var seenInUkrainian = ukrainian.Locator("[data-testid=message]", new() { HasText = fromEnglish });
        await Assertions.Expect(seenInUkrainian.Locator("[data-testid=reply]")).ToHaveTextAsync("Відповісти");
        await Assertions.Expect(ukrainian.Locator("[data-testid=message-list]")).ToHaveAttributeAsync("aria-label", "Повідомлення теми");
        await Assertions.Expect(ukrainian.Locator("[aria-label='Add a reaction']")).ToHaveCountAsync(0);
        // And the English reader, who just posted, still reads English on the earlier message too.
        await Assertions.Expect(seenInEnglish.Locator("[data-testid=reply]")).ToHaveTextAsync("Reply");
    }

    [Fact]
    public async Task TwoTabsOfOneMember_AreListedOnce_ClosingTheOthersTab_RemovesThem()
    {
        var topic = await ClubTopics.FreshAsync(browser, "Жива тема");
        await using var c1 = await browser.NewContextAsync();
        await using var c2 = await browser.NewContextAsync();
        var firstTab = await ClubTopics.OpenAsync(c1, topic, Expert1);
        var secondTab = await c1.NewPageAsync();
        await secondTab.GotoAsync($"/expert-club/topics/{topic}");
        await PortalBrowser.WaitForCircuitAsync(secondTab);
        var other = await ClubTopics.OpenAsync(c2, topic, Expert2);

        await Assertions.Expect(other.Locator($"[data-testid=present][aria-label='{Expert1Name}']")).ToHaveCountAsync(1);
        await Assertions.Expect(other.Locator("[data-testid=present]")).ToHaveCountAsync(2);
        await Assertions.Expect(firstTab.Locator($"[data-testid=present][aria-label='{Expert2Name}']")).ToHaveCountAsync(1);

        await other.CloseAsync();

        await Assertions.Expect(firstTab.Locator($"[data-testid=present][aria-label='{Expert2Name}']")).ToHaveCountAsync(0);
        await Assertions.Expect(secondTab.Locator($"[data-testid=present][aria-label='{Expert2Name}']")).ToHaveCountAsync(0);
        await Assertions.Expect(firstTab.Locator($"[data-testid=present][aria-label='{Expert1Name}']")).ToHaveCountAsync(1);
    }

    private static async Task<string> PostAsync(IPage page, string text)
    {
        await page.Locator(".club-composer textarea").FillAsync(text);
        await page.Locator("[data-testid=send]").ClickAsync();
        await Assertions.Expect(page.Locator(".club-composer textarea")).ToHaveValueAsync("");
        return text;
    }
}
