using System.Text.RegularExpressions;
using System.Xml.Linq;
using EGov.Collab.Tests.Support;

namespace EGov.Collab.Tests.Integration.Security;

/// <summary>
/// ASVS V15 (dependencies): every package's version is chosen in one place (Directory.Packages.props, transitive
/// packages pinned too) and is one exact version, no range or wildcard; no project picks a version of its own.
/// </summary>
public sealed partial class DependencyPinningTests
{
    [Fact]
    public void EveryPackage_IsPinnedCentrally_ToOneExactVersion_AndNoProjectOverridesIt()
    {
        var props = XDocument.Load(Path.Combine(RepositoryPaths.Root, "Directory.Packages.props"));
        Assert.Equal("true", props.Descendants("ManagePackageVersionsCentrally").Single().Value.Trim());
        Assert.Equal("true", props.Descendants("CentralPackageTransitivePinningEnabled").Single().Value.Trim());
        var versions = props.Descendants("PackageVersion").ToList();
        Assert.NotEmpty(versions);
        var loose = versions.Where(v => !ExactVersion().IsMatch((string?)v.Attribute("Version") ?? "")).Select(v => v.ToString()).ToList();
        Assert.True(loose.Count == 0, "Not one exact version:\n" + string.Join("\n", loose));

        var overrides = RepositoryPaths.SourceFiles(RepositoryPaths.Root, "*.csproj")
            .SelectMany(project => XDocument.Load(project).Descendants("PackageReference")
                .Where(r => r.Attribute("Version") is not null || r.Attribute("VersionOverride") is not null)
                .Select(r => $"{Path.GetFileName(project)}: {r}"))
            .ToList();
        Assert.True(overrides.Count == 0, "A project chooses its own version:\n" + string.Join("\n", overrides));
    }

    [GeneratedRegex(@"^\d+(\.\d+){1,3}(-[0-9A-Za-z.-]+)?$")]
    private static partial Regex ExactVersion();
}
