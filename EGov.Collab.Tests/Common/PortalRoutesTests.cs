using System.Text.RegularExpressions;
using EGov.Collab.Tests.Support;

namespace EGov.Collab.Tests.Common;

/// <summary>The route list the accessibility scans walk keeps up with the pages: a new page must be added to it.</summary>
public sealed partial class PortalRoutesTests
{
    [Fact]
    public void EveryPageWithoutParameters_IsScanned_AndEveryListedRouteIsAPage()
    {
        var pages = RepositoryPaths.SourceFiles(RepositoryPaths.App, "*.razor")
            .SelectMany(file => PageDirective().Matches(File.ReadAllText(file)).Select(m => m.Groups["route"].Value))
            .ToHashSet(StringComparer.Ordinal);
        var scanned = PortalRoutes.All.Select(r => r.Path.Split('?')[0]).ToHashSet(StringComparer.Ordinal);
        // Parameterised pages in the list are named by their template, exactly as in @page.
        Assert.All(PortalRoutes.All.Where(r => r.Resolve is not null), r => Assert.Contains(r.Path, pages));

        var missing = pages.Where(p => !p.Contains('{', StringComparison.Ordinal) && !scanned.Contains(p) && !PortalRoutes.WithParameters.Contains(p))
            .Order(StringComparer.Ordinal).ToList();
        var parameterised = pages.Where(p => p.Contains('{', StringComparison.Ordinal)).Select(Template).ToList();
        var unknown = scanned.Where(s => s != "/no-such-page" && !pages.Contains(s) && !parameterised.Any(t => t.IsMatch(s)))
            .Order(StringComparer.Ordinal).ToList();

        Assert.True(missing.Count == 0, "Pages the accessibility scans do not visit: " + string.Join(", ", missing));
        Assert.True(unknown.Count == 0, "Listed routes that are no page: " + string.Join(", ", unknown));
    }

    private static Regex Template(string route) =>
        new("^" + Regex.Replace(Regex.Escape(route), @"\\\{[^}]*}", "[^/]+") + "$", RegexOptions.None, TimeSpan.FromSeconds(1));

    [GeneratedRegex("^@page \"(?<route>[^\"]+)\"", RegexOptions.Multiline)]
    private static partial Regex PageDirective();
}
