using System.Security.Claims;
using EGov.Collab.App.Common;
using EGov.Collab.Data;
using EGov.Collab.Domain.Common;
using Microsoft.EntityFrameworkCore;

namespace EGov.Collab.App.Admin;

public sealed record AdminCounts(int Members, int UnconfirmedMembers, int PendingOrganisations, int Organisations, int OutboxMessages);

/// <summary>The counts on the administration home page.</summary>
public sealed class AdminOverview(IDbContextFactory<CollabDbContext> dbFactory, ModuleAccess access, OutboxBrowser outbox)
{
    public async Task<Result<AdminCounts>> CountsAsync(ClaimsPrincipal user, CancellationToken cancellationToken = default)
    {
        var allowed = await access.PortalAdministratorAsync(user, cancellationToken);
        if (!allowed.IsSuccess) return allowed.Error!;

        await using var db = await dbFactory.CreateDbContextAsync(cancellationToken);
        var members = await db.Users.CountAsync(cancellationToken);
        var unconfirmed = await db.Users.CountAsync(u => !u.EmailConfirmed, cancellationToken);
        var pending = await db.Organisations.CountAsync(o => o.Status == OrganisationStatus.Pending, cancellationToken);
        var organisations = await db.Organisations.CountAsync(cancellationToken);
        return new AdminCounts(members, unconfirmed, pending, organisations, outbox.Count());
    }
}
