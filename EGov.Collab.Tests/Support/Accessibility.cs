using System.Globalization;
using System.Text;
using Deque.AxeCore.Commons;
using Microsoft.Playwright;

namespace EGov.Collab.Tests.Support;

/// <summary>axe-core checks in the browser.</summary>
public static class Accessibility
{
    private static readonly Lazy<string> AxeSource = new(() => new BundledAxeScriptProvider().GetScript());

    // The rules of WCAG 2.1 A and AA (EN 301 549), not axe's best-practice extras, on the page's own document. Only
    // violations are asked for: axe then keeps one node of each passing rule instead of all. (Deque's RunAxe for
    // Playwright finishes every run in a second, blank page it opens and injects axe into again, for cross-origin
    // frames the portal does not have: most of a second per scan.)
    private const string RunAxe = """
        async () => {
            const result = await axe.run(document, {
                runOnly: { type: 'tag', values: ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa'] },
                resultTypes: ['violations'],
            });
            return result.violations
                .filter(v => v.impact === 'serious' || v.impact === 'critical')
                .map(v => ({
                    id: v.id, impact: v.impact, help: v.help, helpUrl: v.helpUrl,
                    nodes: v.nodes.map(n => ({
                        target: n.target.join(' '),
                        html: n.html,
                        checks: [...n.any, ...n.all, ...n.none].map(c => c.message).join(' | '),
                    })),
                }));
        }
        """;

    /// <summary>Runs axe on the page as it is now and fails with every serious or critical violation listed.</summary>
    public static async Task AssertNoSeriousViolationsAsync(IPage page)
    {
        if (await SeriousViolationsAsync(page) is { } violations) Assert.Fail(violations);
    }

    /// <summary>Runs axe (WCAG 2.1 A and AA) on the page as it is now: null when clean, else every serious or critical violation listed.</summary>
    public static async Task<string?> SeriousViolationsAsync(IPage page)
    {
        if (!await page.EvaluateAsync<bool>("() => typeof window.axe === 'object'")) await page.EvaluateAsync(AxeSource.Value);
        var violations = await page.EvaluateAsync<Violation[]>(RunAxe);
        return violations.Length == 0 ? null : Describe(page.Url, violations);
    }

    private static string Describe(string url, IEnumerable<Violation> violations)
    {
        var text = new StringBuilder().AppendLine(CultureInfo.InvariantCulture, $"Accessibility violations on {url}:");
        foreach (var violation in violations)
        {
            text.AppendLine(CultureInfo.InvariantCulture, $"- [{violation.Impact}] {violation.Id}: {violation.Help} ({violation.HelpUrl})");
            foreach (var node in violation.Nodes)
            {
                text.AppendLine(CultureInfo.InvariantCulture, $"    at {node.Target}: {node.Html}");
                text.AppendLine(CultureInfo.InvariantCulture, $"       {node.Checks}");
            }
        }
        return text.ToString();
    }

    private sealed class Violation
    {
        public string Id { get; set; } = "";

        public string Impact { get; set; } = "";

        public string Help { get; set; } = "";

        public string HelpUrl { get; set; } = "";

        public ViolationNode[] Nodes { get; set; } = [];
    }

    private sealed class ViolationNode
    {
        public string Target { get; set; } = "";

        public string Html { get; set; } = "";

        public string Checks { get; set; } = "";
    }
}
