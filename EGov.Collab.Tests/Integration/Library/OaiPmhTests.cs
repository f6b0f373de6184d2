using System.Net;
using System.Xml.Linq;
using EGov.Collab.App.Library;
using EGov.Collab.Data;
using EGov.Collab.Domain.Library;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace EGov.Collab.Tests.Integration.Library;

/// <summary>The OAI-PMH 2.0 endpoint, exercised over HTTP as a harvester would: every verb, every page, every error.</summary>
[Collection(LibraryPortal.Name)]
public sealed class OaiPmhTests(LibraryPortalFactory portal)
{
    private static readonly XNamespace Oai = "http://www.openarchives.org/OAI/2.0/";
    private static readonly XNamespace Dc = "http://purl.org/dc/elements/1.1/";

    private async Task<XDocument> GetAsync(string query)
    {
        using var client = portal.CreateClient();
        var response = await client.GetAsync("/oai?" + query);
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("text/xml", response.Content.Headers.ContentType?.MediaType);
        return XDocument.Parse(await response.Content.ReadAsStringAsync());
    }

    private static string? ErrorCode(XDocument document) => document.Root!.Element(Oai + "error")?.Attribute("code")?.Value;

    private async Task<(int Published, int Withdrawn)> EverPublishedAsync()
    {
        await using var scope = portal.Services.CreateAsyncScope();
        await using var db = await scope.ServiceProvider.GetRequiredService<IDbContextFactory<CollabDbContext>>().CreateDbContextAsync();
        return (await db.LibraryItems.CountAsync(i => i.Status == LibraryItemStatus.Published),
            await db.LibraryItems.CountAsync(i => i.Status == LibraryItemStatus.Withdrawn));
    }

    [Fact]
    public async Task Identify_DescribesRepository_PersistentDeletionsAndSecondsGranularity()
    {
        var document = await GetAsync("verb=Identify");

        var identify = document.Root!.Element(Oai + "Identify")!;
        Assert.Equal("https://egov.example/oai", identify.Element(Oai + "baseURL")!.Value);
        Assert.Equal("2.0", identify.Element(Oai + "protocolVersion")!.Value);
        Assert.Equal("persistent", identify.Element(Oai + "deletedRecord")!.Value);
        Assert.Equal("YYYY-MM-DDThh:mm:ssZ", identify.Element(Oai + "granularity")!.Value);
        Assert.Equal("Identify", document.Root.Element(Oai + "request")!.Attribute("verb")!.Value);
    }

    [Fact]
    public async Task ListRecords_HarvestPageByPage_EveryRecordOnceWithCursorAndSize()
    {
        var (published, withdrawn) = await EverPublishedAsync();
        var expected = published + withdrawn;
        Assert.True(expected > 2 * LibraryPortalFactory.OaiPageSize, "The demo library should need at least three pages.");

        var identifiers = new List<string>();
        var deleted = 0;
        var query = "verb=ListRecords&metadataPrefix=oai_dc";
        var pages = 0;
        while (true)
        {
            var document = await GetAsync(query);
            Assert.Null(ErrorCode(document));
            var list = document.Root!.Element(Oai + "ListRecords")!;
            var records = list.Elements(Oai + "record").ToList();
            Assert.InRange(records.Count, 1, LibraryPortalFactory.OaiPageSize);
            var token = list.Element(Oai + "resumptionToken")!;
            Assert.Equal(expected.ToString(System.Globalization.CultureInfo.InvariantCulture), token.Attribute("completeListSize")!.Value);
            Assert.Equal(identifiers.Count.ToString(System.Globalization.CultureInfo.InvariantCulture), token.Attribute("cursor")!.Value);
            foreach (var record in records)
            {
                var header = record.Element(Oai + "header")!;
                identifiers.Add(header.Element(Oai + "identifier")!.Value);
                Assert.NotNull(header.Element(Oai + "setSpec"));
                if (header.Attribute("status")?.Value == "deleted")
                {
                    deleted++;
                    Assert.Null(record.Element(Oai + "metadata"));
                }
                else
                {
                    var dc = record.Element(Oai + "metadata")!.Elements().Single();
                    Assert.NotEmpty(dc.Elements(Dc + "title"));
                    Assert.NotEmpty(dc.Elements(Dc + "creator"));
                    Assert.StartsWith("https://creativecommons.org/", dc.Elements(Dc + "rights").First().Value, StringComparison.Ordinal);
                }
            }
            pages++;
            if (token.Value.Length == 0) break;
            Assert.NotNull(token.Attribute("expirationDate"));
            query = "verb=ListRecords&resumptionToken=" + Uri.EscapeDataString(token.Value);
        }

        Assert.Equal(expected, identifiers.Count);
        Assert.Equal(identifiers.Count, identifiers.Distinct().Count());
        Assert.Equal(withdrawn, deleted);
        Assert.Equal((expected + LibraryPortalFactory.OaiPageSize - 1) / LibraryPortalFactory.OaiPageSize, pages);
        Assert.All(identifiers, id => Assert.Matches("^oai:egov.example:egov:lib/20[0-9]{2}/[0-9]{6}$", id));
    }

