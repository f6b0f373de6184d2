using EGov.Collab.App.Documents;
using EGov.Collab.App.Library;
using EGov.Collab.Data;
using EGov.Collab.Domain.Library;
using EGov.Collab.Tests.Support;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Playwright;

namespace EGov.Collab.Tests.Browser.Library;

[Collection(SharedBrowser.Name)]
public sealed class LibraryJourneyTests(PortalBrowser browser)
{
    [Fact]
    public async Task MemberSubmitsPdf_LibrarianAccepts_ItemIsPublicWithCitationTags_AndInNextHarvest()
    {
        var title = "Цифрові сервіси громади " + Guid.NewGuid().ToString("N")[..6];
        var harvestFrom = DateTimeOffset.UtcNow.AddSeconds(-1).ToString("yyyy-MM-dd'T'HH:mm:ss'Z'", System.Globalization.CultureInfo.InvariantCulture);
        var pdf = new PdfDocumentBuilder().Title(title).Heading(title).Paragraph("Перша сторінка звіту.").PageBreak().Paragraph("Друга сторінка.").Build();

        await using var memberContext = await browser.NewContextAsync();
        var member = await PortalBrowser.SignInAsync(memberContext, "member1@demo.egov.ua");
        await member.GotoAsync(LibraryLinks.Submit);
        await PortalBrowser.WaitForCircuitAsync(member);
        await member.Locator("#item-file").SetInputFilesAsync(new FilePayload { Name = "zvit.pdf", MimeType = "application/pdf", Buffer = pdf });
        await Assertions.Expect(member.Locator("[data-testid=item-file-name]")).ToHaveTextAsync("zvit.pdf");
        await member.FillAsync("#item-title-uk", title);
        await member.FillAsync("#item-creators", "Бондаренко, Ірина Петрівна");
        await member.FillAsync("#item-abstract-uk", "Звіт про запуск електронних сервісів у громаді.");
        await member.FillAsync("#item-subjects", "е-послуги; громади");
        await member.FillAsync("#item-date", "2026-11-20");
        // MudCheckBox puts the test id on its input or on the wrapper around it, depending on the version.
        await member.Locator("input[type=checkbox][data-testid=item-licence-grant], [data-testid=item-licence-grant] input[type=checkbox]").CheckAsync();
        await member.ClickAsync("[data-testid=submit-item]");
        await Assertions.Expect(member.Locator("[data-testid=submission-sent]")).ToBeVisibleAsync();
        await Assertions.Expect(member.Locator("tr", new PageLocatorOptions { HasText = title }).Locator("[data-status=Submitted]")).ToBeVisibleAsync();

        await using var librarianContext = await browser.NewContextAsync();
        var librarian = await PortalBrowser.SignInAsync(librarianContext, LibraryDemoData.LibrarianEmail);
        await librarian.GotoAsync(LibraryLinks.Review);
        await PortalBrowser.WaitForCircuitAsync(librarian);
        var submission = librarian.Locator("[data-submission]", new PageLocatorOptions { HasText = title });
        await submission.Locator("[data-action=accept]").ClickAsync();
        await Assertions.Expect(librarian.Locator("[data-testid=review-message]")).ToBeVisibleAsync();
        await Assertions.Expect(submission).ToHaveCountAsync(0);

        var item = await PublishedAsync(title);
        Assert.NotNull(item.PersistentId);
        Assert.True(await NotifiedAsync(item.SubmitterId, "Notification.Library.Accepted"), "The submitter should be notified of the acceptance.");

        await using var visitorContext = await browser.NewContextAsync();
        var visitor = await visitorContext.NewPageAsync();
        await visitor.GotoAsync(LibraryLinks.Item(item.Id));
        await Assertions.Expect(visitor.Locator("[data-testid=item-title]")).ToHaveTextAsync(title);
        await Assertions.Expect(visitor.Locator("[data-testid=item-pid]")).ToHaveTextAsync(item.PersistentId!);
        await Assertions.Expect(visitor.Locator("[data-testid=licence-badge]")).ToContainTextAsync("CC BY 4.0");
        await Assertions.Expect(visitor.Locator("meta[name=citation_title]")).ToHaveAttributeAsync("content", title);
        await Assertions.Expect(visitor.Locator("meta[name=citation_author]")).ToHaveAttributeAsync("content", "Бондаренко, Ірина Петрівна");
        await Assertions.Expect(visitor.Locator("meta[name=citation_publication_date]")).ToHaveAttributeAsync("content", "2026/11/20");
        await Assertions.Expect(visitor.Locator("meta[name=citation_pdf_url]")).ToHaveAttributeAsync("content", new System.Text.RegularExpressions.Regex($"/library/items/{item.Id}/file$"));

        var harvest = await visitor.APIRequest.GetAsync($"/oai?verb=ListRecords&metadataPrefix=oai_dc&from={harvestFrom}");
        var xml = await harvest.TextAsync();
        Assert.Contains(title, xml, StringComparison.Ordinal);
        Assert.Contains(":" + item.PersistentId + "</identifier>", xml, StringComparison.Ordinal);
    }

    private async Task<LibraryItem> PublishedAsync(string title)
    {
        await using var scope = browser.Services.CreateAsyncScope();
        await using var db = await scope.ServiceProvider.GetRequiredService<IDbContextFactory<CollabDbContext>>().CreateDbContextAsync();
        var item = await db.LibraryItems.AsNoTracking().SingleAsync(i => i.TitleUk == title);
        Assert.Equal(LibraryItemStatus.Published, item.Status);
        return item;
    }

    private async Task<bool> NotifiedAsync(Guid memberId, string textKey)
    {
        await using var scope = browser.Services.CreateAsyncScope();
        await using var db = await scope.ServiceProvider.GetRequiredService<IDbContextFactory<CollabDbContext>>().CreateDbContextAsync();
        return await db.Notifications.AnyAsync(n => n.MemberId == memberId && n.TextKey == textKey);
    }
}
