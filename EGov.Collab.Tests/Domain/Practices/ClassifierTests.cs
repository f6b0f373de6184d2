using EGov.Collab.Domain.Practices;

namespace EGov.Collab.Tests.Domain.Practices;

public sealed class ClassifierTests
{
    private static Concept New(ConceptScheme scheme, string notation) => Concept.Create(scheme, notation, "Мітка " + notation, "Label " + notation).Value;

    [Fact]
    public void MoveUnder_BroaderOfItsOwnBroader_RefusedAsCycle()
    {
        var a = New(ConceptScheme.Technology, "A");
        var b = New(ConceptScheme.Technology, "B");
        Assert.True(b.MoveUnder(a, new Dictionary<Guid, Guid?> { [a.Id] = null, [b.Id] = null }).IsSuccess);

        var result = a.MoveUnder(b, new Dictionary<Guid, Guid?> { [a.Id] = null, [b.Id] = a.Id });

        Assert.Equal(PracticeErrors.ConceptCycle, result.Error);
        Assert.Null(a.BroaderId);
    }

    [Fact]
    public void MoveUnder_Itself_RefusedAsCycle()
    {
        var a = New(ConceptScheme.Technology, "A");

        Assert.Equal(PracticeErrors.ConceptCycle, a.MoveUnder(a, new Dictionary<Guid, Guid?> { [a.Id] = null }).Error);
    }

    [Fact]
    public void MoveUnder_DeepChain_CycleFoundThroughEveryLink()
    {
        var concepts = Enumerable.Range(0, 5).Select(i => New(ConceptScheme.Cofog, $"C{i}")).ToList();
        var broaderOf = concepts.ToDictionary(c => c.Id, c => (Guid?)null);
        for (var i = 1; i < concepts.Count; i++)
        {
            Assert.True(concepts[i].MoveUnder(concepts[i - 1], broaderOf).IsSuccess);
            broaderOf[concepts[i].Id] = concepts[i - 1].Id;
        }

        Assert.Equal(PracticeErrors.ConceptCycle, concepts[0].MoveUnder(concepts[^1], broaderOf).Error);
        Assert.True(concepts[^1].MoveUnder(concepts[1], broaderOf).IsSuccess);
    }

    [Fact]
    public void MoveUnder_ConceptOfAnotherScheme_Refused()
    {
        var a = New(ConceptScheme.Technology, "A");
        var b = New(ConceptScheme.Cofog, "01");

        Assert.Equal(PracticeErrors.BroaderOtherScheme, a.MoveUnder(b, new Dictionary<Guid, Guid?>()).Error);
    }

    [Theory]
    [InlineData("", "Мітка", "Label")]
    [InlineData("A B", "Мітка", "Label")]
    [InlineData("A", "", "Label")]
    [InlineData("A", "Мітка", " ")]
    public void Create_MissingNotationOrLabel_Refused(string notation, string uk, string en) =>
        Assert.False(Concept.Create(ConceptScheme.Technology, notation, uk, en).IsSuccess);

    [Fact]
    public void RegionOf_KatottgCode_GivesItsFirstLevelUnit()
    {
        Assert.Equal("UA46000000000026241", CommunityRegions.RegionOf("UA46060230000093092"));
        Assert.Equal("UA80000000000093317", CommunityRegions.RegionOf("UA80000000000093317"));
        Assert.Null(CommunityRegions.RegionOf("UA99000000000000000"));
    }
}
