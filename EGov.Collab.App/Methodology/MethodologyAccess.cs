using System.Security.Claims;
using EGov.Collab.App.Common;
using EGov.Collab.Domain.Common;
using EGov.Collab.Domain.Methodology;

namespace EGov.Collab.App.Methodology;

/// <summary>
/// Who curates the methodology base: its Editor or Administrator role (granted by the module's administering
/// organisation through the portal's role grants) or a portal administrator. Everyone reads.
/// </summary>
public sealed class MethodologyAccess(ModuleAccess access)
{
    public async Task<bool> IsEditorAsync(ClaimsPrincipal user, CancellationToken cancellationToken = default)
    {
        var memberId = user.MemberId();
        if (memberId is null) return false;
        if (await access.IsPortalAdministratorAsync(user, cancellationToken)) return true;
        if (!await access.CanAsync(user, ModuleKey.Methodology, ModuleAction.Work, cancellationToken)) return false;
        var roles = await access.RolesAsync(memberId.Value, ModuleKey.Methodology, cancellationToken);
        return roles.Contains(ModuleRole.Editor) || roles.Contains(ModuleRole.Administrator);
    }

    public async Task<Result> EnsureEditorAsync(ClaimsPrincipal user, CancellationToken cancellationToken = default) =>
        await IsEditorAsync(user, cancellationToken) ? Result.Success() : MethodologyErrors.NotAnEditor;
}
