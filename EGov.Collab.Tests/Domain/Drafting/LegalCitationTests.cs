using EGov.Collab.Domain.Drafting;
using EGov.Collab.Domain.Drafting.Editing;

namespace EGov.Collab.Tests.Domain.Drafting;

public sealed class LegalCitationTests
{
    [Fact]
    public void Cite_NamesEveryProvision_WithTheProvisionsThatContainIt()
    {
        var text = DraftTemplates.Of(
            (ProvisionKind.Title, "Закон"),
            (ProvisionKind.Section, "Загальні положення"),
            (ProvisionKind.Article, "Терміни"),
            (ProvisionKind.Part, "Перша частина."),
            (ProvisionKind.Article, "Сфера дії"),
            (ProvisionKind.Part, "Перша."),
            (ProvisionKind.Part, "Друга:"),
            (ProvisionKind.Item, "реєстр;"),
            (ProvisionKind.Item, "портал."),
            (ProvisionKind.Paragraph, "Пояснення."));

        var cited = LegalCitation.Cite(text);
        string Of(int index) => cited[text.Provisions[index].Id];

        Assert.Equal("", Of(0));
        Assert.Equal("Розділ I", Of(1));
        Assert.Equal("Стаття 1", Of(2));
        Assert.Equal("Стаття 1, частина 1", Of(3));
        Assert.Equal("Стаття 2, частина 2", Of(6));
        Assert.Equal("Стаття 2, частина 2, пункт 2", Of(8));
        Assert.Equal("Стаття 2, частина 2, пункт 2", Of(9));
    }

    [Fact]
    public void Cite_PartsAndItemsOutsideAnArticle_StandAlone()
    {
        var text = DraftTemplates.Of((ProvisionKind.Part, "Перша."), (ProvisionKind.Item, "пункт."));

        var cited = LegalCitation.Cite(text);

        Assert.Equal("частина 1", cited[text.Provisions[0].Id]);
        Assert.Equal("частина 1, пункт 1", cited[text.Provisions[1].Id]);
    }
}
