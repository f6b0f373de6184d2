using System.Security.Claims;
using EGov.Collab.App.Common;
using EGov.Collab.Data;
using EGov.Collab.Domain.Common;
using EGov.Collab.Domain.Readiness;
using Microsoft.EntityFrameworkCore;

namespace EGov.Collab.App.Readiness;

/// <summary>The methodology of each assessment year: read by anyone, changed by the module's administrators only.</summary>
public sealed class ReadinessMethodologies(IDbContextFactory<CollabDbContext> dbFactory, ReadinessAccess access, TimeProvider clock)
{
    public async Task<MethodologyDefinition?> GetAsync(int year, CancellationToken cancellationToken = default)
    {
        await using var db = await dbFactory.CreateDbContextAsync(cancellationToken);
        var methodology = await db.ReadinessMethodologies.AsNoTracking().SingleOrDefaultAsync(m => m.Year == year, cancellationToken);
        return methodology?.Definition;
    }

    public async Task<IReadOnlyList<int>> YearsAsync(CancellationToken cancellationToken = default)
    {
        await using var db = await dbFactory.CreateDbContextAsync(cancellationToken);
        return await db.ReadinessMethodologies.OrderByDescending(m => m.Year).Select(m => m.Year).ToListAsync(cancellationToken);
    }

    /// <summary>Creates or replaces the year's methodology, or returns every problem (weights not summing to 100 …) and changes nothing.</summary>
    public async Task<Validated<RatingModel>> SaveAsync(ClaimsPrincipal user, MethodologyDefinition definition, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(definition);
        if (!await access.IsAdministratorAsync(user, cancellationToken)) return Validated<RatingModel>.Invalid([CommonErrors.Forbidden]);
        var model = definition.ToModel();
        if (!model.IsValid) return model;

        await using var db = await dbFactory.CreateDbContextAsync(cancellationToken);
        var now = clock.GetUtcNow();
        var existing = await db.ReadinessMethodologies.SingleOrDefaultAsync(m => m.Year == definition.Year, cancellationToken);
        if (existing is null) db.ReadinessMethodologies.Add(ReadinessMethodology.Create(definition, now).Value);
        else existing.Change(definition, now);
        db.AuditEntries.Add(AuditEntry.Record(user.MemberId(), ModuleKey.Readiness, "readiness.methodology-saved", $"methodology:{definition.Year}",
            null, string.Join("; ", definition.Components.Select(c => $"{c.Code} {c.Weight}")), now));
        await db.SaveChangesAsync(cancellationToken);
        return model;
    }
}
