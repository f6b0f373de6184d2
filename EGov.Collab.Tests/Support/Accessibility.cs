using System.Globalization;
using System.Text;
using Deque.AxeCore.Commons;
using Deque.AxeCore.Playwright;
using Microsoft.Playwright;

namespace EGov.Collab.Tests.Support;

/// <summary>axe-core checks in the browser.</summary>
public static class Accessibility
{
    private static readonly string[] Blocking = ["serious", "critical"];

    /// <summary>Runs axe on the page as it is now and fails with every serious or critical violation listed.</summary>
    public static async Task AssertNoSeriousViolationsAsync(IPage page)
    {
        if (await SeriousViolationsAsync(page) is { } violations) Assert.Fail(violations);
    }

    /// <summary>Runs axe on the page as it is now: null when clean, else every serious or critical violation listed.</summary>
    public static async Task<string?> SeriousViolationsAsync(IPage page)
    {
        var result = await page.RunAxe();
        var blocking = result.Violations.Where(v => Blocking.Contains(v.Impact, StringComparer.OrdinalIgnoreCase)).ToList();
        return blocking.Count == 0 ? null : Describe(page.Url, blocking);
    }

    private static string Describe(string url, IEnumerable<AxeResultItem> violations)
    {
        var text = new StringBuilder().AppendLine(CultureInfo.InvariantCulture, $"Accessibility violations on {url}:");
        foreach (var violation in violations)
        {
            text.AppendLine(CultureInfo.InvariantCulture, $"- [{violation.Impact}] {violation.Id}: {violation.Help} ({violation.HelpUrl})");
            foreach (var node in violation.Nodes)
                {
                var checks = (node.Any ?? []).Concat(node.All ?? []).Concat(node.None ?? []).Select(c => c.Message);
                text.AppendLine(CultureInfo.InvariantCulture, $"    at {node.Target}: {node.Html}");
                text.AppendLine(CultureInfo.InvariantCulture, $"       {string.Join(" | ", checks)}");
            }
        }
        return text.ToString();
    }
}
