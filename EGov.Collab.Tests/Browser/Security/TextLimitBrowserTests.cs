using System.Text;
using EGov.Collab.App.Drafting;
using EGov.Collab.Data;
using EGov.Collab.Domain.Drafting;
using EGov.Collab.Domain.Drafting.Editing;
using EGov.Collab.Domain.Journal;
using EGov.Collab.Tests.Integration.Drafting;
using EGov.Collab.Tests.Support;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Playwright;

namespace EGov.Collab.Tests.Browser.Security;

/// <summary>
/// Finding 8 of the outside test: every documented text limit works end to end through the circuit, whose default
/// 32 KB message limit used to drop a long paste (the tab stuck on "Saving…") or kill the circuit on a long article.
/// </summary>
[Collection(SharedBrowser.Name)]
public sealed class TextLimitBrowserTests(PortalBrowser browser)
{
    [Fact]
    public async Task Provision_APasteOfTheDocumentedMaximum_Saves_AndIsThereAfterReload()
    {
        var member = await DraftingFixture.UserAsync(browser.Services, "member1");
        var groupId = (await browser.Services.GetRequiredService<WorkingGroups>().CreateAsync(member, "Група вставки " + Guid.NewGuid().ToString("N")[..6], null, GroupVisibility.MembersOnly)).Value;
        var draftId = (await browser.Services.GetRequiredService<Drafts>().CreateAsync(member, groupId, DraftKind.Law, "Довга вставка", DraftSource.Blank, null)).Value;
        var paste = UkrainianText(DraftLimits.MaxPasteLength);
        await using var context = await browser.NewContextAsync();
        var page = await PortalBrowser.SignInAsync(context, "member1@demo.egov.ua");
        await page.GotoAsync($"/drafting/drafts/{draftId}/edit");
        await PortalBrowser.WaitForCircuitAsync(page);
        var provision = page.Locator(".draft-text").First;

        await provision.ClickAsync();
        await page.Keyboard.PressAsync("Control+End");
        await page.Keyboard.InsertTextAsync(paste);

        await Assertions.Expect(page.Locator("[data-save-state]")).ToHaveAttributeAsync("data-save-state", "saved");
        await page.ReloadAsync();
        await PortalBrowser.WaitForCircuitAsync(page);
        await Assertions.Expect(page.Locator(".draft-text").First).ToContainTextAsync(paste[^40..]);
        await Assertions.Expect(page.Locator("[data-save-state]")).ToHaveAttributeAsync("data-save-state", "saved");
    }

    [Fact]
    public async Task Article_ABodyNearTheDocumentedMaximum_IsSubmitted_WholeAndTheCircuitLives()
    {
        var title = "Довга стаття " + Guid.NewGuid().ToString("N")[..6];
        var body = UkrainianText(ArticleContent.BodyMaxLength - 1_000);
        await using var context = await browser.NewContextAsync();
        var page = await PortalBrowser.SignInAsync(context, "contributor@demo.egov.ua");
        await page.GotoAsync("/journal/submit");
        await PortalBrowser.WaitForCircuitAsync(page);

        await page.FillAsync("#article-title", title);
        await page.FillAsync("#article-body", body);
        await page.ClickAsync("[data-testid=article-save]");

        await Assertions.Expect(page.Locator("[data-testid=submission-saved]")).ToBeVisibleAsync();
        await using var db = await browser.Services.GetRequiredService<IDbContextFactory<CollabDbContext>>().CreateDbContextAsync();
        var saved = await db.JournalArticles.AsNoTracking().Where(a => a.Title == title).Select(a => a.PlainText).SingleAsync();
        Assert.Equal(body.Trim(), saved);
    }

    // Cyrillic words with an apostrophe and an emoji now and then: two bytes a character in UTF-8, some surrogate pairs.
    private static string UkrainianText(int length)
    {
        var words = new[] { "Громада ", "м'яко ", "запроваджує ", "електронні ", "послуги ", "для ", "мешканців ", "🙂 " };
        var text = new StringBuilder(length + 16);
        for (var i = 0; text.Length < length; i++) text.Append(words[i % words.Length]);
        var result = text.ToString(0, length);
        return char.IsHighSurrogate(result[^1]) ? result[..^1] + "я" : result;
    }
}
