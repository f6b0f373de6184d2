using System.Security.Claims;
using EGov.Collab.App.Common;
using EGov.Collab.Domain.Common;

namespace EGov.Collab.App.Projects;

/// <summary>The exchange's moderators: its Administrators and Editors, and portal administrators.</summary>
public sealed class ProjectsAccess(ModuleAccess access)
{
    public async Task<bool> IsModeratorAsync(ClaimsPrincipal user, CancellationToken cancellationToken = default)
    {
        var memberId = user.MemberId();
        if (memberId is null) return false;
        if (await access.IsPortalAdministratorAsync(user, cancellationToken)) return true;
        var roles = await access.RolesAsync(memberId.Value, ModuleKey.Projects, cancellationToken);
        return roles.Contains(ModuleRole.Administrator) || roles.Contains(ModuleRole.Editor);
    }
}
