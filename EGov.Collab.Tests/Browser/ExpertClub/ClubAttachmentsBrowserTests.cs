using EGov.Collab.App.Documents;
using EGov.Collab.Data;
using EGov.Collab.Domain.ExpertClub;
using EGov.Collab.Tests.Support;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Playwright;

namespace EGov.Collab.Tests.Browser.ExpertClub;

/// <summary>A file attached to a club message reaches the topic's other readers live, and downloads as it was sent.</summary>
[Collection(SharedBrowser.Name)]
public sealed class ClubAttachmentsBrowserTests(PortalBrowser browser)
{
    private const string Expert1 = "expert1@demo.egov.ua";
    private const string Expert2 = "expert2@demo.egov.ua";

    [Fact]
    public async Task MemberAttachesPdf_SecondMemberSeesTheLinkLive_AndDownloadsTheFile()
    {
        var topic = await FreshTopicAsync();
        var pdf = new PdfDocumentBuilder().Title("Протокол").Paragraph($"Протокол засідання {Guid.NewGuid():N}").Build();
        await using var c1 = await browser.NewContextAsync();
        await using var c2 = await browser.NewContextAsync();
        var writer = await OpenAsync(c1, topic, Expert1);
        var reader = await OpenAsync(c2, topic, Expert2);

        await writer.Locator("[data-testid=attachment-upload] input[type=file]")
            .SetInputFilesAsync(new FilePayload { Name = "protokol.pdf", MimeType = "application/pdf", Buffer = pdf });
        await Assertions.Expect(writer.Locator("[data-testid=pending-attachment]")).ToContainTextAsync("protokol.pdf");
        var text = $"Протокол у додатку {Guid.NewGuid():N}";
        await writer.Locator(".club-composer textarea").FillAsync(text);
        await writer.Locator("[data-testid=send]").ClickAsync();
        await Assertions.Expect(writer.Locator("[data-testid=pending-attachment]")).ToHaveCountAsync(0);

        var link = reader.Locator("[data-testid=message]", new() { HasText = text }).Locator("[data-testid=attachment]");
        await Assertions.Expect(link).ToHaveTextAsync("protokol.pdf");
        await Assertions.Expect(reader.Locator("[data-testid=message]", new() { HasText = text }).Locator("[data-testid=attachments]")).ToContainTextAsync("PDF");
        var download = await reader.RunAndWaitForDownloadAsync(() => link.ClickAsync());
        Assert.Equal("protokol.pdf", download.SuggestedFilename);
        Assert.Equal(pdf, await File.ReadAllBytesAsync((await download.PathAsync())!));
    }

    private static async Task<IPage> OpenAsync(IBrowserContext context, Guid topic, string email)
    {
        var page = await PortalBrowser.SignInAsync(context, email);
        await page.GotoAsync($"/expert-club/topics/{topic}");
        await PortalBrowser.WaitForCircuitAsync(page);
        await Assertions.Expect(page.Locator("[data-testid=topic-title]")).ToBeVisibleAsync();
        return page;
    }

    private async Task<Guid> FreshTopicAsync()
    {
        await using var db = await browser.Services.GetRequiredService<IDbContextFactory<CollabDbContext>>().CreateDbContextAsync();
        var creator = await db.Users.Where(u => u.Email == Expert1).Select(u => u.Id).SingleAsync();
        var room = Room.Create($"Кімната {Guid.NewGuid():N}", null, false, creator, DateTimeOffset.UtcNow).Value;
        var topic = Topic.Create(room.Id, $"Тема з файлами {Guid.NewGuid():N}"[..24], creator, DateTimeOffset.UtcNow).Value;
        db.ClubRooms.Add(room);
        db.ClubTopics.Add(topic);
        await db.SaveChangesAsync();
        return topic.Id;
    }
}
