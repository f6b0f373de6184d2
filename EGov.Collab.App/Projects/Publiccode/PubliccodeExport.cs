using System.Globalization;
using EGov.Collab.Domain.Projects;
using YamlDotNet.RepresentationModel;

namespace EGov.Collab.App.Projects.Publiccode;

/// <summary>Writes a listing as publiccode.yml (standard 0.4 plus the <c>ua</c> section), readable back by <see cref="PubliccodeImport"/>.</summary>
public static class PubliccodeExport
{
    public static string Write(ListingContent content)
    {
        var root = new YamlMappingNode { { "publiccodeYmlVersion", Quoted(PubliccodeKeys.Version) } };
        root.Add("name", content.Title(english: true));
        if (content.RepositoryUrl.Length > 0) root.Add("url", content.RepositoryUrl);
        if (content.Platforms.Count > 0) root.Add("platforms", Sequence(content.Platforms));
        if (content.Categories.Count > 0) root.Add("categories", Sequence(content.Categories));
        if (content.DevelopmentStatus is { } status) root.Add("developmentStatus", status.Name());
        root.Add("softwareType", "standalone/web");

        var description = new YamlMappingNode { { "uk", Description(content.TitleUk, content.DescriptionUk) } };
        if (content.TitleEn.Length > 0 || content.DescriptionEn.Length > 0)
            description.Add("en", Description(content.TitleEn, content.DescriptionEn));
        root.Add("description", description);

        if (content.Licence.Length > 0) root.Add("legal", new YamlMappingNode { { "license", content.Licence } });
        if (content.Maintenance is not null || content.ContactName.Length > 0 || content.ContactEmail.Length > 0)
        {
            var maintenance = new YamlMappingNode();
            if (content.Maintenance is { } type) maintenance.Add("type", type.Name());
            if (content.ContactName.Length > 0 || content.ContactEmail.Length > 0)
            {
                var contact = new YamlMappingNode();
                if (content.ContactName.Length > 0) contact.Add("name", content.ContactName);
                if (content.ContactEmail.Length > 0) contact.Add("email", content.ContactEmail);
                maintenance.Add("contacts", new YamlSequenceNode(contact));
            }
            root.Add("maintenance", maintenance);
        }
        root.Add("localisation", new YamlMappingNode
        {
            { "localisationReady", "true" },
            { "availableLanguages", Sequence(content.TitleEn.Length > 0 ? ["uk", "en"] : ["uk"]) },
        });

        var country = new YamlMappingNode
        {
            { "kind", PubliccodeKeys.Name(content.Kind) },
            { "direction", PubliccodeKeys.Name(content.Direction) },
        };
        if (content.BudgetMin is not null || content.BudgetMax is not null)
        {
            var budget = new YamlMappingNode();
            if (content.BudgetMin is { } min) budget.Add("min", min.ToString(CultureInfo.InvariantCulture));
            if (content.BudgetMax is { } max) budget.Add("max", max.ToString(CultureInfo.InvariantCulture));
            budget.Add("currency", "UAH");
            country.Add("budget", budget);
        }
        var levels = PubliccodeKeys.Names(content.Levels).ToList();
        if (levels.Count > 0) country.Add("governmentLevels", Sequence(levels));
        if (content.RegionCodes.Count > 0) country.Add("regions", Sequence(content.RegionCodes));
        if (content.ReadinessCodes.Count > 0) country.Add("readinessCodes", Sequence(content.ReadinessCodes));
        root.Add(PubliccodeKeys.Country, country);

        using var writer = new StringWriter(CultureInfo.InvariantCulture);
        new YamlStream(new YamlDocument(root)).Save(writer, assignAnchors: false);
        var text = writer.ToString();
        // YamlStream ends a document with "...": publiccode.yml files are single documents without the marker.
        return text.EndsWith("...\n", StringComparison.Ordinal) || text.EndsWith("...\r\n", StringComparison.Ordinal)
            ? text[..text.LastIndexOf("...", StringComparison.Ordinal)]
            : text;
    }

    private static YamlMappingNode Description(string title, string text)
    {
        var node = new YamlMappingNode();
        if (title.Length > 0) node.Add("localisedName", title);
        if (text.Length > 0)
        {
            node.Add("shortDescription", text.Length <= 150 ? text : string.Concat(text.AsSpan(0, 149), "…"));
            node.Add("longDescription", text);
        }
        return node;
    }

    private static YamlSequenceNode Sequence(IEnumerable<string> items) => new(items.Select(i => new YamlScalarNode(i)));

    private static YamlScalarNode Quoted(string value) => new(value) { Style = YamlDotNet.Core.ScalarStyle.DoubleQuoted };
}
