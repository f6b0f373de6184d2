using System.Security.Claims;
using EGov.Collab.App.Common;
using EGov.Collab.Domain.Common;

namespace EGov.Collab.App.Library;

/// <summary>
/// The library's rule on top of <see cref="ModuleAccess"/>: librarians are the module's editors (and its administrators,
/// and portal administrators). They review submissions, withdraw items, add file versions and read the usage report.
/// </summary>
public sealed class LibraryAccess(ModuleAccess access)
{
    /// <summary>The module role that makes a member a librarian.</summary>
    public const ModuleRole LibrarianRole = ModuleRole.Editor;

    public async Task<bool> IsLibrarianAsync(ClaimsPrincipal user, CancellationToken cancellationToken = default)
    {
        var memberId = user.MemberId();
        if (memberId is null) return false;
        if (await access.IsPortalAdministratorAsync(user, cancellationToken)) return true;
        var roles = await access.RolesAsync(memberId.Value, ModuleKey.Library, cancellationToken);
        return roles.Contains(LibrarianRole) || roles.Contains(ModuleRole.Administrator);
    }

    public async Task<Result> EnsureLibrarianAsync(ClaimsPrincipal user, CancellationToken cancellationToken = default) =>
        await IsLibrarianAsync(user, cancellationToken) ? Result.Success() : CommonErrors.Forbidden;

    public Task<Result> EnsureMemberAsync(ClaimsPrincipal user, CancellationToken cancellationToken = default) =>
        access.EnsureAsync(user, ModuleKey.Library, ModuleAction.Participate, cancellationToken);
}
