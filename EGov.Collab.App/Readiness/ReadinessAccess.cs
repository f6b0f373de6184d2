using System.Security.Claims;
using EGov.Collab.App.Common;
using EGov.Collab.Domain.Common;

namespace EGov.Collab.App.Readiness;

/// <summary>Who may do what in the assessment, read from the database each time (a revoked role stops at once).</summary>
public sealed class ReadinessAccess(ModuleAccess access)
{
    /// <summary>Reviewers, the module's administrators and portal administrators verify questionnaires.</summary>
    public async Task<bool> IsReviewerAsync(ClaimsPrincipal user, CancellationToken cancellationToken = default)
    {
        var memberId = user.MemberId();
        if (memberId is null) return false;
        if (await access.IsPortalAdministratorAsync(user, cancellationToken)) return true;
        var roles = await access.RolesAsync(memberId.Value, ModuleKey.Readiness, cancellationToken);
        return roles.Contains(ModuleRole.Reviewer) || roles.Contains(ModuleRole.Administrator);
    }

    public Task<bool> IsAdministratorAsync(ClaimsPrincipal user, CancellationToken cancellationToken = default) =>
        access.CanAsync(user, ModuleKey.Readiness, ModuleAction.Administer, cancellationToken);

    public async Task<bool> IsRespondentAsync(ClaimsPrincipal user, CancellationToken cancellationToken = default)
    {
        var memberId = user.MemberId();
        if (memberId is null) return false;
        return (await access.RolesAsync(memberId.Value, ModuleKey.Readiness, cancellationToken)).Contains(ModuleRole.Respondent);
    }
}
