using System.Net;
using EGov.Collab.App.Cities;
using EGov.Collab.App.Practices;
using EGov.Collab.Data;
using EGov.Collab.Domain.Practices;
using EGov.Collab.Tests.Support;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace EGov.Collab.Tests.Integration.Practices;

/// <summary>Facet counts, the map's region counts and the exports, checked against the published practices in the database.</summary>
[Collection(SharedPortal.Name)]
public sealed class PracticesCatalogueTests(PortalFactory portal)
{
    [Theory]
    [InlineData("")]
    [InlineData("?technology=QUEUE")]
    [InlineData("?cofog=01&proven=1")]
    [InlineData("?region=UA46000000000026241&sdg=SDG16")]
    public async Task Search_EveryFacetCount_MatchesTheDatabase(string query)
    {
        var filter = PracticeFilter.Parse(query);
        var view = await Service<PracticeCatalogue>().SearchAsync(filter);
        var (published, conceptsOf, concepts) = await PublishedAsync();

        bool Matches(Practice p, ConceptScheme? except) =>
            (!filter.ProvenOnly || p.IsProven)
            && (except == ConceptScheme.Region || filter.Regions.Count == 0 || filter.Regions.Contains(p.RegionCode!))
            && filter.Notations.All(n => n.Key == except || n.Value.Any(notation => conceptsOf[p.Id].Overlaps(Under(concepts, n.Key, notation))));

        Assert.Equal(published.Where(p => Matches(p, null)).Select(p => p.Id).Order(), view.Items.Select(i => i.Id).Order());
        Assert.NotEmpty(view.Items);
        foreach (var (scheme, values) in view.Facets.Where(f => f.Key != ConceptScheme.Region))
        {
            foreach (var value in values)
            {
                var expected = published.Count(p => Matches(p, scheme) && conceptsOf[p.Id].Overlaps(Under(concepts, scheme, value.Concept.Notation)));
                Assert.True(expected == value.Count, $"{scheme} {value.Concept.Notation}: expected {expected}, shown {value.Count}");
            }
        }
        foreach (var region in EGov.Collab.Domain.Common.Regions.All)
        {
            Assert.Equal(published.Count(p => Matches(p, ConceptScheme.Region) && p.RegionCode == region.Code), view.RegionCounts.GetValueOrDefault(region.Code));
        }
    }

    [Fact]
    public async Task Search_NoFilter_CountsEveryRegionOfTheDemoAndSumsToTheList()
    {
        var view = await Service<PracticeCatalogue>().SearchAsync(PracticeFilter.None);

        Assert.True(view.Items.Count >= 25);
        Assert.True(view.RegionCounts.Count >= 20, $"Only {view.RegionCounts.Count} regions have practices.");
        Assert.Equal(view.Items.Count(i => i.RegionCode is not null), view.RegionCounts.Values.Sum());
        Assert.True(view.Items.Count(i => i.JuryScore is not null) >= 2);
        Assert.True(view.Items.Count(i => i.Replications > 0) >= 3);
    }

    [Fact]
    public async Task ExportCsv_SameRowsAsTheCatalogue_EmptyFilterAnswers404()
    {
        using var client = portal.CreatePlainClient();
        var view = await Service<PracticeCatalogue>().SearchAsync(PracticeFilter.Parse("?technology=QUEUE"));

        using var csv = await client.GetAsync("/practices/export.csv?technology=QUEUE");
        var lines = (await csv.Content.ReadAsStringAsync()).Split('\n', StringSplitOptions.RemoveEmptyEntries);
        using var xlsx = await client.GetAsync("/practices/export.xlsx?technology=QUEUE");
        using var empty = await client.GetAsync("/practices/export.csv?q=" + Uri.EscapeDataString("немає-такої-практики-" + Guid.NewGuid()));

        Assert.Equal(HttpStatusCode.OK, csv.StatusCode);
        Assert.Equal(view.Items.Count + 1, lines.Length);
        Assert.All(view.Items, item => Assert.Contains(lines, l => l.Contains(item.TitleUk, StringComparison.Ordinal)));
        Assert.Equal("PK", System.Text.Encoding.ASCII.GetString(await xlsx.Content.ReadAsByteArrayAsync(), 0, 2));
        Assert.Equal(HttpStatusCode.NotFound, empty.StatusCode);
        Assert.False(string.IsNullOrWhiteSpace(await empty.Content.ReadAsStringAsync()));
    }

    [Fact]
    public async Task PracticePage_UnknownId_Answers404_PublishedAnswers200()
    {
        using var client = portal.CreatePlainClient();
        var published = (await Service<PracticeCatalogue>().SearchAsync(PracticeFilter.None)).Items[0];

        var (missing, _) = await client.GetPageAsync($"/practices/{Guid.NewGuid()}");
        var (found, body) = await client.GetPageAsync($"/practices/{published.Id}");

        Assert.Equal(HttpStatusCode.NotFound, missing);
        Assert.Equal(HttpStatusCode.OK, found);
        Assert.Contains(published.TitleUk, body, StringComparison.Ordinal);
    }

    [Fact]
    public async Task CityContributor_AddressingAComponent_GivesPracticesAndReplicationsTaggedWithIt()
    {
        var contributor = portal.Services.CreateScope().ServiceProvider.GetServices<ICityContributor>().Single(c => c.Module == EGov.Collab.Domain.Common.ModuleKey.Practices);
        await using var db = Db();
        var lviv = await db.Communities.SingleAsync(c => c.NameUk == "Львів");

        var all = await contributor.AddressingAsync(["PART"], null, CancellationToken.None);
        var peers = await contributor.AddressingAsync(["SERV.1"], [lviv.Id], CancellationToken.None);
        var own = await contributor.ForCommunityAsync(lviv.Id, CancellationToken.None);

        Assert.NotEmpty(all);
        Assert.All(all, i => Assert.True(i.Addresses("PART")));
        Assert.Contains(all, i => i.Kind == PracticesCityContributor.ReplicationKind);
        Assert.All(peers, i => Assert.Equal(lviv.Id, i.CommunityId));
        Assert.Contains(own, i => i.Kind == PracticesCityContributor.PracticeKind);
        Assert.Contains(own, i => i.Kind == PracticesCityContributor.ReplicationKind);
    }

    private static HashSet<Guid> Under(IReadOnlyList<Concept> concepts, ConceptScheme scheme, string notation)
    {
        var set = concepts.Where(c => c.Scheme == scheme && c.Notation == notation).Select(c => c.Id).ToHashSet();
        int before;
        do
        {
            before = set.Count;
            foreach (var c in concepts.Where(c => c.BroaderId is { } b && set.Contains(b))) set.Add(c.Id);
        }
        while (set.Count != before);
        return set;
    }

    private async Task<(List<Practice> Published, Dictionary<Guid, HashSet<Guid>> ConceptsOf, List<Concept> Concepts)> PublishedAsync()
    {
        await using var db = Db();
        var published = await db.Practices.Include(p => p.Concepts).Where(p => p.Status == PracticeStatus.Published).ToListAsync();
        return (published, published.ToDictionary(p => p.Id, p => p.Concepts.Select(c => c.ConceptId).ToHashSet()), await db.PracticeClassifier.ToListAsync());
    }

    private T Service<T>() where T : notnull => portal.Services.CreateScope().ServiceProvider.GetRequiredService<T>();

    private CollabDbContext Db() => portal.Services.GetRequiredService<IDbContextFactory<CollabDbContext>>().CreateDbContext();
}
