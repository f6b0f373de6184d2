using System.Security.Claims;
using EGov.Collab.App.Common;
using EGov.Collab.Domain.Common;

namespace EGov.Collab.App.Practices;

/// <summary>
/// The depository's rules on top of <see cref="ModuleAccess"/>: the module's experts (its Editor role) review, edit and
/// publish; its administrators also edit the classifier; any member submits practices and records replications.
/// </summary>
public sealed class PracticesAccess(ModuleAccess access)
{
    public async Task<bool> IsExpertAsync(ClaimsPrincipal user, CancellationToken cancellationToken = default)
    {
        var memberId = user.MemberId();
        if (memberId is null) return false;
        if (await access.IsPortalAdministratorAsync(user, cancellationToken)) return true;
        var roles = await access.RolesAsync(memberId.Value, ModuleKey.Practices, cancellationToken);
        return roles.Contains(ModuleRole.Editor) || roles.Contains(ModuleRole.Administrator);
    }

    public Task<bool> IsAdministratorAsync(ClaimsPrincipal user, CancellationToken cancellationToken = default) =>
        access.CanAsync(user, ModuleKey.Practices, ModuleAction.Administer, cancellationToken);

    public Task<bool> IsMemberAsync(ClaimsPrincipal user, CancellationToken cancellationToken = default) =>
        access.CanAsync(user, ModuleKey.Practices, ModuleAction.Participate, cancellationToken);

    /// <summary>The module's experts, to be told when a practice is submitted.</summary>
    public static IQueryable<Guid> ExpertIds(Data.CollabDbContext db) =>
        db.ModuleRoleGrants.Where(g => g.Module == ModuleKey.Practices && (g.Role == ModuleRole.Editor || g.Role == ModuleRole.Administrator))
            .Select(g => g.MemberId).Distinct();
}
