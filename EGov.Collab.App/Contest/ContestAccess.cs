using System.Security.Claims;
using EGov.Collab.App.Common;
using EGov.Collab.Domain.Common;

namespace EGov.Collab.App.Contest;

/// <summary>The contest's roles, read from the database on every decision.</summary>
public sealed class ContestAccess(ModuleAccess access)
{
    public Task<bool> IsAdministratorAsync(ClaimsPrincipal user, CancellationToken cancellationToken = default) =>
        access.CanAsync(user, ModuleKey.Contest, ModuleAction.Administer, cancellationToken);

    /// <summary>The jury chair, or an administrator (who may stand in for the chair).</summary>
    public async Task<bool> IsChairAsync(ClaimsPrincipal user, CancellationToken cancellationToken = default) =>
        await HasRoleAsync(user, ModuleRole.JuryChair, cancellationToken) || await IsAdministratorAsync(user, cancellationToken);

    public async Task<bool> HasRoleAsync(ClaimsPrincipal user, ModuleRole role, CancellationToken cancellationToken = default)
    {
        var memberId = user.MemberId();
        if (memberId is null) return false;
        if (!await access.CanAsync(user, ModuleKey.Contest, ModuleAction.Work, cancellationToken)) return false;
        return (await access.RolesAsync(memberId.Value, ModuleKey.Contest, cancellationToken)).Contains(role);
    }
}

public static class ContestAudit
{
    public const string ScoreChanged = "contest.score.changed";
    public const string SheetSubmitted = "contest.sheet.submitted";
    public const string ConflictDeclared = "contest.conflict.declared";
    public const string ScoringLocked = "contest.scoring.locked";
    public const string PhaseMoved = "contest.phase.moved";
    public const string EntryScreened = "contest.entry.screened";
    public const string EntrySubmitted = "contest.entry.submitted";
    public const string ResultsApproved = "contest.results.approved";
    public const string ResultsPublished = "contest.results.published";
    public const string VoteCast = "contest.vote.given";
    public const string VoteWithdrawn = "contest.vote.withdrawn";
    public const string EditionCreated = "contest.edition.created";
    public const string NominationCreated = "contest.nomination.created";
    public const string CriteriaSaved = "contest.criteria.saved";
    public const string SettingsChanged = "contest.settings.changed";
    public const string JurorAdded = "contest.panel.added";
    public const string JurorRemoved = "contest.panel.removed";
    public const string AssignmentAdded = "contest.assignment.added";
    public const string AssignmentRemoved = "contest.assignment.removed";
    public const string AssignmentAutomatic = "contest.assignment.automatic";
    public const string FormChanged = "contest.form.changed";

    public static string Edition(Guid id) => $"contest-edition:{id}";

    public static string Entry(Guid id) => $"contest-entry:{id}";

    public static string Nomination(Guid id) => $"contest-nomination:{id}";
}
