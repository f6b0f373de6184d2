using EGov.Collab.App.Readiness;
using EGov.Collab.Data;
using EGov.Collab.Domain.Cities;
using EGov.Collab.Domain.Common;
using Microsoft.EntityFrameworkCore;

namespace EGov.Collab.App.Cities;

/// <summary>Everything a community's cabinet shows, gathered from its own rows and from the other modules.</summary>
public sealed record CityCabinetView(
    Community Community,
    Region? Region,
    Community? Parent,
    CityProfile? Profile,
    IReadOnlyList<(Guid Id, string Name)> Organisations,
    IReadOnlyList<BodyReadiness> Readiness,
    IReadOnlyList<ModuleContribution> Contributions,
    IReadOnlyList<CertifiedPerson> CertifiedStaff,
    IReadOnlyList<CityNews> News)
{
    public BodyReadiness? LatestReadiness => Readiness.Count == 0 ? null : Readiness[^1];

    public IReadOnlyList<CityItem> ItemsOf(ModuleKey module) =>
        Contributions.FirstOrDefault(c => c.Module == module)?.Items ?? [];
}

public sealed class CityCabinet(
    IDbContextFactory<CollabDbContext> dbFactory,
    CityDirectory directory,
    CityReadiness readiness,
    CityContributions contributions,
    CertifiedStaff certifiedStaff,
    CityManagement management)
{
    /// <summary>The cabinet of the community with this KATOTTG code; null for a malformed or unknown code.</summary>
    public async Task<CityCabinetView?> LoadAsync(string? code, CancellationToken cancellationToken = default)
    {
        var community = await directory.FindAsync(code, cancellationToken);
        if (community is null) return null;
        await using var db = await dbFactory.CreateDbContextAsync(cancellationToken);
        var parent = community.ParentId is { } parentId ? await db.Communities.AsNoTracking().SingleOrDefaultAsync(c => c.Id == parentId, cancellationToken) : null;
        var organisations = await (from link in db.CityOrganisations
                                   where link.CommunityId == community.Id
                                   join organisation in db.Organisations on link.OrganisationId equals organisation.Id
                                   where organisation.Status == OrganisationStatus.Approved
                                   orderby organisation.Name
                                   select new { organisation.Id, organisation.Name }).ToListAsync(cancellationToken);
        return new CityCabinetView(
            community,
            CityRegions.Of(community.KatottgCode),
            parent,
            await management.ProfileAsync(community.Id, cancellationToken),
            [.. organisations.Select(o => (o.Id, o.Name))],
            await readiness.HistoryAsync(community.Id, cancellationToken),
            await contributions.ForCommunityAsync(community.Id, cancellationToken),
            await certifiedStaff.ForCommunityAsync(community.Id, cancellationToken),
            await management.NewsAsync(community.Id, cancellationToken: cancellationToken));
    }
}
