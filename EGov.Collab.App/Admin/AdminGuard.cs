using System.Security.Claims;
using EGov.Collab.App.Common;
using EGov.Collab.Domain.Common;

namespace EGov.Collab.App.Admin;

internal static class AdminGuard
{
    /// <summary>The acting portal administrator's member id, or <see cref="CommonErrors.Forbidden"/>.</summary>
    public static async Task<Result<Guid>> PortalAdministratorAsync(this ModuleAccess access, ClaimsPrincipal user, CancellationToken cancellationToken)
    {
        var actorId = user.MemberId();
        if (actorId is null || !await access.IsPortalAdministratorAsync(user, cancellationToken)) return CommonErrors.Forbidden;
        return actorId.Value;
    }
}
