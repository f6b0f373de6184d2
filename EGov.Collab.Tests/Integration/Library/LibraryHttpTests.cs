using System.Net;
using EGov.Collab.App.Library;
using EGov.Collab.Data;
using EGov.Collab.Domain.Library;
using EGov.Collab.Tests.Support;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace EGov.Collab.Tests.Integration.Library;

/// <summary>The item page, its files, citations and statistics over HTTP, on the demo library.</summary>
[Collection(LibraryPortal.Name)]
public sealed class LibraryHttpTests(LibraryPortalFactory portal)
{
    private const string Browser = "Mozilla/5.0 (X11; Linux x86_64) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/131.0 Safari/537.36";

    private async Task<LibraryItem> ItemAsync(Func<LibraryItem, bool> which)
    {
        await using var scope = portal.Services.CreateAsyncScope();
        await using var db = await scope.ServiceProvider.GetRequiredService<IDbContextFactory<CollabDbContext>>().CreateDbContextAsync();
        var items = await db.LibraryItems.AsNoTracking().Include(i => i.Files).Include(i => i.Agents).ToListAsync();
        return items.First(which);
    }

    private async Task<int> DownloadsAsync(Guid itemId)
    {
        await using var scope = portal.Services.CreateAsyncScope();
        await using var db = await scope.ServiceProvider.GetRequiredService<IDbContextFactory<CollabDbContext>>().CreateDbContextAsync();
        return await db.LibraryUsageEvents.CountAsync(e => e.ItemId == itemId && e.Kind == LibraryUsageKind.Download);
    }

    /// <summary>The decoded contents of the page's meta tags of that name, in order.</summary>
    private static List<string> Meta(string html, string name) =>
        System.Text.RegularExpressions.Regex.Matches(html, $"<meta name=\"{name}\" content=\"(?<content>[^\"]*)\"")
            .Select(m => WebUtility.HtmlDecode(m.Groups["content"].Value)).ToList();

    private HttpClient Client(string userAgent = Browser)
    {
        var client = portal.CreatePlainClient();
        client.DefaultRequestHeaders.UserAgent.ParseAdd(userAgent);
        return client;
    }

    [Fact]
    public async Task ItemPage_Published_CitationTagsAndSignpostingLinks()
    {
        var item = await ItemAsync(i => i.Status == LibraryItemStatus.Published && i.EmbargoUntil is null && i.Language == "uk");
        using var client = Client();

        var response = await client.GetAsync(LibraryLinks.Item(item.Id));
        var html = await response.Content.ReadAsStringAsync();

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal([item.TitleUk], Meta(html, "citation_title"));
        Assert.Equal(item.Agents.Where(a => a.Role == LibraryAgentRole.Creator).OrderBy(a => a.Position).Select(a => a.Name), Meta(html, "citation_author"));
        Assert.Equal([item.DateIssued.ToString("yyyy/MM/dd", System.Globalization.CultureInfo.InvariantCulture)], Meta(html, "citation_publication_date"));
        Assert.Equal([$"https://egov.example/library/items/{item.Id}/file"], Meta(html, "citation_pdf_url"));
        var link = string.Join(", ", response.Headers.GetValues("Link"));
        Assert.Contains($"<https://egov.example/library/id/{item.IdentifierYear}/{item.IdentifierNumber:D6}>; rel=\"cite-as\"", link, StringComparison.Ordinal);
        Assert.Contains("rel=\"describedby\"", link, StringComparison.Ordinal);
        Assert.Contains($"<https://egov.example/library/items/{item.Id}/file>; rel=\"item\"; type=\"application/pdf\"", link, StringComparison.Ordinal);
        Assert.Contains($"<{item.LicenceUri}>; rel=\"license\"", link, StringComparison.Ordinal);
        Assert.Contains("rel=\"type\"", link, StringComparison.Ordinal);
    }

    [Fact]
    public async Task ItemPage_Withdrawn_410WithReason()
    {
        var item = await ItemAsync(i => i.Status == LibraryItemStatus.Withdrawn);
        using var client = Client();

        var response = await client.GetAsync(LibraryLinks.Item(item.Id));

        Assert.Equal(HttpStatusCode.Gone, response.StatusCode);
        Assert.Contains(item.Comment!, WebUtility.HtmlDecode(await response.Content.ReadAsStringAsync()), StringComparison.Ordinal);
        Assert.Equal(HttpStatusCode.Gone, (await client.GetAsync(LibraryLinks.File(item.Id))).StatusCode);
    }

    [Fact]
    public async Task ItemPage_UnknownOrNotYetPublished_404ForVisitors()
    {
        var waiting = await ItemAsync(i => i.Status == LibraryItemStatus.Submitted);
        using var client = Client();

        Assert.Equal(HttpStatusCode.NotFound, (await client.GetAsync(LibraryLinks.Item(Guid.NewGuid()))).StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, (await client.GetAsync(LibraryLinks.Item(waiting.Id))).StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, (await client.GetAsync(LibraryLinks.File(waiting.Id))).StatusCode);
    }

    [Fact]
    public async Task File_UnderEmbargo_403AndNoPdfTag()
    {
        var item = await ItemAsync(i => i.EmbargoUntil is not null);
        using var client = Client();

        Assert.Equal(HttpStatusCode.Forbidden, (await client.GetAsync(LibraryLinks.File(item.Id))).StatusCode);
        var html = await (await client.GetAsync(LibraryLinks.Item(item.Id))).Content.ReadAsStringAsync();
        Assert.Empty(Meta(html, "citation_pdf_url"));
        Assert.Single(Meta(html, "citation_title"));
    }

