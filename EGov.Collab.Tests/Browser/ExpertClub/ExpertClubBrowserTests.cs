using System.Diagnostics;
using EGov.Collab.Data;
using EGov.Collab.Data.Seeding;
using EGov.Collab.Domain.ExpertClub;
using EGov.Collab.Tests.Support;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Playwright;
using Xunit.Abstractions;

namespace EGov.Collab.Tests.Browser.ExpertClub;

/// <summary>expert1, expert2 and a visitor in three browser contexts on the same live topic.</summary>
[Collection(LiveModulesBrowser.Name)]
public sealed class ExpertClubBrowserTests(PortalBrowser browser, ITestOutputHelper output)
{
    private const string Expert1 = "expert1@demo.egov.ua";
    private const string Expert2 = "expert2@demo.egov.ua";
    private const string Moderator = "admin@demo.egov.ua";

    [Fact]
    public async Task Message_FromExpert1_AppearsForExpert2AndVisitor()
    {
        var topic = await DemoTopicAsync(ExpertClubDemoData.PinnedTopic);
        await using var c1 = await browser.NewContextAsync();
        await using var c2 = await browser.NewContextAsync();
        await using var c3 = await browser.NewContextAsync();
        var expert1 = await OpenAsync(c1, topic, Expert1);
        var expert2 = await OpenAsync(c2, topic, Expert2);
        var visitor = await OpenAsync(c3, topic, null);
        var text = $"Живе повідомлення {Guid.NewGuid():N}";

        await expert1.Locator(".club-composer textarea").FillAsync(text);
        var watch = Stopwatch.StartNew();
        await expert1.Locator("[data-testid=send]").ClickAsync();

        await Assertions.Expect(expert2.Locator("[data-testid=message-body]", new() { HasText = text })).ToBeVisibleAsync();
        var forExpert2 = watch.Elapsed;
        await Assertions.Expect(visitor.Locator("[data-testid=message-body]", new() { HasText = text })).ToBeVisibleAsync();
        output.WriteLine($"Observed click-to-visible latency: expert2 {forExpert2.TotalMilliseconds:F0} ms, visitor {watch.Elapsed.TotalMilliseconds:F0} ms (logged, not asserted)");
        await Assertions.Expect(expert1.Locator(".club-composer textarea")).ToHaveValueAsync("");
        // Presence: expert1 sees expert2 here.
        await Assertions.Expect(expert1.Locator("[data-testid=present][aria-label='Богдан Олійник']")).ToHaveCountAsync(1);
    }

    [Fact]
    public async Task PollVote_ByExpert1_UpdatesEveryonesResults()
    {
        var topic = await DemoTopicAsync(ExpertClubDemoData.PollTopic);
        Poll poll;
        await using (var db = await DbAsync())
            poll = await db.ClubPolls.AsNoTracking().SingleAsync(p => p.TopicId == topic);
        var option = poll.Options.Single(o => o.Order == 1).Id;
        await using var c1 = await browser.NewContextAsync();
        await using var c2 = await browser.NewContextAsync();
        await using var c3 = await browser.NewContextAsync();
        var expert1 = await OpenAsync(c1, topic, Expert1);
        var expert2 = await OpenAsync(c2, topic, Expert2);
        var visitor = await OpenAsync(c3, topic, null);
        var count = $"[data-testid=poll-option][data-option='{option}'] [data-testid=poll-count]";
        var before = int.Parse(await visitor.Locator(count).GetAttributeAsync("data-votes") ?? "0", System.Globalization.CultureInfo.InvariantCulture);

        await expert1.Locator($"[data-testid=poll-option][data-option='{option}'] input[type=radio]").CheckAsync(); // a single-choice poll
        await expert1.Locator("[data-testid=poll-vote]").ClickAsync();

        var expected = (before + 1).ToString(System.Globalization.CultureInfo.InvariantCulture);
        await Assertions.Expect(expert2.Locator(count)).ToHaveAttributeAsync("data-votes", expected);
        await Assertions.Expect(visitor.Locator(count)).ToHaveAttributeAsync("data-votes", expected);
        await Assertions.Expect(expert1.Locator(count)).ToHaveAttributeAsync("data-votes", expected);
    }

