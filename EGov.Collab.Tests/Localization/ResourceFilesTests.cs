using System.Text.RegularExpressions;
using System.Xml.Linq;
using EGov.Collab.App.Common;
using EGov.Collab.Domain.Common;
using EGov.Collab.Tests.Support;

namespace EGov.Collab.Tests.Localization;

/// <summary>
/// Every area's resx pair stays in step (same keys in Ukrainian and English, nothing empty), and every key the code
/// asks for exists: a typo in <c>L["..."]</c> would otherwise show the raw key to users.
/// </summary>
public sealed partial class ResourceFilesTests
{
    public static TheoryData<string> NeutralFiles => [.. NeutralPaths()];

    [Fact]
    public void App_HasResourceFiles_SharedResourceAmongThem() =>
        Assert.Contains(Path.Combine("Localization", "SharedResource.resx"), NeutralPaths());

    [Theory]
    [MemberData(nameof(NeutralFiles))]
    public void ResxPair_UkrainianAndEnglish_SameKeys(string neutral)
    {
        var english = EnglishOf(neutral);
        Assert.True(File.Exists(Full(english)), $"{english} is missing: every {neutral} needs an English twin.");
        var uk = Read(neutral);
        var en = Read(english);

        var missingInEnglish = uk.Keys.Except(en.Keys).Order(StringComparer.Ordinal).ToList();
        var missingInUkrainian = en.Keys.Except(uk.Keys).Order(StringComparer.Ordinal).ToList();

        Assert.True(missingInEnglish.Count == 0, $"Keys in {neutral} but not in {english}: {string.Join(", ", missingInEnglish)}");
        Assert.True(missingInUkrainian.Count == 0, $"Keys in {english} but not in {neutral}: {string.Join(", ", missingInUkrainian)}");
    }

    [Theory]
    [MemberData(nameof(NeutralFiles))]
    public void ResxPair_EveryValue_NotEmpty(string neutral)
    {
        foreach (var file in new[] { neutral, EnglishOf(neutral) }.Where(f => File.Exists(Full(f))))
        {
            var empty = Read(file).Where(e => string.IsNullOrWhiteSpace(e.Value)).Select(e => e.Key).Order(StringComparer.Ordinal).ToList();
            Assert.True(empty.Count == 0, $"Empty values in {file}: {string.Join(", ", empty)}");
        }
    }

    [Fact]
    public void EnglishFiles_EachHasUkrainianNeutral()
    {
        var orphans = RepositoryPaths.SourceFiles(RepositoryPaths.App, "*.en.resx")
            .Select(Relative)
            .Where(en => !File.Exists(Full(en[..^".en.resx".Length] + ".resx")))
            .ToList();

        Assert.True(orphans.Count == 0, $"English resx without a Ukrainian (neutral) file: {string.Join(", ", orphans)}");
    }

    [Fact]
    public void Code_LiteralKeys_ExistInSomeResx()
    {
        var known = AllKeys();
        var missing = new List<string>();
        var used = 0;
        foreach (var file in RepositoryPaths.SourceFiles(RepositoryPaths.App, "*.razor", "*.cs"))
        {
            var text = File.ReadAllText(file);
            foreach (Match match in LiteralKey().Matches(text))
            {
                var key = match.Groups["key"].Value;
                used++;
                if (!known.Contains(key)) missing.Add($"{key} ({Relative(file)})");
            }
            foreach (Match match in IdentityErrorKey().Matches(text))
            {
                var key = "Identity." + match.Groups["code"].Value;
                if (!known.Contains(key)) missing.Add($"{key} ({Relative(file)})");
            }
        }

        Assert.True(used > 50, $"The scan found only {used} keys: has the L[\"...\"] pattern changed?");
        Assert.True(missing.Count == 0, $"Localisation keys used in code but in no resx: {string.Join(", ", missing.Distinct())}");
    }

    [Fact]
    public void ModuleText_EveryComputedKey_ExistsInSomeResx()
    {
        var keys = ModuleKeys.All.SelectMany(m => new[] { ModuleText.Name(m), ModuleText.Purpose(m), ModuleText.Description(m) })
            .Concat(Enum.GetValues<ModuleRole>().Select(ModuleText.Role))
            .Concat(Enum.GetValues<OrganisationKind>().Select(ModuleText.Kind))
            .Concat(Enum.GetValues<Audience>().SelectMany(a => new[] { ModuleText.Audience(a), ModuleText.Audience(a) + ".Text" }));

        var missing = keys.Except(AllKeys()).ToList();

        Assert.True(missing.Count == 0, $"Computed keys in no resx: {string.Join(", ", missing)}");
    }