    [Fact]
    public async Task File_InlineAndDownload_PdfWithCounterRules()
    {
        var item = await ItemAsync(i => i.Status == LibraryItemStatus.Published && i.EmbargoUntil is null);
        var before = await DownloadsAsync(item.Id);
        using var reader = Client();
        using var robot = Client("Mozilla/5.0 (compatible; Googlebot/2.1; +http://www.google.com/bot.html)");

        var inline = await reader.GetAsync(LibraryLinks.File(item.Id));
        var download = await reader.GetAsync(LibraryLinks.Download(item.Id));
        var crawled = await robot.GetAsync(LibraryLinks.Download(item.Id));

        Assert.Equal("application/pdf", inline.Content.Headers.ContentType?.MediaType);
        Assert.Null(inline.Content.Headers.ContentDisposition?.FileName);
        Assert.Equal("attachment", download.Content.Headers.ContentDisposition?.DispositionType);
        Assert.Equal(HttpStatusCode.OK, crawled.StatusCode);
        Assert.Equal("%PDF", System.Text.Encoding.ASCII.GetString((await download.Content.ReadAsByteArrayAsync())[..4]));
        // The reader's two requests within 30 seconds count once; the robot's not at all.
        Assert.Equal(before + 1, await DownloadsAsync(item.Id));
    }

    [Fact]
    public async Task FileVersions_BothServed_CurrentIsTheLatest()
    {
        var item = await ItemAsync(i => i.Files.Count == 2);
        using var client = Client();

        var first = await client.GetByteArrayAsync(LibraryLinks.Version(item.Id, 1));
        var second = await client.GetByteArrayAsync(LibraryLinks.Version(item.Id, 2));
        var current = await client.GetByteArrayAsync(LibraryLinks.File(item.Id));

        Assert.NotEqual(first, second);
        Assert.Equal(second, current);
        Assert.Equal(HttpStatusCode.NotFound, (await client.GetAsync(LibraryLinks.Version(item.Id, 3))).StatusCode);
    }

    [Fact]
    public async Task Citations_BibTexAndRis_AndPersistentIdResolves()
    {
        var item = await ItemAsync(i => i.Status == LibraryItemStatus.Published);
        using var client = Client();

        var bib = await client.GetAsync(LibraryLinks.Citation(item.Id, "bib"));
        var ris = await client.GetAsync(LibraryLinks.Citation(item.Id, "ris"));
        var resolved = await client.GetAsync($"/library/id/{item.IdentifierYear}/{item.IdentifierNumber:D6}");

        Assert.Equal("application/x-bibtex", bib.Content.Headers.ContentType?.MediaType);
        Assert.StartsWith($"@misc{{egovlib{item.IdentifierYear}{item.IdentifierNumber:D6},", await bib.Content.ReadAsStringAsync(), StringComparison.Ordinal);
        Assert.StartsWith("TY  - GEN\r\n", await ris.Content.ReadAsStringAsync(), StringComparison.Ordinal);
        Assert.Equal(HttpStatusCode.MovedPermanently, resolved.StatusCode);
        Assert.Equal(LibraryLinks.Item(item.Id), resolved.Headers.Location?.OriginalString);
        Assert.Equal(HttpStatusCode.NotFound, (await client.GetAsync("/library/id/1999/000001")).StatusCode);
    }

    [Fact]
    public async Task StatisticsCsv_LibrarianOnly()
    {
        using var visitor = Client();
        Assert.Equal(HttpStatusCode.Forbidden, (await visitor.GetAsync(LibraryLinks.StatisticsCsv)).StatusCode);

        using var librarian = portal.CreateSessionClient();
        await librarian.SignInAsync(LibraryDemoData.LibrarianEmail, EGov.Collab.Data.Seeding.DemoData.Password);
        var response = await librarian.GetAsync(LibraryLinks.StatisticsCsv);
        var csv = await response.Content.ReadAsStringAsync();

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.StartsWith("identifier,title,month,views,downloads", csv.TrimStart('\uFEFF'), StringComparison.Ordinal);
        Assert.Matches(@"egov:lib/20\d\d/\d{6},.+,20\d\d-\d\d,\d+,\d+", csv);
    }

    [Fact]
    public async Task Browse_FacetFilter_CountsAndItemsOfThatCollection()
    {
        using var client = Client();

        var html = await (await client.GetAsync("/library?collection=legislation&sort=title")).Content.ReadAsStringAsync();

        Assert.Contains("aria-current=\"true\" class=\"library-facet-selected\" data-value=\"legislation\"", html, StringComparison.Ordinal);
        // The collection facet counts exactly the items the filtered list holds.
        var facetCount = System.Text.RegularExpressions.Regex.Match(html, "data-value=\"legislation\"[^>]*>[^<]*</a>\\s*<span class=\"library-facet-count\"[^>]* data-count=\"(?<n>\\d+)\"").Groups["n"].Value;
        var listed = System.Text.RegularExpressions.Regex.Count(html, "data-item=\"");
        Assert.Equal(listed.ToString(System.Globalization.CultureInfo.InvariantCulture), facetCount);
        Assert.True(listed > 0);
    }
}
