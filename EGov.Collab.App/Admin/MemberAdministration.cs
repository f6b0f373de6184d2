using System.Globalization;
using System.Security.Claims;
using EGov.Collab.App.Common;
using EGov.Collab.Data;
using EGov.Collab.Data.Common;
using EGov.Collab.Domain.Common;
using Microsoft.AspNetCore.Identity;
using Microsoft.EntityFrameworkCore;

namespace EGov.Collab.App.Admin;

public sealed record MemberQuery(string? Search = null, int Page = 0, int PageSize = 25);

public sealed record ModuleRoleRef(ModuleKey Module, ModuleRole Role);

public sealed record MemberRow(
    Guid Id,
    string FullName,
    string Email,
    string? OrganisationName,
    bool EmailConfirmed,
    bool IsLocked,
    bool IsPortalAdministrator,
    IReadOnlyList<ModuleRoleRef> Roles);

public sealed record MemberDetails(
    Guid Id,
    string FullName,
    string Email,
    string? Position,
    Guid? OrganisationId,
    string? OrganisationName,
    string? RegionCode,
    DateTimeOffset RegisteredAt,
    bool EmailConfirmed,
    DateTimeOffset? LockedUntil,
    bool IsPortalAdministrator);

/// <summary>
/// Portal administrators look after accounts: find members, confirm an address by hand, lock and unlock, appoint and
/// remove portal administrators. Changes go through <see cref="UserManager{TUser}"/> so Identity's rules hold, in one
/// save with their audit entry.
/// </summary>
public sealed class MemberAdministration(
    IDbContextFactory<CollabDbContext> dbFactory,
    IServiceScopeFactory scopeFactory,
    ModuleAccess access,
    PortalStatistics statistics,
    TimeProvider clock)
{
    /// <summary>"Locked until further notice": Identity has no permanent lock, only an end date.</summary>
    public static readonly DateTimeOffset LockedForever = AccountLock.ByAdministrator;

    /// <summary>True for a lock set by <see cref="LockAsync"/>; the stored value may lose sub-millisecond precision.</summary>
    public static bool IsIndefinite(DateTimeOffset lockedUntil) => lockedUntil.Year == DateTimeOffset.MaxValue.Year;

    public async Task<Result<PagedList<MemberRow>>> SearchAsync(ClaimsPrincipal user, MemberQuery query, CancellationToken cancellationToken = default)
    {
        var allowed = await access.PortalAdministratorAsync(user, cancellationToken);
        if (!allowed.IsSuccess) return allowed.Error!;

        await using var db = await dbFactory.CreateDbContextAsync(cancellationToken);
        // Names are Ukrainian and SQLite's LIKE folds only ASCII: filter and sort in memory (members number thousands, not millions).
        var members = await db.Users.AsNoTracking()
            .Select(u => new { u.Id, u.FullName, Email = u.Email ?? "", u.OrganisationId, u.EmailConfirmed, u.LockoutEnd })
            .ToListAsync(cancellationToken);
        var organisations = await db.Organisations.AsNoTracking().Select(o => new { o.Id, o.Name })
            .ToDictionaryAsync(o => o.Id, o => o.Name, cancellationToken);
        var administrators = (await AdministratorIds(db).ToListAsync(cancellationToken)).ToHashSet();

        var search = (query.Search ?? "").Trim();
        var comparer = StringComparer.Create(CultureInfo.CurrentCulture, ignoreCase: true);
        var matching = members
            .Select(m => new { Member = m, Organisation = m.OrganisationId is { } id ? organisations.GetValueOrDefault(id) : null })
            .Where(m => search.Length == 0 || SearchText.Matches(m.Member.FullName, search)
                || SearchText.Matches(m.Member.Email, search) || SearchText.Matches(m.Organisation, search))
            .OrderBy(m => m.Member.FullName, comparer)
            .ToList();
        var (skip, take) = PagedList<MemberRow>.Window(query.Page, query.PageSize);
        var page = matching.Skip(skip).Take(take).ToList();

        var pageIds = page.Select(m => m.Member.Id).ToList();
        var grants = (await db.ModuleRoleGrants.AsNoTracking().Where(g => pageIds.Contains(g.MemberId))
                .Select(g => new { g.MemberId, g.Module, g.Role }).ToListAsync(cancellationToken))
            .ToLookup(g => g.MemberId, g => new ModuleRoleRef(g.Module, g.Role));
        var now = clock.GetUtcNow();
        var rows = page.Select(m => new MemberRow(
                m.Member.Id, m.Member.FullName, m.Member.Email, m.Organisation, m.Member.EmailConfirmed,
                m.Member.LockoutEnd > now, administrators.Contains(m.Member.Id),
                grants[m.Member.Id].OrderBy(g => g.Module).ThenBy(g => g.Role).ToList()))
            .ToList();
        return new PagedList<MemberRow>(rows, matching.Count);
    }

    public async Task<Result<MemberDetails>> GetAsync(ClaimsPrincipal user, Guid memberId, CancellationToken cancellationToken = default)
    {
        var allowed = await access.PortalAdministratorAsync(user, cancellationToken);
        if (!allowed.IsSuccess) return allowed.Error!;

        await using var db = await dbFactory.CreateDbContextAsync(cancellationToken);
        var member = await db.Users.AsNoTracking().SingleOrDefaultAsync(u => u.Id == memberId, cancellationToken);
        if (member is null) return CommonErrors.NotFound;
        var organisationName = member.OrganisationId is { } organisationId
            ? await db.Organisations.Where(o => o.Id == organisationId).Select(o => o.Name).SingleOrDefaultAsync(cancellationToken)
            : null;
        var isAdministrator = await AdministratorIds(db).AnyAsync(id => id == memberId, cancellationToken);
        var lockedUntil = member.LockoutEnd > clock.GetUtcNow() ? member.LockoutEnd : null;
        return new MemberDetails(
            member.Id, member.FullName, member.Email ?? "", member.Position, member.OrganisationId, organisationName,
            member.RegionCode, member.RegisteredAt, member.EmailConfirmed, lockedUntil, isAdministrator);
    }

    public Task<Result> ConfirmEmailAsync(ClaimsPrincipal user, Guid memberId, CancellationToken cancellationToken = default) =>
        ChangeAsync(user, memberId, new MemberChange(AdminAuditActions.EmailConfirmed, (member, _) =>
        {
            if (member.EmailConfirmed) return Task.FromResult(Change.None);
            member.EmailConfirmed = true;
            return Task.FromResult(Change.From(new { confirmed = false }, new { confirmed = true }));
        }) { CountsMayChange = true }, cancellationToken);

    /// <summary>Locks the account until further notice and ends its sessions (the security stamp changes).</summary>
    public Task<Result> LockAsync(ClaimsPrincipal user, Guid memberId, CancellationToken cancellationToken = default) =>
        ChangeAsync(user, memberId, new MemberChange(AdminAuditActions.MemberLocked, (member, _) =>
        {
            var before = member.LockoutEnd;
            member.LockoutEnabled = true;
            member.LockoutEnd = LockedForever;
            return Task.FromResult(Change.From(new { lockedUntil = before }, new { lockedUntil = member.LockoutEnd }));
        }) { RenewSecurityStamp = true, RefusedForSelf = AdminErrors.CannotLockSelf }, cancellationToken);

    public Task<Result> UnlockAsync(ClaimsPrincipal user, Guid memberId, CancellationToken cancellationToken = default) =>
        ChangeAsync(user, memberId, new MemberChange(AdminAuditActions.MemberUnlocked, (member, _) =>
        {
            if (member.LockoutEnd is null && member.AccessFailedCount == 0) return Task.FromResult(Change.None);
            var before = member.LockoutEnd;
            member.LockoutEnd = null;
            member.AccessFailedCount = 0;
            return Task.FromResult(Change.From(new { lockedUntil = before }, new { lockedUntil = (DateTimeOffset?)null }));
        }), cancellationToken);

    /// <summary>Makes the member a portal administrator; the rights come with their next sign-in (their sessions end).</summary>
    public Task<Result> MakeAdministratorAsync(ClaimsPrincipal user, Guid memberId, CancellationToken cancellationToken = default) =>
        ChangeAsync(user, memberId, new MemberChange(AdminAuditActions.AdministratorAdded, async (member, db) =>
        {
            var roleId = await AdministratorRoleId(db, cancellationToken);
            if (await db.UserRoles.AnyAsync(r => r.UserId == member.Id && r.RoleId == roleId, cancellationToken)) return Change.None;
            db.UserRoles.Add(new IdentityUserRole<Guid> { UserId = member.Id, RoleId = roleId });
            return Change.From(new { administrator = false }, new { administrator = true });
        }) { RenewSecurityStamp = true }, cancellationToken);

    /// <summary>Refuses to remove the caller's own rights or the portal's last administrator.</summary>
    public Task<Result> RemoveAdministratorAsync(ClaimsPrincipal user, Guid memberId, CancellationToken cancellationToken = default) =>
        ChangeAsync(user, memberId, new MemberChange(AdminAuditActions.AdministratorRemoved, async (member, db) =>
        {
            var roleId = await AdministratorRoleId(db, cancellationToken);
            var link = await db.UserRoles.SingleOrDefaultAsync(r => r.UserId == member.Id && r.RoleId == roleId, cancellationToken);
            if (link is null) return Change.None;
            if (await db.UserRoles.CountAsync(r => r.RoleId == roleId, cancellationToken) <= 1) return Change.Refuse(AdminErrors.LastAdministrator);
            db.UserRoles.Remove(link);
            return Change.From(new { administrator = true }, new { administrator = false });
        }) { RenewSecurityStamp = true, RefusedForSelf = AdminErrors.CannotRemoveOwnAdministrator }, cancellationToken);

    /// <summary>
    /// Loads the member through a fresh Identity scope, applies the change, and saves it together with its audit entry
    /// in the one SaveChanges that UserManager performs (the user store shares the scope's context).
    /// </summary>
    private async Task<Result> ChangeAsync(ClaimsPrincipal user, Guid memberId, MemberChange change, CancellationToken cancellationToken)
    {
        var actor = await access.PortalAdministratorAsync(user, cancellationToken);
        if (!actor.IsSuccess) return actor.Error!;
        if (change.RefusedForSelf is not null && actor.Value == memberId) return change.RefusedForSelf;

        await using var scope = scopeFactory.CreateAsyncScope();
        var users = scope.ServiceProvider.GetRequiredService<UserManager<Member>>();
        var db = scope.ServiceProvider.GetRequiredService<CollabDbContext>();
        var member = await users.FindByIdAsync(memberId.ToString());
        if (member is null) return CommonErrors.NotFound;

        var outcome = await change.Apply(member, db);
        if (outcome.Refusal is not null) return outcome.Refusal;
        if (!outcome.IsMade) return Result.Success();

        db.AuditEntries.Add(AuditEntry.Record(actor.Value, null, change.Action, AuditSubjects.Member(memberId),
            outcome.Before, outcome.After, clock.GetUtcNow()));
        var saved = change.RenewSecurityStamp ? await users.UpdateSecurityStampAsync(member) : await users.UpdateAsync(member);
        if (!saved.Succeeded)
        {
            return saved.Errors.Any(e => e.Code == nameof(IdentityErrorDescriber.ConcurrencyFailure))
                ? CommonErrors.ConcurrentChange
                : AdminErrors.IdentityFailed;
        }
        if (change.CountsMayChange) await statistics.NotifyChangedAsync();
        return Result.Success();
    }

    private static IQueryable<Guid> AdministratorIds(CollabDbContext db) =>
        from userRole in db.UserRoles
        join role in db.Roles on userRole.RoleId equals role.Id
        where role.Name == PortalRoles.Administrator
        select userRole.UserId;

    private static Task<Guid> AdministratorRoleId(CollabDbContext db, CancellationToken cancellationToken) =>
        db.Roles.Where(r => r.Name == PortalRoles.Administrator).Select(r => r.Id).SingleAsync(cancellationToken);

    private sealed record MemberChange(string Action, Func<Member, CollabDbContext, Task<Change>> Apply)
    {
        /// <summary>Ends the member's sessions: their cookie no longer matches once the stamp changes.</summary>
        public bool RenewSecurityStamp { get; init; }

        public bool CountsMayChange { get; init; }

        public Error? RefusedForSelf { get; init; }
    }

    /// <summary>What a change did: nothing, something (with before/after summaries for the audit), or a refusal.</summary>
    private sealed record Change(string? Before, string? After, Error? Refusal)
    {
        public static readonly Change None = new(null, null, null);

        public bool IsMade => Before is not null;

        public static Change From(object before, object after) => new(AuditSubjects.Summary(before), AuditSubjects.Summary(after), null);

        public static Change Refuse(Error error) => new(null, null, error);
    }
}