    [Fact]
    public void DomainErrors_EveryCode_ExistsInSomeResx()
    {
        var codes = RepositoryPaths.SourceFiles(RepositoryPaths.Domain, "*.cs")
            .SelectMany(file => ErrorCode().Matches(File.ReadAllText(file)).Select(m => (Code: m.Groups["code"].Value, File: Relative(file))))
            .ToList();

        Assert.True(codes.Count > 10, $"The scan found only {codes.Count} error codes: has the Error pattern changed?");
        var known = AllKeys();
        var missing = codes.Where(c => !known.Contains(c.Code)).Select(c => $"{c.Code} ({c.File})").Distinct().ToList();

        Assert.True(missing.Count == 0, $"Error codes (localisation keys) in no resx: {string.Join(", ", missing)}");
    }

    // L["Key"], @L["Key"], l["Key"], Localizer["Key"], and the same with format arguments: L["Key", x].
    [GeneratedRegex("""(?<![A-Za-z0-9_])(?:[Ll]|Localizer)\["(?<key>[A-Za-z0-9_.]+)"[\],]""")]
    private static partial Regex LiteralKey();

    // PortalIdentityErrorDescriber: Describe(nameof(DuplicateEmail)) reads "Identity.DuplicateEmail".
    [GeneratedRegex("""Describe\(nameof\((?<code>[A-Za-z]+)\)""")]
    private static partial Regex IdentityErrorKey();

    // new Error("Organisation.EdrpouFormat", ...) and, in CommonErrors, new("Validation.Required", ...).
    [GeneratedRegex("""new(?: Error)?\("(?<code>[A-Z][A-Za-z0-9]*\.[A-Za-z0-9_.]+)"[,)]""")]
    private static partial Regex ErrorCode();

    [Fact]
    public void NoResx_HasKeysThatDifferOnlyInCase()
    {
        // ResourceManager may answer either of two such keys: an audit label once came back as a button caption.
        var clashes = NeutralPaths()
            .SelectMany(path => Read(path).Keys.GroupBy(key => key, StringComparer.OrdinalIgnoreCase)
                .Where(group => group.Count() > 1)
                .Select(group => $"{path}: {string.Join(" / ", group)}"))
            .ToList();
        Assert.True(clashes.Count == 0, $"Keys that differ only in case: {string.Join("; ", clashes)}");
    }

    private static IEnumerable<string> NeutralPaths() =>
        RepositoryPaths.SourceFiles(RepositoryPaths.App, "*.resx").Where(IsNeutral).Select(Relative);

    private static HashSet<string> AllKeys() =>
        RepositoryPaths.SourceFiles(RepositoryPaths.App, "*.resx").SelectMany(f => Read(Relative(f)).Keys).ToHashSet(StringComparer.Ordinal);

    private static bool IsNeutral(string path)
    {
        var name = Path.GetFileNameWithoutExtension(path);
        var dot = name.LastIndexOf('.');
        return dot < 0 || !IsCulture(name[(dot + 1)..]);
    }

    private static bool IsCulture(string suffix) =>
        suffix.Length >= 2 && suffix.Length <= 10 && suffix.All(c => char.IsAsciiLetter(c) || c == '-')
        && System.Globalization.CultureInfo.GetCultures(System.Globalization.CultureTypes.AllCultures)
            .Any(c => c.Name.Equals(suffix, StringComparison.OrdinalIgnoreCase));

    private static string EnglishOf(string neutral) => neutral[..^".resx".Length] + ".en.resx";

    private static string Relative(string path) => Path.GetRelativePath(RepositoryPaths.App, path);

    private static string Full(string relative) => Path.Combine(RepositoryPaths.App, relative);

    private static Dictionary<string, string> Read(string relative) =>
        XDocument.Load(Full(relative)).Root!.Elements("data")
            .ToDictionary(d => (string)d.Attribute("name")!, d => (string?)d.Element("value") ?? "", StringComparer.Ordinal);
}
