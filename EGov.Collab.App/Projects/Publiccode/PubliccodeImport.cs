using System.Globalization;
using EGov.Collab.Domain.Common;
using EGov.Collab.Domain.Projects;
using YamlDotNet.Core;
using YamlDotNet.RepresentationModel;

namespace EGov.Collab.App.Projects.Publiccode;

/// <summary>What an import found: the listing's content when every field was right, and one problem per wrong field.</summary>
public sealed record PubliccodeImportResult(ListingContent? Content, IReadOnlyList<Error> Problems)
{
    public bool IsSuccess => Content is not null && Problems.Count == 0;
}

/// <summary>
/// Reads a publiccode.yml (standard 0.4, plus the <c>ua</c> country section this portal writes: kind, direction, budget,
/// levels of government, regions and readiness codes) into a listing's content. Every problem is reported with the key
/// it concerns: not YAML, an unknown key, a wrong development status, a wrong type, a field the listing refuses.
/// </summary>
public static class PubliccodeImport
{
    /// <summary>A publiccode.yml of a real project is a few kilobytes; anything above this is refused unread.</summary>
    public const int MaxLength = 64 * 1024;

    private static readonly HashSet<string> TopKeys =
    [
        "publiccodeYmlVersion", "name", "applicationSuite", "url", "landingURL", "isBasedOn", "softwareVersion", "releaseDate",
        "logo", "monochromeLogo", "inputTypes", "outputTypes", "platforms", "categories", "usedBy", "roadmap",
        "developmentStatus", "softwareType", "intendedAudience", "description", "legal", "maintenance", "localisation",
        "dependsOn", "it", PubliccodeKeys.Country,
    ];

    private static readonly HashSet<string> DescriptionKeys =
    [
        "localisedName", "genericName", "shortDescription", "longDescription", "documentation", "apiDocumentation",
        "features", "screenshots", "videos", "awards",
    ];

    private static readonly HashSet<string> LegalKeys = ["license", "mainCopyrightOwner", "repoOwner", "authorsFile"];
    private static readonly HashSet<string> MaintenanceKeys = ["type", "contractors", "contacts"];
    private static readonly HashSet<string> ContactKeys = ["name", "email", "phone", "affiliation"];
    private static readonly HashSet<string> CountryKeys = ["kind", "direction", "budget", "governmentLevels", "regions", "readinessCodes"];
    private static readonly HashSet<string> BudgetKeys = ["min", "max", "currency"];

