using System.Globalization;
using System.Security.Claims;
using EGov.Collab.App.Common;
using EGov.Collab.Data;
using EGov.Collab.Domain.Common;
using Microsoft.EntityFrameworkCore;

namespace EGov.Collab.App.Admin;

public sealed record ModuleRow(ModuleKey Module, Guid OrganisationId, string OrganisationName, int AdministratorCount, Guid Version);

public sealed record OrganisationChoice(Guid Id, string Name);

/// <summary>The eleven modules and the organisation that runs each; a portal administrator can hand a module over.</summary>
public sealed class ModuleAdministration(
    IDbContextFactory<CollabDbContext> dbFactory,
    ModuleAccess access,
    TimeProvider clock)
{
    public async Task<Result<IReadOnlyList<ModuleRow>>> ListAsync(ClaimsPrincipal user, CancellationToken cancellationToken = default)
    {
        var allowed = await access.PortalAdministratorAsync(user, cancellationToken);
        if (!allowed.IsSuccess) return allowed.Error!;

        await using var db = await dbFactory.CreateDbContextAsync(cancellationToken);
        var rows = await (
                from module in db.Modules.AsNoTracking()
                join organisation in db.Organisations on module.AdministeringOrganisationId equals organisation.Id
                select new ModuleRow(
                    module.Key,
                    organisation.Id,
                    organisation.Name,
                    db.ModuleRoleGrants.Count(g => g.Module == module.Key && g.Role == ModuleRole.Administrator),
                    EF.Property<Guid>(module, ConcurrencyStamps.PropertyName)))
            .ToListAsync(cancellationToken);
        return rows.OrderBy(r => r.Module).ToList();
    }

    /// <summary>The approved organisations a module can be handed to, by name.</summary>
    public async Task<Result<IReadOnlyList<OrganisationChoice>>> CandidatesAsync(ClaimsPrincipal user, CancellationToken cancellationToken = default)
    {
        var allowed = await access.PortalAdministratorAsync(user, cancellationToken);
        if (!allowed.IsSuccess) return allowed.Error!;

        await using var db = await dbFactory.CreateDbContextAsync(cancellationToken);
        var choices = await db.Organisations.AsNoTracking().Where(o => o.Status == OrganisationStatus.Approved)
            .Select(o => new OrganisationChoice(o.Id, o.Name)).ToListAsync(cancellationToken);
        var comparer = StringComparer.Create(CultureInfo.CurrentCulture, ignoreCase: true);
        return choices.OrderBy(c => c.Name, comparer).ToList();
    }

    public async Task<Result> HandOverAsync(ClaimsPrincipal user, ModuleKey key, Guid organisationId, Guid expectedVersion, CancellationToken cancellationToken = default)
    {
        var actor = await access.PortalAdministratorAsync(user, cancellationToken);
        if (!actor.IsSuccess) return actor.Error!;

        await using var db = await dbFactory.CreateDbContextAsync(cancellationToken);
        var module = await db.Modules.SingleOrDefaultAsync(m => m.Key == key, cancellationToken);
        if (module is null) return CommonErrors.NotFound;
        if (db.Entry(module).Property<Guid>(ConcurrencyStamps.PropertyName).CurrentValue != expectedVersion) return CommonErrors.ConcurrentChange;
        if (module.AdministeringOrganisationId == organisationId) return Result.Success();
        var target = await db.Organisations.Where(o => o.Id == organisationId && o.Status == OrganisationStatus.Approved)
            .Select(o => o.Name).SingleOrDefaultAsync(cancellationToken);
        if (target is null) return AdminErrors.OrganisationNotApproved;
        var current = await db.Organisations.Where(o => o.Id == module.AdministeringOrganisationId).Select(o => o.Name).SingleOrDefaultAsync(cancellationToken);

        var before = AuditSubjects.Summary(new { organisation = module.AdministeringOrganisationId, name = current });
        module.HandOverTo(organisationId);
        db.AuditEntries.Add(AuditEntry.Record(actor.Value, key, AdminAuditActions.ModuleHandedOver, AuditSubjects.Module(key),
            before, AuditSubjects.Summary(new { organisation = organisationId, name = target }), clock.GetUtcNow()));
        try
        {
            await db.SaveChangesAsync(cancellationToken);
            return Result.Success();
        }
        catch (DbUpdateConcurrencyException)
        {
            return CommonErrors.ConcurrentChange;
        }
    }
}
