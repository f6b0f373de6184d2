using System.Text.RegularExpressions;
using EGov.Collab.App.Admin;
using EGov.Collab.Tests.Support;
using Microsoft.Extensions.DependencyInjection;

namespace EGov.Collab.Tests.Integration.Admin;

/// <summary>Every module's audit actions read as words on /admin/audit, in both languages, not as raw keys.</summary>
[Collection(SharedPortal.Name)]
public sealed partial class AuditActionLabelsTests(PortalFactory portal)
{
    [Theory]
    [InlineData("uk-UA")]
    [InlineData("en-US")]
    public void EveryModuleAuditAction_HasALabel(string culture)
    {
        var actions = RepositoryPaths.SourceFiles(RepositoryPaths.App, "*.cs")
            .SelectMany(file => AuditActionLiteral().Matches(File.ReadAllText(file)).Select(match => match.Groups[1].Value))
            .Concat(["journal.submission.accept", "journal.submission.requestchanges", "journal.submission.reject"])
            .Distinct(StringComparer.Ordinal)
            .ToList();
        Assert.True(actions.Count > 40, $"only {actions.Count} audit actions found: the pattern has gone stale");

        using var _ = TestCulture.Use(culture);
        using var scope = portal.Services.CreateScope();
        var messages = scope.ServiceProvider.GetRequiredService<AdminMessages>();
        var unlabelled = actions.Where(action => messages.Action(action) == action).ToList();
        Assert.True(unlabelled.Count == 0, $"audit actions without a label in {culture}: {string.Join(", ", unlabelled)}");
    }

    [GeneratedRegex("\"((?:drafting|contest|journal|learning|readiness)\\.[a-z\\-]+(?:\\.[a-z\\-]+)*|ExpertClub\\.Audit\\.[A-Za-z]+)\"")]
    private static partial Regex AuditActionLiteral();
}