    [Fact]
    public async Task ListIdentifiers_BySet_OnlyThatCollection()
    {
        var all = await GetAsync("verb=ListIdentifiers&metadataPrefix=oai_dc&set=legislation");

        var headers = all.Root!.Element(Oai + "ListIdentifiers")!.Elements(Oai + "header").ToList();
        Assert.NotEmpty(headers);
        Assert.All(headers, h => Assert.Equal("legislation", h.Element(Oai + "setSpec")!.Value));
    }

    [Fact]
    public async Task ListSets_CollectionsAsSets()
    {
        var document = await GetAsync("verb=ListSets");

        var specs = document.Root!.Element(Oai + "ListSets")!.Elements(Oai + "set").Select(s => s.Element(Oai + "setSpec")!.Value).ToList();
        Assert.Contains("legislation", specs);
        Assert.True(specs.Count >= 4);
    }

    [Fact]
    public async Task GetRecord_Published_DublinCoreWithLanguages_AndWithdrawnIsDeleted()
    {
        var identifiers = (await GetAsync("verb=ListIdentifiers&metadataPrefix=oai_dc")).Root!.Element(Oai + "ListIdentifiers")!.Elements(Oai + "header").ToList();
        var live = identifiers.First(h => h.Attribute("status") is null).Element(Oai + "identifier")!.Value;

        var record = (await GetAsync("verb=GetRecord&metadataPrefix=oai_dc&identifier=" + Uri.EscapeDataString(live))).Root!.Element(Oai + "GetRecord")!.Element(Oai + "record")!;

        var dc = record.Element(Oai + "metadata")!.Elements().Single();
        Assert.Contains(dc.Elements(Dc + "title"), t => t.Attribute(XNamespace.Xml + "lang")?.Value is "uk" or "en");
        Assert.Contains(dc.Elements(Dc + "identifier"), i => i.Value.StartsWith("https://egov.example/library/items/", StringComparison.Ordinal));
    }

    [Fact]
    public async Task ListRecords_FromAfterEverything_NoRecordsMatch()
    {
        var document = await GetAsync("verb=ListRecords&metadataPrefix=oai_dc&from=2100-01-01T00:00:00Z");

        Assert.Equal("noRecordsMatch", ErrorCode(document));
    }

    [Fact]
    public async Task ListIdentifiers_UntilBeforeEverything_NoRecordsMatch_FromUntilDayGranularityAccepted()
    {
        Assert.Equal("noRecordsMatch", ErrorCode(await GetAsync("verb=ListIdentifiers&metadataPrefix=oai_dc&until=2000-01-01")));
        Assert.Null(ErrorCode(await GetAsync("verb=ListIdentifiers&metadataPrefix=oai_dc&from=2000-01-01&until=2100-12-31")));
    }

