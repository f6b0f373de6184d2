using EGov.Collab.App.Documents;
using EGov.Collab.Tests.Support;
using Microsoft.Playwright;

namespace EGov.Collab.Tests.Browser.ExpertClub;

/// <summary>A file attached to a club message reaches the topic's other readers live, and downloads as it was sent.</summary>
[Collection(LiveModulesBrowser.Name)]
public sealed class ClubAttachmentsBrowserTests(PortalBrowser browser)
{
    private const string Expert1 = ClubTopics.Expert1;
    private const string Expert2 = ClubTopics.Expert2;

    [Fact]
    public async Task MemberAttachesPdf_SecondMemberSeesTheLinkLive_AndDownloadsTheFile()
    {
        var topic = await ClubTopics.FreshAsync(browser, "Тема з файлами");
        var pdf = new PdfDocumentBuilder().Title("Протокол").Paragraph($"Протокол засідання {Guid.NewGuid():N}").Build();
        await using var c1 = await browser.NewContextAsync();
        await using var c2 = await browser.NewContextAsync();
        var writer = await ClubTopics.OpenAsync(c1, topic, Expert1);
        var reader = await ClubTopics.OpenAsync(c2, topic, Expert2);

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
}
