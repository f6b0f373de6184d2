using EGov.Collab.App.Drafting;
using EGov.Collab.Domain.Drafting;
using EGov.Collab.Domain.Drafting.Editing;
using EGov.Collab.Domain.Methodology;

namespace EGov.Collab.Tests.Domain.Methodology;

public sealed class TemplateStructureTests
{
    private const string Programme = """
        Title: Програма цифрового розвитку {{community}}
        Section: Мета програми
        Paragraph: Послуги {{community}} онлайн до {{yearTo}} року.
        Section: Завдання
        Article: Електронні послуги
        Part: Під'єднати ЦНАП до порталу.
        Item: навчити службовців;
        Item: оприлюднити відкриті дані;
        """;

    [Fact]
    public void Parse_RefusesAnUnknownPlaceholder_NamingIt()
    {
        var result = TemplateStructure.Parse("Title: Програма {{city}}");

        Assert.Equal(MethodologyErrors.UnknownPlaceholder("city"), result.Error);
    }

    [Fact]
    public void Parse_RefusesAnUnknownProvisionKind_NamingTheLine()
    {
        var result = TemplateStructure.Parse("Title: Програма\n\nРозділ: Мета");

        Assert.Equal(MethodologyErrors.UnknownProvisionKind(3), result.Error);
        Assert.Equal(MethodologyErrors.UnknownProvisionKind(1), TemplateStructure.Parse("5: число замість виду").Error);
    }

    [Fact]
    public void Render_GivesProvisions_NumberedByLegalNumbering_WithPlaceholdersFilled()
    {
        var lines = TemplateStructure.Parse(Programme).Value;

        var document = TemplateStructure.Render(lines, new Dictionary<string, string> { ["community"] = "Куликівської громади" });
        var numbers = LegalNumbering.Number(document);
        var rendered = document.Provisions.Select(p => LegalNumbering.Line(numbers[p.Id], p)).ToList();

        Assert.Equal(
        [
            "Програма цифрового розвитку Куликівської громади",
            "Розділ I. Мета програми",
            "Послуги Куликівської громади онлайн до … року.",
            "Розділ II. Завдання",
            "Стаття 1. Електронні послуги",
            "1. Під'єднати ЦНАП до порталу.",
            "1) навчити службовців;",
            "2) оприлюднити відкриті дані;",
        ], rendered);
        Assert.Equal(ProvisionKind.Title, document.Provisions[0].Kind);
        Assert.Equal(document.Provisions.Count, document.Provisions.Select(p => p.Id).Distinct().Count());
    }

    [Fact]
    public void Revise_NumbersVersions_AndRefusesABadStructureWithoutANewVersion()
    {
        var (template, first) = MethodologyTemplate.Create("Типова програма", null, DraftKind.Programme, MethodologyLevel.Community, Programme, null, DateTimeOffset.UnixEpoch).Value;

        Assert.Equal(1, first.Number);
        Assert.False(template.Revise("Title: {{unknown}}", null, DateTimeOffset.UnixEpoch).IsSuccess);
        Assert.Equal(1, template.CurrentVersion);
        Assert.Equal(2, template.Revise(Programme + "\nItem: новий захід;", null, DateTimeOffset.UnixEpoch).Value.Number);
    }

    [Fact]
    public void Align_KeepsIdsOfUnchangedAndEditedLines_SoTheDraftingRedlineShowsWordChanges()
    {
        var older = TemplateStructure.Parse(Programme).Value;
        var newer = TemplateStructure.Parse(Programme.Replace("навчити службовців;", "навчити службовців громади;", StringComparison.Ordinal)
                                            + "\nSection: Фінансування").Value;

        var (before, after) = TemplateStructure.Align(older, newer, new Dictionary<string, string>());
        var redline = Redline.Compare(before, after);

        var edited = redline.Single(p => p.Spans.Any(s => s.Change == RedlineChange.Inserted && s.Text.Contains("громади", StringComparison.Ordinal)));
        Assert.Equal(RedlineChange.Same, edited.Change);
        Assert.Contains(redline, p => p.Change == RedlineChange.Inserted && p.Spans.Single().Text == "Фінансування");
        Assert.Equal(newer.Count - 2, redline.Count(p => p.Spans.All(s => s.Change == RedlineChange.Same)));
    }
}
