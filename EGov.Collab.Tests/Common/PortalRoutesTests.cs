using System.Text.RegularExpressions;
using EGov.Collab.Tests.Support;

namespace EGov.Collab.Tests.Common;

/// <summary>
/// The route list the accessibility scans walk keeps up with the pages: a new page, with or without an id in its address,
/// must be added to it or named, with a reason, among the few it leaves out.
/// </summary>
public sealed partial class PortalRoutesTests
{
    private static readonly HashSet<string> Pages = RepositoryPaths.SourceFiles(RepositoryPaths.App, "*.razor")
        .SelectMany(file => PageDirective().Matches(File.ReadAllText(file)).Select(m => m.Groups["route"].Value))
        .ToHashSet(StringComparer.Ordinal);

    [Fact]
    public void EveryPage_IsScanned_OrNamedWithAReason()
    {
        var missing = Pages.Where(p => !PortalRoutes.NotScanned.ContainsKey(p) && !PortalRoutes.All.Any(r => Scans(r, p)))
            .Order(StringComparer.Ordinal).ToList();

        Assert.True(missing.Count == 0, "Pages the accessibility scans do not visit: " + string.Join(", ", missing));
    }

    [Fact]
    public void EveryListedRoute_IsAPage()
    {
        var unknown = PortalRoutes.All.Where(r => r.Path != "/no-such-page" && !Pages.Any(p => Scans(r, p))).Select(r => r.Path)
            .Concat(PortalRoutes.NotScanned.Keys.Where(p => !Pages.Contains(p)))
            .Order(StringComparer.Ordinal).ToList();

        Assert.True(unknown.Count == 0, "Listed routes that are no page: " + string.Join(", ", unknown));
    }

    [Fact]
    public void TheExclusions_StayFew_AndSayWhy()
    {
        Assert.All(PortalRoutes.NotScanned, p => Assert.False(string.IsNullOrWhiteSpace(p.Value), p.Key));
        Assert.InRange(PortalRoutes.NotScanned.Count, 0, 20);
    }

    /// <summary>
    /// A route opened on a demo record is named by its page's template, exactly as in @page; a route given as a plain
    /// address scans the page it routes to (a literal page wins over a template, as in the router).
    /// </summary>
    private static bool Scans(PortalRoutes.Route route, string page)
    {
        var path = route.Path.Split('?')[0];
        if (route.Resolve is not null || !page.Contains('{', StringComparison.Ordinal)) return path == page;
        return !Pages.Contains(path) && PortalRoutes.Matches(page, path);
    }

    [GeneratedRegex("^@page \"(?<route>[^\"]+)\"", RegexOptions.Multiline)]
    private static partial Regex PageDirective();
}