    [Theory]
    [InlineData("", "badVerb")]
    [InlineData("verb=Harvest", "badVerb")]
    [InlineData("verb=Identify&verb=Identify", "badVerb")]
    [InlineData("verb=Identify&extra=1", "badArgument")]
    [InlineData("verb=ListRecords", "badArgument")]
    [InlineData("verb=GetRecord&metadataPrefix=oai_dc", "badArgument")]
    [InlineData("verb=ListRecords&metadataPrefix=oai_dc&from=yesterday", "badArgument")]
    [InlineData("verb=ListRecords&metadataPrefix=oai_dc&from=2026-01-01&until=2026-12-31T00:00:00Z", "badArgument")]
    [InlineData("verb=ListRecords&metadataPrefix=oai_dc&from=2026-02-01&until=2026-01-01", "badArgument")]
    [InlineData("verb=ListRecords&metadataPrefix=oai_dc&metadataPrefix=oai_dc", "badArgument")]
    [InlineData("verb=ListRecords&metadataPrefix=oai_dc&resumptionToken=abc", "badArgument")]
    [InlineData("verb=ListRecords&resumptionToken=forged-token", "badResumptionToken")]
    [InlineData("verb=ListSets&resumptionToken=anything", "badResumptionToken")]
    [InlineData("verb=ListRecords&metadataPrefix=marc21", "cannotDisseminateFormat")]
    [InlineData("verb=GetRecord&metadataPrefix=oai_dc&identifier=oai:egov.example:egov:lib/1999/000001", "idDoesNotExist")]
    [InlineData("verb=GetRecord&metadataPrefix=oai_dc&identifier=not-an-identifier", "idDoesNotExist")]
    [InlineData("verb=ListMetadataFormats&identifier=oai:egov.example:egov:lib/1999/000001", "idDoesNotExist")]
    [InlineData("verb=ListRecords&metadataPrefix=oai_dc&set=no-such-collection", "noRecordsMatch")]
    public async Task Errors_AsTheProtocolSays(string query, string code)
    {
        var document = await GetAsync(query);

        Assert.Equal(code, ErrorCode(document));
        var request = document.Root!.Element(Oai + "request")!;
        Assert.Equal("https://egov.example/oai", request.Value);
        if (code is "badVerb" or "badArgument") Assert.Empty(request.Attributes());
    }

    [Fact]
    public async Task ResumptionToken_Altered_BadResumptionToken()
    {
        var first = await GetAsync("verb=ListIdentifiers&metadataPrefix=oai_dc");
        var token = first.Root!.Element(Oai + "ListIdentifiers")!.Element(Oai + "resumptionToken")!.Value;
        var altered = token[..^2] + (token[^2] == 'A' ? "B" : "A") + token[^1];

        Assert.Equal("badResumptionToken", ErrorCode(await GetAsync("verb=ListIdentifiers&resumptionToken=" + Uri.EscapeDataString(altered))));
        // A token of one verb does not continue another.
        Assert.Equal("badResumptionToken", ErrorCode(await GetAsync("verb=ListRecords&resumptionToken=" + Uri.EscapeDataString(token))));
    }

    [Fact]
    public async Task WithdrawnItem_NoMetadataFormats_AndDeletedInGetRecord()
    {
        var headers = (await GetAsync("verb=ListIdentifiers&metadataPrefix=oai_dc")).Root!.Element(Oai + "ListIdentifiers")!.Elements(Oai + "header");
        var deleted = headers.First(h => h.Attribute("status")?.Value == "deleted").Element(Oai + "identifier")!.Value;

        Assert.Equal("noMetadataFormats", ErrorCode(await GetAsync("verb=ListMetadataFormats&identifier=" + Uri.EscapeDataString(deleted))));
        var record = (await GetAsync("verb=GetRecord&metadataPrefix=oai_dc&identifier=" + Uri.EscapeDataString(deleted))).Root!.Element(Oai + "GetRecord")!.Element(Oai + "record")!;
        Assert.Equal("deleted", record.Element(Oai + "header")!.Attribute("status")!.Value);
        Assert.Null(record.Element(Oai + "metadata"));
    }

    [Fact]
    public async Task Post_FormArguments_SameAsGet()
    {
        using var client = portal.CreateClient();
        var response = await client.PostAsync("/oai", new FormUrlEncodedContent([new("verb", "ListMetadataFormats")]));

        var document = XDocument.Parse(await response.Content.ReadAsStringAsync());
        Assert.Equal("oai_dc", document.Root!.Element(Oai + "ListMetadataFormats")!.Element(Oai + "metadataFormat")!.Element(Oai + "metadataPrefix")!.Value);
    }
}