    [Fact]
    public async Task Visitor_ReadsPublicTopic_CannotWriteOrOpenPrivateRoom()
    {
        var topic = await DemoTopicAsync(ExpertClubDemoData.PollTopic);
        Guid privateRoom;
        await using (var db = await DbAsync())
            privateRoom = await db.ClubRooms.Where(r => r.Name == ExpertClubDemoData.PrivateRoom).Select(r => r.Id).SingleAsync();
        await using var context = await browser.NewContextAsync();
        var visitor = await OpenAsync(context, topic, null);

        await Assertions.Expect(visitor.Locator("[data-testid=message]").First).ToBeVisibleAsync();
        await Assertions.Expect(visitor.Locator("[data-testid=read-only]")).ToBeVisibleAsync();
        await Assertions.Expect(visitor.Locator("[data-testid=composer]")).ToHaveCountAsync(0);
        await Assertions.Expect(visitor.Locator("[data-testid=poll-vote]")).ToHaveCountAsync(0);
        await Assertions.Expect(visitor.Locator("[data-testid=reply]")).ToHaveCountAsync(0);

        await visitor.GotoAsync($"/expert-club/rooms/{privateRoom}");
        await Assertions.Expect(visitor.Locator("[data-testid=room-error]")).ToBeVisibleAsync();
        await Assertions.Expect(visitor.Locator("[data-testid=topic]")).ToHaveCountAsync(0);
    }

    [Fact]
    public async Task StoredXss_PostedAsMessages_NeverRuns()
    {
        string[] payloads =
        [
            "<script>window.__xss = 1</script>",
            "<img src=x onerror=\"window.__xss = 2\">",
            "[нажми](javascript:window.__xss=3)",
            "<svg onload=alert(4)><iframe src=\"javascript:alert(5)\"></iframe>",
            "<a href=\"#\" onclick=\"alert(6)\" style=\"position:fixed;inset:0\">x</a>![x](javascript:alert(7))",
        ];
        var topic = await NewTopicAsync();
        await using var c2 = await browser.NewContextAsync();
        await using var c3 = await browser.NewContextAsync();
        // The moderator posts the burst: five messages fill a member's posting window (MessageRateLimit), and other
        // browser tests post as the experts on the same portal moments later.
        var author = await OpenAsync(c2, topic, Moderator);
        var reader = await OpenAsync(c3, topic, null);
        var dialogs = 0;
        author.Dialog += (_, dialog) => { dialogs++; _ = dialog.DismissAsync(); };
        reader.Dialog += (_, dialog) => { dialogs++; _ = dialog.DismissAsync(); };

        for (var i = 0; i < payloads.Length; i++)
        {
            await author.Locator(".club-composer textarea").FillAsync(payloads[i]);
            await author.Locator("[data-testid=send]").ClickAsync();
            await Assertions.Expect(reader.Locator("[data-testid=message]")).ToHaveCountAsync(i + 1);
        }
        await reader.ReloadAsync();
        await PortalBrowser.WaitForCircuitAsync(reader);
        await Assertions.Expect(reader.Locator("[data-testid=message]")).ToHaveCountAsync(payloads.Length);
        await reader.Locator("[data-testid=message-body] a").First.ClickAsync(); // a neutralised link stays inert

        foreach (var page in new[] { author, reader })
        {
            Assert.Null(await page.EvaluateAsync<int?>("() => window.__xss ?? null"));
            var injected = await page.Locator("[data-testid=message-body] :is(script, iframe, svg, img[onerror], [onclick], [onload], a[href^='javascript'], img[src^='javascript'])").CountAsync();
            Assert.Equal(0, injected);
        }
        await Assertions.Expect(reader.Locator("[data-testid=message-body]", new() { HasText = "<script>window.__xss = 1</script>" })).ToHaveCountAsync(1);
        Assert.Equal(0, dialogs);
    }

