using System.Collections.Immutable;
using EGov.Collab.Domain.Drafting;
using EGov.Collab.Domain.Drafting.Editing;

namespace EGov.Collab.Tests.Domain.Drafting;

public sealed class LegalNumberingTests
{
    private static DraftDocument Law() => DraftTemplates.Of(
        (ProvisionKind.Title, "Закон"),
        (ProvisionKind.Preamble, "Преамбула"),
        (ProvisionKind.Section, "Загальні положення"),
        (ProvisionKind.Chapter, "Терміни"),
        (ProvisionKind.Article, "Визначення"),
        (ProvisionKind.Part, "У цьому Законі:"),
        (ProvisionKind.Item, "перший"),
        (ProvisionKind.Item, "другий"),
        (ProvisionKind.Part, "Друга частина"),
        (ProvisionKind.Item, "знову перший"),
        (ProvisionKind.Article, "Сфера дії"),
        (ProvisionKind.Part, "Частина"),
        (ProvisionKind.Section, "Засади"),
        (ProvisionKind.Chapter, "Принципи"),
        (ProvisionKind.Article, "Принципи"),
        (ProvisionKind.FinalProvisions, "Прикінцеві положення"));

    [Fact]
    public void Number_Law_UsesUkrainianLegalStyle()
    {
        var law = Law();
        var numbers = LegalNumbering.Number(law);

        Assert.Equal(
            ["", "", "Розділ I", "Глава 1", "Стаття 1", "1.", "1)", "2)", "2.", "1)", "Стаття 2", "1.", "Розділ II", "Глава 2", "Стаття 3", "Розділ III"],
            law.Provisions.Select(p => numbers[p.Id]));
    }

    [Fact]
    public void Number_AfterMovingAnArticle_Renumbers()
    {
        var law = Law();
        var articleTwo = law.Provisions[10];
        var moved = new DraftDocument(law.Provisions.RemoveAt(10).Insert(4, articleTwo));

        var numbers = LegalNumbering.Number(moved);

        Assert.Equal("Стаття 1", numbers[articleTwo.Id]);
        Assert.Equal("Стаття 2", numbers[law.Provisions[4].Id]);
        Assert.Equal("Стаття 3", numbers[law.Provisions[14].Id]);
    }

    [Fact]
    public void Number_WithoutSections_LeavesFinalProvisionsUnnumbered()
    {
        var resolution = DraftTemplates.For(DraftKind.CabinetResolution, "Постанова");
        var numbers = LegalNumbering.Number(resolution);

        Assert.Equal(["", "", "1.", "2.", "3."], resolution.Provisions.Select(p => numbers[p.Id]));
        Assert.Empty(LegalNumbering.Number(DraftDocument.Empty));
    }

    [Theory]
    [InlineData(1, "I")]
    [InlineData(4, "IV")]
    [InlineData(9, "IX")]
    [InlineData(14, "XIV")]
    [InlineData(40, "XL")]
    public void Roman_WritesRomanNumerals(int number, string expected) => Assert.Equal(expected, LegalNumbering.Roman(number));

    [Fact]
    public void Line_JoinsNumberAndText()
    {
        Assert.Equal("Стаття 2. Сфера дії", LegalNumbering.Line("Стаття 2", new Provision(Guid.NewGuid(), ProvisionKind.Article, "Сфера дії")));
        Assert.Equal("1) пункт", LegalNumbering.Line("1)", new Provision(Guid.NewGuid(), ProvisionKind.Item, "пункт")));
        Assert.Equal("без номера", LegalNumbering.Line("", new Provision(Guid.NewGuid(), ProvisionKind.Paragraph, "без номера")));
    }

    [Fact]
    public void Number_EveryProvisionHasAnEntry()
    {
        var document = new DraftDocument(Enumerable.Range(0, 50)
            .Select(i => new Provision(Guid.NewGuid(), (ProvisionKind)(i % 10 + 1), $"{i}")).ToImmutableList());
        Assert.Equal(50, LegalNumbering.Number(document).Count);
    }
}
