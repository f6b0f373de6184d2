using System.Security.Claims;
using EGov.Collab.App.Common;
using EGov.Collab.Domain.Common;

namespace EGov.Collab.App.Journal;

/// <summary>
/// The journal's own rule on top of <see cref="ModuleAccess"/>: editing and moderating need the Editor or
/// Administrator role in the journal (a contributor also "works" in the module, but only on their own texts).
/// </summary>
public sealed class JournalAccess(ModuleAccess access)
{
    public async Task<bool> IsEditorAsync(ClaimsPrincipal user, CancellationToken cancellationToken = default)
    {
        var memberId = user.MemberId();
        if (memberId is null) return false;
        if (await access.IsPortalAdministratorAsync(user, cancellationToken)) return true;
        if (!await access.CanAsync(user, ModuleKey.Journal, ModuleAction.Work, cancellationToken)) return false;
        var roles = await access.RolesAsync(memberId.Value, ModuleKey.Journal, cancellationToken);
        return roles.Contains(ModuleRole.Editor) || roles.Contains(ModuleRole.Administrator);
    }

    public async Task<Result> EnsureEditorAsync(ClaimsPrincipal user, CancellationToken cancellationToken = default) =>
        await IsEditorAsync(user, cancellationToken) ? Result.Success() : CommonErrors.Forbidden;

    public Task<Result> EnsureAdministratorAsync(ClaimsPrincipal user, CancellationToken cancellationToken = default) =>
        access.EnsureAsync(user, ModuleKey.Journal, ModuleAction.Administer, cancellationToken);

    public Task<Result> EnsureMemberAsync(ClaimsPrincipal user, CancellationToken cancellationToken = default) =>
        access.EnsureAsync(user, ModuleKey.Journal, ModuleAction.Participate, cancellationToken);
}
