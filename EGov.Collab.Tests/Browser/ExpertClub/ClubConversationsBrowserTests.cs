using EGov.Collab.App.ExpertClub;
using EGov.Collab.Data;
using EGov.Collab.Tests.Support;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Playwright;

namespace EGov.Collab.Tests.Browser.ExpertClub;

/// <summary>A private conversation started from an expert's profile, found in the other's inbox and answered.</summary>
[Collection(LiveModulesBrowser.Name)]
public sealed class ClubConversationsBrowserTests(PortalBrowser browser)
{
    private const string Expert1 = "expert1@demo.egov.ua";
    private const string Expert2 = "expert2@demo.egov.ua";
    private const string Expert1Name = "Наталія Ткаченко";

    [Fact]
    public async Task AWritesFromBsProfile_BSeesItInTheInboxAndReplies_AReadsTheReplyLive()
    {
        await using var db = await browser.Services.GetRequiredService<IDbContextFactory<CollabDbContext>>().CreateDbContextAsync();
        var expert2Id = await db.Users.Where(u => u.Email == Expert2).Select(u => u.Id).SingleAsync();
        await using var c1 = await browser.NewContextAsync();
        await using var c2 = await browser.NewContextAsync();
        var a = await PortalBrowser.SignInAsync(c1, Expert1);
        var b = await PortalBrowser.SignInAsync(c2, Expert2);

        await a.GotoAsync(ClubLinks.Expert(expert2Id));
        await PortalBrowser.WaitForCircuitAsync(a);
        await a.Locator("[data-testid=write-message]").ClickAsync();
        await Assertions.Expect(a.Locator("[data-testid=conversation-title]")).ToBeVisibleAsync();
        var question = $"Чи можна поговорити про звіт {Guid.NewGuid():N}?";
        await a.Locator(".club-composer textarea").FillAsync(question);
        await a.Locator("[data-testid=send]").ClickAsync();
        await Assertions.Expect(a.Locator("[data-testid=direct-message]", new() { HasText = question })).ToHaveCountAsync(1);
        await Assertions.Expect(a).ToHaveURLAsync(new System.Text.RegularExpressions.Regex("/expert-club/messages/[0-9a-f-]{36}$"));

        await b.GotoAsync(ClubLinks.Messages);
        await PortalBrowser.WaitForCircuitAsync(b);
        var conversation = b.Locator("[data-testid=conversation]", new() { HasText = Expert1Name });
        await Assertions.Expect(conversation.Locator("[data-testid=conversation-excerpt]")).ToContainTextAsync(question);
        await Assertions.Expect(conversation).ToHaveAttributeAsync("data-unread", "true");
        await conversation.Locator("a").ClickAsync();
        await Assertions.Expect(b.Locator("[data-testid=direct-message]", new() { HasText = question })).ToHaveCountAsync(1);
        var answer = $"Так, звісно {Guid.NewGuid():N}";
        await b.Locator(".club-composer textarea").FillAsync(answer);
        await b.Locator("[data-testid=send]").ClickAsync();
        await Assertions.Expect(b.Locator("[data-testid=direct-message]", new() { HasText = answer })).ToHaveCountAsync(1);

        await Assertions.Expect(a.Locator("[data-testid=direct-message]", new() { HasText = answer })).ToHaveCountAsync(1);
    }
}
