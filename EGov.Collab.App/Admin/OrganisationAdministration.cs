using System.Globalization;
using System.Security.Claims;
using EGov.Collab.App.Common;
using EGov.Collab.Data;
using EGov.Collab.Domain.Common;
using Microsoft.EntityFrameworkCore;

namespace EGov.Collab.App.Admin;

public sealed record OrganisationQuery(OrganisationStatus? Status = null, string? Search = null, int Page = 0, int PageSize = 25, Guid? Id = null);

public sealed record OrganisationRow(
    Guid Id,
    string Name,
    OrganisationKind Kind,
    string RegionCode,
    string? EdrpouCode,
    OrganisationStatus Status,
    DateTimeOffset CreatedAt,
    int MemberCount,
    Guid Version);

public sealed record OrganisationInput(string Name, OrganisationKind Kind, string RegionCode, string? EdrpouCode);

/// <summary>
/// Portal administrators keep the list of organisations: create and edit them, and approve or reject the ones members
/// asked for at registration. Edits carry the version they started from, so a concurrent change is caught, not overwritten.
/// </summary>
public sealed class OrganisationAdministration(
    IDbContextFactory<CollabDbContext> dbFactory,
    ModuleAccess access,
    PortalStatistics statistics,
    TimeProvider clock)
{
    public async Task<Result<PagedList<OrganisationRow>>> ListAsync(ClaimsPrincipal user, OrganisationQuery query, CancellationToken cancellationToken = default)
    {
        var allowed = await access.PortalAdministratorAsync(user, cancellationToken);
        if (!allowed.IsSuccess) return allowed.Error!;

        await using var db = await dbFactory.CreateDbContextAsync(cancellationToken);
        var organisations = db.Organisations.AsNoTracking();
        if (query.Status is { } status) organisations = organisations.Where(o => o.Status == status);
        if (query.Id is { } id) organisations = organisations.Where(o => o.Id == id);
        var rows = await organisations
            .Select(o => new
            {
                Organisation = o,
                Version = EF.Property<Guid>(o, ConcurrencyStamps.PropertyName),
                Members = db.Users.Count(u => u.OrganisationId == o.Id),
            })
            .ToListAsync(cancellationToken);

        // Organisation names are Ukrainian: search and sort in memory, with the culture's rules (SQLite folds only ASCII).
        var search = (query.Search ?? "").Trim();
        var comparer = StringComparer.Create(CultureInfo.CurrentCulture, ignoreCase: true);
        var matching = rows
            .Where(r => search.Length == 0 || SearchText.Matches(r.Organisation.Name, search) || SearchText.Matches(r.Organisation.EdrpouCode, search))
            .OrderBy(r => r.Organisation.Status != OrganisationStatus.Pending)
            .ThenBy(r => r.Organisation.Name, comparer)
            .Select(r => new OrganisationRow(r.Organisation.Id, r.Organisation.Name, r.Organisation.Kind, r.Organisation.RegionCode,
                r.Organisation.EdrpouCode, r.Organisation.Status, r.Organisation.CreatedAt, r.Members, r.Version))
            .ToList();
        return PagedList<OrganisationRow>.From(matching, query.Page, query.PageSize);
    }

    /// <summary>An organisation an administrator creates is approved at once.</summary>
    public async Task<Result<Guid>> CreateAsync(ClaimsPrincipal user, OrganisationInput input, CancellationToken cancellationToken = default)
    {
        var actor = await access.PortalAdministratorAsync(user, cancellationToken);
        if (!actor.IsSuccess) return actor.Error!;

        var now = clock.GetUtcNow();
        var created = Organisation.Create(input.Name, input.Kind, input.RegionCode, input.EdrpouCode, OrganisationStatus.Approved, now);
        if (!created.IsSuccess) return created.Error!;
        var organisation = created.Value;

        await using var db = await dbFactory.CreateDbContextAsync(cancellationToken);
        db.Organisations.Add(organisation);
        db.AuditEntries.Add(AuditEntry.Record(actor.Value, null, AdminAuditActions.OrganisationCreated,
            AuditSubjects.Organisation(organisation.Id), null, Summary(organisation), now));
        var saved = await SaveAsync(db, organisation, cancellationToken);
        if (!saved.IsSuccess) return saved.Error!;
        await statistics.NotifyChangedAsync();
        return organisation.Id;
    }

    public async Task<Result> UpdateAsync(ClaimsPrincipal user, Guid id, OrganisationInput input, Guid expectedVersion, CancellationToken cancellationToken = default)
    {
        var actor = await access.PortalAdministratorAsync(user, cancellationToken);
        if (!actor.IsSuccess) return actor.Error!;

        await using var db = await dbFactory.CreateDbContextAsync(cancellationToken);
        var organisation = await LoadAsync(db, id, expectedVersion, cancellationToken);
        if (!organisation.IsSuccess) return organisation.Error!;
        var before = Summary(organisation.Value);
        var updated = organisation.Value.Update(input.Name, input.Kind, input.RegionCode, input.EdrpouCode);
        if (!updated.IsSuccess) return updated;
        var after = Summary(organisation.Value);
        if (before == after) return Result.Success();

        db.AuditEntries.Add(AuditEntry.Record(actor.Value, null, AdminAuditActions.OrganisationUpdated,
            AuditSubjects.Organisation(id), before, after, clock.GetUtcNow()));
        return await SaveAsync(db, organisation.Value, cancellationToken);
    }

    public Task<Result> ApproveAsync(ClaimsPrincipal user, Guid id, Guid expectedVersion, CancellationToken cancellationToken = default) =>
        DecideAsync(user, id, expectedVersion, approve: true, cancellationToken);

    public Task<Result> RejectAsync(ClaimsPrincipal user, Guid id, Guid expectedVersion, CancellationToken cancellationToken = default) =>
        DecideAsync(user, id, expectedVersion, approve: false, cancellationToken);

    private async Task<Result> DecideAsync(ClaimsPrincipal user, Guid id, Guid expectedVersion, bool approve, CancellationToken cancellationToken)
    {
        var actor = await access.PortalAdministratorAsync(user, cancellationToken);
        if (!actor.IsSuccess) return actor.Error!;

        await using var db = await dbFactory.CreateDbContextAsync(cancellationToken);
        var loaded = await LoadAsync(db, id, expectedVersion, cancellationToken);
        if (!loaded.IsSuccess) return loaded.Error!;
        var organisation = loaded.Value;
        if (organisation.Status != OrganisationStatus.Pending) return AdminErrors.NotPending;

        var before = organisation.Status;
        if (approve) organisation.Approve();
        else organisation.Reject();
        db.AuditEntries.Add(AuditEntry.Record(actor.Value, null,
            approve ? AdminAuditActions.OrganisationApproved : AdminAuditActions.OrganisationRejected,
            AuditSubjects.Organisation(id), before.ToString(), organisation.Status.ToString(), clock.GetUtcNow()));
        var saved = await SaveAsync(db, organisation, cancellationToken);
        if (saved.IsSuccess) await statistics.NotifyChangedAsync();
        return saved;
    }

    /// <summary>Loads the organisation for a change, as of the version the caller saw.</summary>
    private static async Task<Result<Organisation>> LoadAsync(CollabDbContext db, Guid id, Guid expectedVersion, CancellationToken cancellationToken)
    {
        var organisation = await db.Organisations.SingleOrDefaultAsync(o => o.Id == id, cancellationToken);
        if (organisation is null) return CommonErrors.NotFound;
        var version = db.Entry(organisation).Property<Guid>(ConcurrencyStamps.PropertyName);
        if (version.CurrentValue != expectedVersion) return CommonErrors.ConcurrentChange;
        return organisation;
    }

    /// <summary>Saves, turning a taken EDRPOU code or a concurrent edit into an error the form can show.</summary>
    private async Task<Result> SaveAsync(CollabDbContext db, Organisation organisation, CancellationToken cancellationToken)
    {
        if (organisation.EdrpouCode is { } code
            && await db.Organisations.AnyAsync(o => o.EdrpouCode == code && o.Id != organisation.Id, cancellationToken))
            return AdminErrors.EdrpouTaken;
        try
        {
            await db.SaveChangesAsync(cancellationToken);
            return Result.Success();
        }
        catch (DbUpdateConcurrencyException)
        {
            return CommonErrors.ConcurrentChange;
        }
        catch (DbUpdateException)
        {
            // The unique index on EdrpouCode caught a code saved after our check.
            if (organisation.EdrpouCode is { } taken && await IsEdrpouTakenAsync(taken, organisation.Id, cancellationToken))
                return AdminErrors.EdrpouTaken;
            throw;
        }
    }

    private async Task<bool> IsEdrpouTakenAsync(string code, Guid exceptId, CancellationToken cancellationToken)
    {
        await using var db = await dbFactory.CreateDbContextAsync(cancellationToken);
        return await db.Organisations.AnyAsync(o => o.EdrpouCode == code && o.Id != exceptId, cancellationToken);
    }

    private static string Summary(Organisation organisation) => AuditSubjects.Summary(new
    {
        name = organisation.Name,
        kind = organisation.Kind.ToString(),
        region = organisation.RegionCode,
        edrpou = organisation.EdrpouCode,
    });
}
