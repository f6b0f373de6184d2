using System.Security.Claims;
using EGov.Collab.Data;
using EGov.Collab.Data.Common;
using EGov.Collab.Domain.Common;
using EGov.Collab.App.Account.TwoFactor;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;

namespace EGov.Collab.App.Common;

/// <summary>
/// The one place that answers "may this member do this in that module?". It reads roles from the database, not from
/// the cookie, so a revoked role stops working at once. Services call it before acting; pages use it through policies.
/// </summary>
public sealed class ModuleAccess(IDbContextFactory<CollabDbContext> dbFactory, IOptions<TwoFactorOptions> twoFactor)
{
    public async Task<bool> CanAsync(ClaimsPrincipal user, ModuleKey module, ModuleAction action, CancellationToken cancellationToken = default)
    {
        if (action == ModuleAction.Read) return true;
        var memberId = user.MemberId();
        if (memberId is null) return false;
        var access = await LoadAsync(memberId.Value, module, cancellationToken);
        return access.Exists && ModulePermissions.Allows(true, access.IsPortalAdministrator, access.Roles, action);
    }

    /// <summary>Success, or <see cref="CommonErrors.Forbidden"/> for a service to return.</summary>
    public async Task<Result> EnsureAsync(ClaimsPrincipal user, ModuleKey module, ModuleAction action, CancellationToken cancellationToken = default) =>
        await CanAsync(user, module, action, cancellationToken) ? Result.Success() : CommonErrors.Forbidden;

    public async Task<bool> IsPortalAdministratorAsync(ClaimsPrincipal user, CancellationToken cancellationToken = default)
    {
        var memberId = user.MemberId();
        if (memberId is null) return false;
        await using var db = await dbFactory.CreateDbContextAsync(cancellationToken);
        var locked = await db.Users.Where(u => u.Id == memberId.Value).AnyAsync(AccountLock.IsLockedByAdministrator, cancellationToken);
        return !locked && await IsAdministratorQuery(db, memberId.Value, twoFactor.Value.AdministratorsNeedTwoFactor).AnyAsync(cancellationToken);
    }

    public async Task<IReadOnlyList<ModuleRole>> RolesAsync(Guid memberId, ModuleKey module, CancellationToken cancellationToken = default) =>
        (await LoadAsync(memberId, module, cancellationToken)).Roles;

    private async Task<MemberAccess> LoadAsync(Guid memberId, ModuleKey module, CancellationToken cancellationToken)
    {
        await using var db = await dbFactory.CreateDbContextAsync(cancellationToken);
        var member = await db.Users.Where(u => u.Id == memberId)
            .Select(u => new { Locked = u.LockoutEnd == AccountLock.ByAdministrator })
            .SingleOrDefaultAsync(cancellationToken);
        if (member is null || member.Locked) return MemberAccess.None;
        var roles = await db.ModuleRoleGrants.Where(g => g.MemberId == memberId && g.Module == module)
            .Select(g => g.Role).ToListAsync(cancellationToken);
        var isAdministrator = await IsAdministratorQuery(db, memberId, twoFactor.Value.AdministratorsNeedTwoFactor).AnyAsync(cancellationToken);
        return new MemberAccess(true, isAdministrator, roles);
    }

    /// <summary>An administrator's rights; with <paramref name="needsTwoFactor"/>, only once the account has an authenticator.</summary>
    private static IQueryable<Guid> IsAdministratorQuery(CollabDbContext db, Guid memberId, bool needsTwoFactor) =>
        from userRole in db.UserRoles
        join role in db.Roles on userRole.RoleId equals role.Id
        join member in db.Users on userRole.UserId equals member.Id
        where userRole.UserId == memberId && role.Name == PortalRoles.Administrator && (!needsTwoFactor || member.TwoFactorEnabled)
        select userRole.UserId;

    private sealed record MemberAccess(bool Exists, bool IsPortalAdministrator, IReadOnlyList<ModuleRole> Roles)
    {
        public static readonly MemberAccess None = new(false, false, []);
    }
}
