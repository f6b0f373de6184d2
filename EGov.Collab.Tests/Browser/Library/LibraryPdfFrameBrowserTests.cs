using EGov.Collab.App.Documents;
using EGov.Collab.App.Library;
using EGov.Collab.Data;
using EGov.Collab.Tests.Integration.Drafting;
using EGov.Collab.Tests.Support;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Playwright;

namespace EGov.Collab.Tests.Browser.Library;

/// <summary>
/// The item page frames the item's own PDF (same origin): the page's CSP must let it frame the portal and the file's
/// response must let the portal frame it, while every page still refuses to be framed.
/// </summary>
[Collection(SharedBrowser.Name)]
public sealed class LibraryPdfFrameBrowserTests(PortalBrowser browser)
{
    [Fact]
    public async Task ItemPage_InlineViewer_LoadsTheItemsPdf()
    {
        var itemId = await AcceptedItemAsync();
        var page = await browser.NewPageAsync();
        await using var _ = page.Context;
        var errors = new List<string>();
        page.Console += (_, message) =>
        {
            if (message.Type is "error" or "warning") lock (errors) errors.Add(message.Text);
        };

        await page.GotoAsync(LibraryLinks.Item(itemId));
        await PortalBrowser.WaitForCircuitAsync(page);
        await page.Locator("iframe.library-pdf").ScrollIntoViewIfNeededAsync();

        // Refused (by the page's frame-src or the file's X-Frame-Options), Chromium puts its own error page of another
        // origin in the frame, whose document the page cannot read; allowed, the frame's document is the item's PDF.
        try
        {
            await page.WaitForFunctionAsync(
                "() => { try { return document.querySelector('iframe.library-pdf')?.contentDocument?.contentType === 'application/pdf'; } catch { return false; } }",
                null, new PageWaitForFunctionOptions { Timeout = 30_000 });
        }
        catch (TimeoutException)
        {
            lock (errors) Assert.Fail("The PDF did not load in its frame: " + string.Join(" | ", errors));
        }
        lock (errors) Assert.DoesNotContain(errors, e => e.Contains("frame", StringComparison.OrdinalIgnoreCase));
    }

    private async Task<Guid> AcceptedItemAsync()
    {
        var services = browser.Services;
        var admin = await DraftingFixture.UserAsync(services, "admin");
        var suffix = Guid.NewGuid().ToString("N")[..6];
        Guid collectionId;
        await using (var db = await services.GetRequiredService<IDbContextFactory<CollabDbContext>>().CreateDbContextAsync())
            collectionId = await db.LibraryCollections.Select(c => c.Id).FirstAsync();
        await using var scope = services.CreateAsyncScope();
        var library = scope.ServiceProvider.GetRequiredService<LibrarySubmissions>();
        var item = await library.SubmitAsync(admin, new LibraryItemForm
        {
            CollectionId = collectionId, TitleUk = "Звіт у рамці " + suffix, Creators = "Коваль, Олена", Subjects = "рамка",
            AbstractUk = "Анотація.", Publisher = "Видавець", DateIssued = "2024-05-01", LicenceGranted = true,
        }, new MemoryStream(new PdfDocumentBuilder().Title("Рамка " + suffix).Paragraph("Сторінка " + suffix).Build()), $"frame-{suffix}.pdf");
        Assert.True(item.IsSuccess, item.Error?.Code);
        var accepted = await library.DecideAsync(admin, item.ItemId!.Value, LibraryDecision.Accept, null, null);
        Assert.True(accepted.IsSuccess, accepted.Error?.ToString());
        return item.ItemId.Value;
    }
}
