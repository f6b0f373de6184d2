using EGov.Collab.App.Cities;
using EGov.Collab.Domain.Common;
using static EGov.Collab.Tests.Integration.Cities.FakeCityContributor;

namespace EGov.Collab.Tests.Integration.Cities;

/// <summary>Gathering from the modules' contributors, with small fakes for the modules not merged yet.</summary>
public sealed class CityContributionsTests
{
    private static readonly Guid City = Guid.NewGuid();
    private static readonly Guid Peer = Guid.NewGuid();
    private static readonly Guid Stranger = Guid.NewGuid();

    [Fact]
    public async Task ForCommunity_NoContributors_EveryExpectedModuleSaysNotBuilt()
    {
        var sections = await new CityContributions([]).ForCommunityAsync(City);

        Assert.Equal(CityContributions.Expected, sections.Select(s => s.Module));
        Assert.All(sections, s => Assert.False(s.IsBuilt));
    }

    [Fact]
    public async Task ForCommunity_OneModuleBuilt_ItsItemsOfThisCommunityOnly_OthersNotBuilt()
    {
        var own = Item(ModuleKey.Practices, "practice", "Онлайн-запис до ЦНАП", City, "SERV.1");
        var practices = new FakeCityContributor(ModuleKey.Practices, own, Item(ModuleKey.Practices, "practice", "Чужа", Peer));

        var sections = await new CityContributions([practices]).ForCommunityAsync(City);

        var built = Assert.Single(sections, s => s.IsBuilt);
        Assert.Equal(ModuleKey.Practices, built.Module);
        Assert.Equal(new[] { own }, built.Items);
        Assert.Equal(new[] { ModuleKey.Projects, ModuleKey.Methodology, ModuleKey.Library }, sections.Where(s => !s.IsBuilt).Select(s => s.Module));
    }

    [Fact]
    public async Task ForCommunity_TwoContributorsOfOneModule_ItemsMerged()
    {
        var listing = Item(ModuleKey.Projects, "listing", "Трембіта для громади", City);
        var interest = Item(ModuleKey.Projects, "interest", "Е-петиції", City);

        var sections = await new CityContributions([new FakeCityContributor(ModuleKey.Projects, listing), new FakeCityContributor(ModuleKey.Projects, interest)])
            .ForCommunityAsync(City);

        Assert.Equal(2, sections.Single(s => s.Module == ModuleKey.Projects).Items.Count);
    }

    [Fact]
    public async Task Addressing_OnlyItemsForTheCodeAmongPeers_AndCommunityLessItems()
    {
        var peerPractice = Item(ModuleKey.Practices, "practice", "ЦНАП онлайн", Peer, "SERV.2");
        var strangerPractice = Item(ModuleKey.Practices, "practice", "Чужа практика", Stranger, "SERV");
        var otherComponent = Item(ModuleKey.Practices, "practice", "Кадри", Peer, "CAP.1");
        var project = Item(ModuleKey.Projects, "listing", "Платформа послуг", null, "SERV");
        var practices = new FakeCityContributor(ModuleKey.Practices, peerPractice, strangerPractice, otherComponent);

        var items = await new CityContributions([practices, new FakeCityContributor(ModuleKey.Projects, project)]).AddressingAsync("SERV", [Peer]);

        Assert.Equal(new[] { project, peerPractice }, items);
        Assert.Equal(new[] { Peer }, Assert.Single(practices.AskedAmong));
    }
}