    [Fact]
    public async Task NewTopic_NeedsAnOpeningPost_ThenEnterSends_ShiftEnterAddsALine_CtrlEnterSends()
    {
        Guid room;
        await using (var db = await DbAsync())
            room = await db.ClubRooms.Where(r => r.Name == ExpertClubDemoData.PublicRoom).Select(r => r.Id).SingleAsync();
        var email = await ClubTopics.NewMemberAsync(browser); // its own rate limit, whatever the other tests posted
        await using var context = await browser.NewContextAsync();
        var page = await PortalBrowser.SignInAsync(context, email, ClubTopics.MemberPassword);
        await page.GotoAsync($"/expert-club/rooms/{room}");
        await PortalBrowser.WaitForCircuitAsync(page);
        var title = $"Тема з дописом {Guid.NewGuid():N}";

        await page.Locator("[data-testid=topic-title-input] input, input[data-testid=topic-title-input]").FillAsync(title);
        await page.Locator("[data-testid=create-topic]").ClickAsync();
        var opening = page.Locator("[data-testid=topic-opening-input] textarea, textarea[data-testid=topic-opening-input]");
        await Assertions.Expect(page.GetByText("Це поле обов'язкове.")).ToBeVisibleAsync(); // under the opening post, in words
        await Assertions.Expect(page.Locator("[data-testid=topic-title-input] input, input[data-testid=topic-title-input]")).ToHaveValueAsync(title);
        await opening.FillAsync("Питання до всіх: як **перевіряти** підписи?");
        await page.Locator("[data-testid=create-topic]").ClickAsync();

        await Assertions.Expect(page.Locator("[data-testid=topic-title]")).ToHaveTextAsync(title);
        await Assertions.Expect(page.Locator("[data-testid=message-body] strong", new() { HasText = "перевіряти" })).ToBeVisibleAsync();
        var composer = page.Locator(".club-composer textarea");
        await composer.FillAsync("Рядок перший");
        await composer.PressAsync("Shift+Enter");
        await composer.PressSequentiallyAsync("рядок другий");
        await Assertions.Expect(composer).ToHaveValueAsync("Рядок перший\nрядок другий");
        await Assertions.Expect(page.Locator("[data-testid=message]")).ToHaveCountAsync(1);

        await composer.PressAsync("Enter");

        await Assertions.Expect(page.Locator("[data-testid=message]")).ToHaveCountAsync(2);
        await Assertions.Expect(page.Locator("[data-testid=message-body]").Nth(1)).ToContainTextAsync("рядок другий");
        await Assertions.Expect(composer).ToHaveValueAsync("");
        await composer.FillAsync("Третє, через Ctrl+Enter");
        await composer.PressAsync("Control+Enter");
        await Assertions.Expect(page.Locator("[data-testid=message]")).ToHaveCountAsync(3);
        await Assertions.Expect(composer).ToHaveValueAsync("");
    }

    private static async Task<IPage> OpenAsync(IBrowserContext context, Guid topic, string? email)
    {
        var page = email is null ? await context.NewPageAsync() : await PortalBrowser.SignInAsync(context, email);
        await page.GotoAsync($"/expert-club/topics/{topic}");
        await PortalBrowser.WaitForCircuitAsync(page);
        await Assertions.Expect(page.Locator("[data-testid=topic-title]")).ToBeVisibleAsync();
        return page;
    }

    private async Task<CollabDbContext> DbAsync() =>
        await browser.Services.GetRequiredService<IDbContextFactory<CollabDbContext>>().CreateDbContextAsync();

    private async Task<Guid> DemoTopicAsync(string title)
    {
        await using var db = await DbAsync();
        return await db.ClubTopics.Where(t => t.Title == title).Select(t => t.Id).SingleAsync();
    }

    private async Task<Guid> NewTopicAsync()
    {
        await using var db = await DbAsync();
        var room = await db.ClubRooms.SingleAsync(r => r.Name == ExpertClubDemoData.PublicRoom);
        var topic = Topic.Create(room.Id, $"XSS {Guid.NewGuid():N}", room.CreatedById, DateTimeOffset.UtcNow).Value;
        db.ClubTopics.Add(topic);
        await db.SaveChangesAsync();
        return topic.Id;
    }
}
