using System.Xml.Linq;
using EGov.Collab.App.Library;
using EGov.Collab.App.Library.Oai;
using EGov.Collab.Tests.Support;
using Microsoft.AspNetCore.DataProtection;
using Microsoft.Extensions.Configuration;

namespace EGov.Collab.Tests.Integration.Library;

/// <summary>A repository with no collections yet: the errors that only an empty repository can give.</summary>
public sealed class OaiEmptyRepositoryTests : IDisposable
{
    private static readonly XNamespace Oai = "http://www.openarchives.org/OAI/2.0/";
    private readonly TestDatabase _database = new();

    public void Dispose() => _database.Dispose();

    private async Task<string?> ErrorOfAsync(params (string Key, string Value)[] arguments)
    {
        var configuration = new ConfigurationBuilder().AddInMemoryCollection([new("Portal:PublicUrl", "https://egov.example")]).Build();
        var clock = new TestClock(new DateTimeOffset(2026, 12, 7, 10, 0, 0, TimeSpan.Zero));
        var oai = new OaiRepository(_database.Factory, new OaiTokens(new EphemeralDataProtectionProvider(), clock), new LibraryLinks(configuration), configuration, clock);
        var xml = await oai.HandleAsync(arguments.Select(a => new KeyValuePair<string, string?[]>(a.Key, [a.Value])));
        return XDocument.Parse(xml).Root!.Element(Oai + "error")?.Attribute("code")?.Value;
    }

    [Fact]
    public async Task ListSets_NoCollections_NoSetHierarchy() =>
        Assert.Equal("noSetHierarchy", await ErrorOfAsync(("verb", "ListSets")));

    [Fact]
    public async Task ListRecords_SetWithNoCollections_NoSetHierarchy() =>
        Assert.Equal("noSetHierarchy", await ErrorOfAsync(("verb", "ListRecords"), ("metadataPrefix", "oai_dc"), ("set", "legislation")));

    [Fact]
    public async Task ListIdentifiers_NothingPublished_NoRecordsMatch() =>
        Assert.Equal("noRecordsMatch", await ErrorOfAsync(("verb", "ListIdentifiers"), ("metadataPrefix", "oai_dc")));

    [Fact]
    public async Task Identify_Empty_StillAnswers() =>
        Assert.Null(await ErrorOfAsync(("verb", "Identify")));
}
