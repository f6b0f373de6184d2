using System.Security.Claims;
using EGov.Collab.App.Common;
using EGov.Collab.Data;
using EGov.Collab.Domain.Cities;
using EGov.Collab.Domain.Common;
using Microsoft.EntityFrameworkCore;

namespace EGov.Collab.App.Cities;

public sealed record ManagerRow(Guid Id, string Community, string Katottg, string Member, string Email);

/// <summary>The module's administrators grant and revoke cabinet managers, one community at a time.</summary>
public sealed class CityManagers(IDbContextFactory<CollabDbContext> dbFactory, ModuleAccess access, TimeProvider clock)
{
    public async Task<IReadOnlyList<ManagerRow>> ListAsync(CancellationToken cancellationToken = default)
    {
        await using var db = await dbFactory.CreateDbContextAsync(cancellationToken);
        return await (from m in db.CityManagers
                      join c in db.Communities on m.CommunityId equals c.Id
                      join u in db.Users on m.MemberId equals u.Id
                      orderby c.NameUk, u.FullName
                      select new ManagerRow(m.Id, c.NameUk, c.KatottgCode, u.FullName, u.Email ?? "")).ToListAsync(cancellationToken);
    }

    public async Task<Result> GrantAsync(ClaimsPrincipal user, string? katottg, string? email, CancellationToken cancellationToken = default)
    {
        if (!await access.CanAsync(user, ModuleKey.Cities, ModuleAction.Administer, cancellationToken)) return CommonErrors.Forbidden;
        var code = (katottg ?? "").Trim().ToUpperInvariant();
        if (!Community.IsValidKatottg(code)) return new Error("Community.KatottgFormat", "Katottg");
        await using var db = await dbFactory.CreateDbContextAsync(cancellationToken);
        var community = await db.Communities.SingleOrDefaultAsync(c => c.KatottgCode == code, cancellationToken);
        if (community is null) return new Error("Cities.UnknownCode", "Katottg");
        var normalised = (email ?? "").Trim().ToUpperInvariant();
        var member = await db.Users.SingleOrDefaultAsync(u => u.NormalizedEmail == normalised, cancellationToken);
        if (member is null) return new Error("Cities.Managers.UnknownMember", "Email");
        if (await db.CityManagers.AnyAsync(m => m.CommunityId == community.Id && m.MemberId == member.Id, cancellationToken))
            return new Error("Cities.Managers.AlreadyGranted", "Email");
        var now = clock.GetUtcNow();
        db.CityManagers.Add(CityManager.Grant(community.Id, member.Id, user.MemberId(), now));
        if (!await db.ModuleRoleGrants.AnyAsync(g => g.MemberId == member.Id && g.Module == ModuleKey.Cities && g.Role == ModuleRole.CityManager, cancellationToken))
            db.ModuleRoleGrants.Add(ModuleRoleGrant.Create(member.Id, ModuleKey.Cities, ModuleRole.CityManager, user.MemberId(), now).Value);
        db.AuditEntries.Add(AuditEntry.Record(user.MemberId(), ModuleKey.Cities, "cities.manager.granted", $"community:{community.Id}", null, member.Email, now));
        await db.SaveChangesAsync(cancellationToken);
        return Result.Success();
    }

    public async Task<Result> RevokeAsync(ClaimsPrincipal user, Guid managerId, CancellationToken cancellationToken = default)
    {
        if (!await access.CanAsync(user, ModuleKey.Cities, ModuleAction.Administer, cancellationToken)) return CommonErrors.Forbidden;
        await using var db = await dbFactory.CreateDbContextAsync(cancellationToken);
        var manager = await db.CityManagers.SingleOrDefaultAsync(m => m.Id == managerId, cancellationToken);
        if (manager is null) return new Error("Cities.Managers.AlreadyRevoked");
        db.CityManagers.Remove(manager);
        db.AuditEntries.Add(AuditEntry.Record(user.MemberId(), ModuleKey.Cities, "cities.manager.revoked", $"community:{manager.CommunityId}", manager.MemberId.ToString(), null, clock.GetUtcNow()));
        await db.SaveChangesAsync(cancellationToken);
        return Result.Success();
    }
}
