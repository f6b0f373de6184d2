using System.Security.Claims;
using EGov.Collab.App.Common;
using EGov.Collab.Data;
using EGov.Collab.Domain.Common;
using Microsoft.EntityFrameworkCore;

namespace EGov.Collab.App.Admin;

public sealed record GrantRow(Guid Id, ModuleKey Module, ModuleRole Role, DateTimeOffset GrantedAt, string? GrantedByName);

/// <summary>
/// Module roles: a portal administrator manages every module's, a module administrator only their own module's.
/// Decisions rest on <see cref="ModuleAccess"/> (the database), whatever the page showed.
/// </summary>
public sealed class RoleGrants(
    IDbContextFactory<CollabDbContext> dbFactory,
    ModuleAccess access,
    PortalStatistics statistics,
    TimeProvider clock)
{
    /// <summary>The modules whose roles the caller may manage: all for a portal administrator, none for a plain member.</summary>
    public async Task<IReadOnlyList<ModuleKey>> ManageableModulesAsync(ClaimsPrincipal user, CancellationToken cancellationToken = default)
    {
        if (await access.IsPortalAdministratorAsync(user, cancellationToken)) return ModuleKeys.All;
        var modules = new List<ModuleKey>();
        foreach (var module in ModuleKeys.All)
        {
            if (await access.CanAsync(user, module, ModuleAction.Administer, cancellationToken)) modules.Add(module);
        }
        return modules;
    }

    /// <summary>The member's grants in the modules the caller manages.</summary>
    public async Task<Result<IReadOnlyList<GrantRow>>> ForMemberAsync(ClaimsPrincipal user, Guid memberId, CancellationToken cancellationToken = default)
    {
        var manageable = await ManageableModulesAsync(user, cancellationToken);
        if (manageable.Count == 0) return CommonErrors.Forbidden;

        await using var db = await dbFactory.CreateDbContextAsync(cancellationToken);
        if (!await db.Users.AnyAsync(u => u.Id == memberId, cancellationToken)) return CommonErrors.NotFound;
        var rows = await (
                from grant in db.ModuleRoleGrants.AsNoTracking()
                where grant.MemberId == memberId && manageable.Contains(grant.Module)
                join grantor in db.Users on grant.GrantedById equals grantor.Id into grantors
                from grantor in grantors.DefaultIfEmpty()
                select new GrantRow(grant.Id, grant.Module, grant.Role, grant.GrantedAt, grantor == null ? null : grantor.FullName))
            .ToListAsync(cancellationToken);
        return rows.OrderBy(r => r.Module).ThenBy(r => r.Role).ToList();
    }

    public async Task<Result<Guid>> GrantAsync(ClaimsPrincipal user, Guid memberId, ModuleKey module, ModuleRole role, CancellationToken cancellationToken = default)
    {
        if (!Enum.IsDefined(module)) return CommonErrors.Invalid("Module");
        var allowed = await access.EnsureAsync(user, module, ModuleAction.Administer, cancellationToken);
        if (!allowed.IsSuccess) return allowed.Error!;
        var actorId = user.MemberId();

        await using var db = await dbFactory.CreateDbContextAsync(cancellationToken);
        if (!await db.Users.AnyAsync(u => u.Id == memberId, cancellationToken)) return CommonErrors.NotFound;
        var created = ModuleRoleGrant.Create(memberId, module, role, actorId, clock.GetUtcNow());
        if (!created.IsSuccess) return created.Error!;
        if (await IsHeldAsync(db, memberId, module, role, cancellationToken)) return AdminErrors.RoleAlreadyGranted;

        var grant = created.Value;
        db.ModuleRoleGrants.Add(grant);
        db.AuditEntries.Add(AuditEntry.Record(actorId, module, AdminAuditActions.RoleGranted, AuditSubjects.Member(memberId),
            null, grant.ClaimValue, clock.GetUtcNow()));
        try
        {
            await db.SaveChangesAsync(cancellationToken);
        }
        catch (DbUpdateException)
        {
            // Someone granted the same role between our check and our save: the unique index caught it.
            if (await IsHeldInFreshContextAsync(memberId, module, role, cancellationToken)) return AdminErrors.RoleAlreadyGranted;
            throw;
        }
        await statistics.NotifyChangedAsync();
        return grant.Id;
    }

    public async Task<Result> RevokeAsync(ClaimsPrincipal user, Guid grantId, CancellationToken cancellationToken = default)
    {
        await using var db = await dbFactory.CreateDbContextAsync(cancellationToken);
        var grant = await db.ModuleRoleGrants.SingleOrDefaultAsync(g => g.Id == grantId, cancellationToken);
        // Not found and forbidden look the same to a caller without rights in any module.
        if (grant is null)
            return (await ManageableModulesAsync(user, cancellationToken)).Count == 0 ? CommonErrors.Forbidden : CommonErrors.NotFound;
        var allowed = await access.EnsureAsync(user, grant.Module, ModuleAction.Administer, cancellationToken);
        if (!allowed.IsSuccess) return allowed.Error!;

        db.ModuleRoleGrants.Remove(grant);
        db.AuditEntries.Add(AuditEntry.Record(user.MemberId(), grant.Module, AdminAuditActions.RoleRevoked, AuditSubjects.Member(grant.MemberId),
            grant.ClaimValue, null, clock.GetUtcNow()));
        try
        {
            await db.SaveChangesAsync(cancellationToken);
        }
        catch (DbUpdateConcurrencyException)
        {
            // Revoked meanwhile by someone else: the outcome the caller wanted.
            return Result.Success();
        }
        await statistics.NotifyChangedAsync();
        return Result.Success();
    }

    private static Task<bool> IsHeldAsync(CollabDbContext db, Guid memberId, ModuleKey module, ModuleRole role, CancellationToken cancellationToken) =>
        db.ModuleRoleGrants.AnyAsync(g => g.MemberId == memberId && g.Module == module && g.Role == role, cancellationToken);

    private async Task<bool> IsHeldInFreshContextAsync(Guid memberId, ModuleKey module, ModuleRole role, CancellationToken cancellationToken)
    {
        await using var db = await dbFactory.CreateDbContextAsync(cancellationToken);
        return await IsHeldAsync(db, memberId, module, role, cancellationToken);
    }
}
