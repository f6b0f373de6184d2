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
/// the cookie, and decides them once per member: the answer is kept until a save changes the member's rights
/// (<see cref="AccessChanges"/>), so a revoked role stops working at once and a live page's refresh costs no query.
/// Services call it before acting; pages use it through policies.
/// </summary>
public sealed class ModuleAccess(IDbContextFactory<CollabDbContext> dbFactory, AccessChanges changes, TimeProvider clock, IOptions<TwoFactorOptions> twoFactor)
{
    private readonly RightsCache<MemberAccess> _cache = new(changes, clock);

    public async Task<bool> CanAsync(ClaimsPrincipal user, ModuleKey module, ModuleAction action, CancellationToken cancellationToken = default)
    {
        if (action == ModuleAction.Read) return true;
        var memberId = user.MemberId();
        if (memberId is null) return false;
        var access = await LoadAsync(memberId.Value, cancellationToken);
        return access.Exists && ModulePermissions.Allows(true, access.IsPortalAdministrator, access.RolesIn(module), action);
    }

    /// <summary>Success, or <see cref="CommonErrors.Forbidden"/> for a service to return.</summary>
    public async Task<Result> EnsureAsync(ClaimsPrincipal user, ModuleKey module, ModuleAction action, CancellationToken cancellationToken = default) =>
        await CanAsync(user, module, action, cancellationToken) ? Result.Success() : CommonErrors.Forbidden;

    public async Task<bool> IsPortalAdministratorAsync(ClaimsPrincipal user, CancellationToken cancellationToken = default)
    {
        var memberId = user.MemberId();
        if (memberId is null) return false;
        var access = await LoadAsync(memberId.Value, cancellationToken);
        return access.Exists && access.IsPortalAdministrator;
    }

    public async Task<IReadOnlyList<ModuleRole>> RolesAsync(Guid memberId, ModuleKey module, CancellationToken cancellationToken = default) =>
        (await LoadAsync(memberId, cancellationToken)).RolesIn(module);

    private Task<MemberAccess> LoadAsync(Guid memberId, CancellationToken cancellationToken) =>
        _cache.GetAsync(memberId, token => ReadAsync(memberId, token), cancellationToken);

    private async Task<MemberAccess> ReadAsync(Guid memberId, CancellationToken cancellationToken)
    {
        await using var db = await dbFactory.CreateDbContextAsync(cancellationToken);
        var member = await db.Users.Where(u => u.Id == memberId)
            .Select(u => new { Locked = u.LockoutEnd == AccountLock.ByAdministrator })
            .SingleOrDefaultAsync(cancellationToken);
        if (member is null || member.Locked) return MemberAccess.None;
        var grants = await db.ModuleRoleGrants.Where(g => g.MemberId == memberId)
            .Select(g => new { g.Module, g.Role }).ToListAsync(cancellationToken);
        var isAdministrator = await IsAdministratorQuery(db, memberId, twoFactor.Value.AdministratorsNeedTwoFactor).AnyAsync(cancellationToken);
        return new MemberAccess(true, isAdministrator, grants.ToLookup(g => g.Module, g => g.Role));
    }

    /// <summary>An administrator's rights; with <paramref name="needsTwoFactor"/>, only once the account has an authenticator.</summary>
    private static IQueryable<Guid> IsAdministratorQuery(CollabDbContext db, Guid memberId, bool needsTwoFactor) =>
        from userRole in db.UserRoles
        join role in db.Roles on userRole.RoleId equals role.Id
        join member in db.Users on userRole.UserId equals member.Id
        where userRole.UserId == memberId && role.Name == PortalRoles.Administrator && (!needsTwoFactor || member.TwoFactorEnabled)
        select userRole.UserId;

    private sealed record MemberAccess(bool Exists, bool IsPortalAdministrator, ILookup<ModuleKey, ModuleRole> Roles)
    {
        public static readonly MemberAccess None = new(false, false, Array.Empty<ModuleRole>().ToLookup(_ => default(ModuleKey)));

        public IReadOnlyList<ModuleRole> RolesIn(ModuleKey module) => [.. Roles[module]];
    }
}
