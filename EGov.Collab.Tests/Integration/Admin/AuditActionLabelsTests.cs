using System.Text.RegularExpressions;
using EGov.Collab.App.Admin;
using EGov.Collab.Data;
using EGov.Collab.Tests.Support;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace EGov.Collab.Tests.Integration.Admin;

/// <summary>Every module's audit actions and the things they concern read as words on /admin/audit, in both languages, not as raw keys.</summary>
[Collection(SharedPortal.Name)]
public sealed partial class AuditActionLabelsTests(PortalFactory portal)
{
    /// <summary>The sources that write audit entries or name their actions (ContestAudit, DraftingAudit, AdminAuditActions …).</summary>
    private static List<string> AuditSources() =>
        RepositoryPaths.SourceFiles(RepositoryPaths.App, "*.cs").Select(File.ReadAllText)
            .Where(text => text.Contains("AuditEntry.Record", StringComparison.Ordinal) || AuditClass().IsMatch(text))
            .ToList();

    [Theory]
    [InlineData("uk-UA")]
    [InlineData("en-US")]
    public void EveryModuleAuditAction_HasALabel(string culture)
    {
        var actions = AuditSources()
            .SelectMany(text => AuditActionLiteral().Matches(text).Select(match => match.Groups[1].Value))
            .Concat(["journal.submission.accept", "journal.submission.requestchanges", "journal.submission.reject"])
            .Concat(AdminAuditActions.All)
            .Distinct(StringComparer.Ordinal)
            .ToList();
        Assert.True(actions.Count > 90, $"only {actions.Count} audit actions found: the pattern has gone stale");
        foreach (var area in new[] { "cities.", "projects.", "practices.", "member.", "Library.Audit.", "ExpertClub.Audit.", "drafting.", "readiness." })
            Assert.Contains(actions, action => action.StartsWith(area, StringComparison.Ordinal));

        using var _ = TestCulture.Use(culture);
        using var scope = portal.Services.CreateScope();
        var messages = scope.ServiceProvider.GetRequiredService<AdminMessages>();
        var unlabelled = actions.Where(action => messages.Action(action) == action).ToList();
        Assert.True(unlabelled.Count == 0, $"audit actions without a label in {culture}: {string.Join(", ", unlabelled)}");
    }

    [Theory]
    [InlineData("uk-UA")]
    [InlineData("en-US")]
    public async Task EverySubjectKind_InTheSourcesAndInTheLog_HasALabel(string culture)
    {
        var kinds = AuditSources()
            .SelectMany(text => SubjectLiteral().Matches(text).Select(match => match.Groups[1].Value))
            .Concat([AuditSubjects.KindOf(AuditSubjects.Module(EGov.Collab.Domain.Common.ModuleKey.Drafting)), "katottg", EGov.Collab.App.Drafting.DraftOpinionSubjects.Kind])
            .ToHashSet(StringComparer.Ordinal);
        Assert.True(kinds.Count > 20, $"only {kinds.Count} subject kinds found: the pattern has gone stale");
        await using (var db = await portal.Services.GetRequiredService<IDbContextFactory<CollabDbContext>>().CreateDbContextAsync())
            kinds.UnionWith((await db.AuditEntries.Select(a => a.Subject).Distinct().ToListAsync()).Select(AuditSubjects.KindOf));

        using var _ = TestCulture.Use(culture);
        using var scope = portal.Services.CreateScope();
        var messages = scope.ServiceProvider.GetRequiredService<AdminMessages>();
        var unlabelled = kinds.Where(kind => messages.Entity(kind + ":x") == kind).Order(StringComparer.Ordinal).ToList();
        Assert.True(unlabelled.Count == 0, $"audit subjects without a label in {culture}: {string.Join(", ", unlabelled)}");
    }

    [GeneratedRegex("\"((?:[a-z]+\\.[a-z\\-]+(?:\\.[a-z\\-]+)*)|(?:ExpertClub|Library)\\.Audit\\.[A-Za-z]+)\"")]
    private static partial Regex AuditActionLiteral();

    /// <summary>Subjects are written as $"kind:{id}" (or a constant like "newsletter:settings").</summary>
    [GeneratedRegex("\"([a-z][a-z\\-]*):[{a-z]")]
    private static partial Regex SubjectLiteral();

    [GeneratedRegex("class \\w*Audit\\w*")]
    private static partial Regex AuditClass();
}