    public static PubliccodeImportResult Parse(string? text)
    {
        var problems = new List<Error>();
        if (string.IsNullOrWhiteSpace(text)) return Fail(new Error("Projects.Yaml.Empty"));
        if (text.Length > MaxLength) return Fail(new Error("Projects.Yaml.TooLarge"));

        YamlMappingNode root;
        try
        {
            var stream = new YamlStream();
            stream.Load(new StringReader(text));
            if (stream.Documents.Count == 0 || stream.Documents[0].RootNode is not YamlMappingNode mapping)
                return Fail(new Error("Projects.Yaml.NotMapping"));
            root = mapping;
        }
        catch (YamlException exception)
        {
            return Fail(new Error("Projects.Yaml.NotYaml", $"line {exception.Start.Line}"));
        }

        var reader = new Reader(problems);
        reader.CheckKeys(root, TopKeys, "");
        var name = reader.Scalar(root, "name", "name");
        var url = reader.Scalar(root, "url", "url");
        var platforms = reader.List(root, "platforms", "platforms");
        var categories = reader.List(root, "categories", "categories");

        DevelopmentStatus? status = null;
        if (reader.Scalar(root, "developmentStatus", "developmentStatus") is { } statusText)
        {
            if (PubliccodeNames.TryParseStatus(statusText, out var parsed)) status = parsed;
            else problems.Add(new Error("Projects.Yaml.Status", "developmentStatus"));
        }

        var description = reader.Mapping(root, "description", "description");
        var uk = description is null ? null : reader.Mapping(description, "uk", "description.uk");
        var en = description is null ? null : reader.Mapping(description, "en", "description.en");
        if (uk is not null) reader.CheckKeys(uk, DescriptionKeys, "description.uk.");
        if (en is not null) reader.CheckKeys(en, DescriptionKeys, "description.en.");
        var titleUk = (uk is null ? null : reader.Scalar(uk, "localisedName", "description.uk.localisedName")) ?? name;
        var titleEn = (en is null ? null : reader.Scalar(en, "localisedName", "description.en.localisedName")) ?? "";
        var textUk = uk is null ? null : reader.Scalar(uk, "longDescription", "description.uk.longDescription") ?? reader.Scalar(uk, "shortDescription", "description.uk.shortDescription");
        var textEn = en is null ? null : reader.Scalar(en, "longDescription", "description.en.longDescription") ?? reader.Scalar(en, "shortDescription", "description.en.shortDescription");

        string? licence = null;
        if (reader.Mapping(root, "legal", "legal") is { } legal)
        {
            reader.CheckKeys(legal, LegalKeys, "legal.");
            licence = reader.Scalar(legal, "license", "legal.license");
        }

        MaintenanceType? maintenance = null;
        string? contactName = null, contactEmail = null;
        if (reader.Mapping(root, "maintenance", "maintenance") is { } maintenanceNode)
        {
            reader.CheckKeys(maintenanceNode, MaintenanceKeys, "maintenance.");
            if (reader.Scalar(maintenanceNode, "type", "maintenance.type") is { } type)
            {
                if (PubliccodeNames.TryParseMaintenance(type, out var parsed)) maintenance = parsed;
                else problems.Add(new Error("Projects.Yaml.Maintenance", "maintenance.type"));
            }
            if (Reader.Node(maintenanceNode, "contacts") is { } contacts)
            {
                if (contacts is YamlSequenceNode { Children.Count: > 0 } sequence && sequence.Children[0] is YamlMappingNode first)
                {
                    reader.CheckKeys(first, ContactKeys, "maintenance.contacts[0].");
                    contactName = reader.Scalar(first, "name", "maintenance.contacts[0].name");
                    contactEmail = reader.Scalar(first, "email", "maintenance.contacts[0].email");
                }
                else if (contacts is not YamlSequenceNode) problems.Add(new Error("Projects.Yaml.NotList", "maintenance.contacts"));
            }
        }

        var kind = ListingKind.Solution;
        var direction = ListingDirection.Offer;
        decimal? budgetMin = null, budgetMax = null;
        var levels = GovernmentLevels.None;
        List<string> regions = [], readiness = [];
        if (reader.Mapping(root, PubliccodeKeys.Country, PubliccodeKeys.Country) is { } country)
        {
            var prefix = PubliccodeKeys.Country + ".";
            reader.CheckKeys(country, CountryKeys, prefix);
            if (reader.Scalar(country, "kind", prefix + "kind") is { } kindText)
            {
                if (PubliccodeKeys.TryParseKind(kindText, out var parsed)) kind = parsed;
                else problems.Add(new Error("Projects.Yaml.Kind", prefix + "kind"));
            }
            if (reader.Scalar(country, "direction", prefix + "direction") is { } directionText)
            {
                if (PubliccodeKeys.TryParseDirection(directionText, out var parsed)) direction = parsed;
                else problems.Add(new Error("Projects.Yaml.Direction", prefix + "direction"));
            }
            if (reader.Mapping(country, "budget", prefix + "budget") is { } budget)
            {
                reader.CheckKeys(budget, BudgetKeys, prefix + "budget.");
                budgetMin = reader.Number(budget, "min", prefix + "budget.min");
                budgetMax = reader.Number(budget, "max", prefix + "budget.max");
            }
            foreach (var level in reader.List(country, "governmentLevels", prefix + "governmentLevels"))
            {
                if (PubliccodeKeys.TryParseLevel(level, out var parsed)) levels |= parsed;
                else problems.Add(new Error("Projects.Yaml.Level", prefix + "governmentLevels"));
            }
            regions = reader.List(country, "regions", prefix + "regions");
            readiness = reader.List(country, "readinessCodes", prefix + "readinessCodes");
        }

        if (problems.Count > 0) return new PubliccodeImportResult(null, problems);
        var content = ListingContent.Create(kind, direction, titleUk, titleEn, textUk, textEn ?? "", status, maintenance, licence, url,
            platforms, categories, contactName, contactEmail, budgetMin, budgetMax, levels, regions, readiness);
        if (!content.IsSuccess) return Fail(content.Error! with { Field = PubliccodeKeys.PathOf(content.Error.Field) });
        return new PubliccodeImportResult(content.Value, []);
    }

    private static PubliccodeImportResult Fail(Error error) => new(null, [error]);

    /// <summary>Reads values by key and notes a problem for each one of the wrong shape.</summary>
    private sealed class Reader(List<Error> problems)
    {
        public void CheckKeys(YamlMappingNode node, HashSet<string> known, string prefix)
        {
            foreach (var key in node.Children.Keys)
            {
                var name = (key as YamlScalarNode)?.Value ?? "?";
                if (!known.Contains(name)) problems.Add(new Error("Projects.Yaml.UnknownKey", prefix + name));
            }
        }

        public static YamlNode? Node(YamlMappingNode node, string key) =>
            node.Children.TryGetValue(new YamlScalarNode(key), out var value) ? value : null;

        public string? Scalar(YamlMappingNode node, string key, string path)
        {
            var value = Node(node, key);
            if (value is null) return null;
            if (value is YamlScalarNode scalar) return scalar.Value;
            problems.Add(new Error("Projects.Yaml.NotText", path));
            return null;
        }

        public YamlMappingNode? Mapping(YamlMappingNode node, string key, string path)
        {
            var value = Node(node, key);
            if (value is null or YamlMappingNode) return value as YamlMappingNode;
            problems.Add(new Error("Projects.Yaml.NotMapping", path));
            return null;
        }

        public List<string> List(YamlMappingNode node, string key, string path)
        {
            var value = Node(node, key);
            if (value is null) return [];
            if (value is YamlSequenceNode sequence && sequence.Children.All(c => c is YamlScalarNode))
                return sequence.Children.Select(c => ((YamlScalarNode)c).Value ?? "").ToList();
            problems.Add(new Error("Projects.Yaml.NotList", path));
            return [];
        }

        public decimal? Number(YamlMappingNode node, string key, string path)
        {
            var text = Scalar(node, key, path);
            if (text is null) return null;
            if (decimal.TryParse(text, NumberStyles.Number, CultureInfo.InvariantCulture, out var number)) return number;
            problems.Add(new Error("Projects.Yaml.NotNumber", path));
            return null;
        }
    }
}
