using EGov.Collab.App.Projects.Publiccode;
using EGov.Collab.Domain.Projects;
using EGov.Collab.Tests.Domain.Projects;

namespace EGov.Collab.Tests.Integration.Projects;

public sealed class PubliccodeTests
{
    [Fact]
    public void Export_ThenImport_GivesTheSameListing()
    {
        var content = ProjectsTestData.Content() with
        {
            DescriptionUk = "Рядок перший: з двокрапкою, «лапками» і 'апострофом'.\n- не список\n# не коментар",
            Categories = ["yes", "123", "null"],
        };

        var yaml = PubliccodeExport.Write(content);
        var imported = PubliccodeImport.Parse(yaml);

        Assert.True(imported.IsSuccess, string.Join("; ", imported.Problems));
        ProjectsTestData.AssertSameContent(content, imported.Content!);
        Assert.Contains("developmentStatus: stable", yaml, StringComparison.Ordinal);
        Assert.Contains("license: EUPL-1.2", yaml, StringComparison.Ordinal);
    }

    [Fact]
    public void Export_ThenImport_MinimalIdeaRequest_KeepsKindAndDirection()
    {
        var content = ListingContent.Create(ListingKind.Idea, ListingDirection.Request, "Ідея", "", "Опис ідеї", "", null, null, "", "",
            [], [], "", "", null, 5000m, GovernmentLevels.National, [], []).Value;

        var imported = PubliccodeImport.Parse(PubliccodeExport.Write(content));

        Assert.True(imported.IsSuccess, string.Join("; ", imported.Problems));
        ProjectsTestData.AssertSameContent(content, imported.Content!);
    }

    [Theory]
    [InlineData("name: [unclosed")]
    [InlineData("a: b\n  c: d\n e")]
    public void Import_NotYaml_OneMessage(string text)
    {
        var result = PubliccodeImport.Parse(text);

        Assert.Null(result.Content);
        Assert.Equal("Projects.Yaml.NotYaml", Assert.Single(result.Problems).Code);
    }

    [Fact]
    public void Import_ScalarDocument_NotAMapping() =>
        Assert.Equal("Projects.Yaml.NotMapping", Assert.Single(PubliccodeImport.Parse("just text").Problems).Code);

    [Fact]
    public void Import_UnknownKeysAndWrongStatus_OneMessagePerField()
    {
        const string yaml = """
            publiccodeYmlVersion: "0.4"
            name: Черга
            developmentStatus: finished
            colour: blue
            description:
              uk:
                longDescription: Опис
                slogan: Найкраща
            legal:
              license: MIT
            """;

        var result = PubliccodeImport.Parse(yaml);

        Assert.Null(result.Content);
        Assert.Equal(
            [("Projects.Yaml.UnknownKey", "colour"), ("Projects.Yaml.UnknownKey", "description.uk.slogan"), ("Projects.Yaml.Status", "developmentStatus")],
            result.Problems.Select(p => (p.Code, p.Field)).OrderBy(p => p.Field, StringComparer.Ordinal));
    }

    [Fact]
    public void Import_ListingRuleBroken_ReportedOnTheYamlKey()
    {
        const string yaml = """
            name: Черга
            url: ftp://example.org/queue
            description:
              uk:
                longDescription: Опис
            """;

        var problem = Assert.Single(PubliccodeImport.Parse(yaml).Problems);

        Assert.Equal(("Projects.Error.RepositoryUrl", "url"), (problem.Code, problem.Field));
    }

    [Fact]
    public void Import_AboveTheLimit_RefusedUnread()
    {
        var huge = "name: x\n" + new string('#', PubliccodeImport.MaxLength);

        Assert.Equal("Projects.Yaml.TooLarge", Assert.Single(PubliccodeImport.Parse(huge).Problems).Code);
    }
}
