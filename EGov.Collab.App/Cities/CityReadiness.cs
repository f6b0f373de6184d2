using EGov.Collab.App.Readiness;
using EGov.Collab.Data;
using Microsoft.EntityFrameworkCore;

namespace EGov.Collab.App.Cities;

/// <summary>
/// A community's published readiness results over the years, from the readiness module: the body linked to the community
/// itself, or else the first of its portal organisations (its council) that was assessed.
/// </summary>
public sealed class CityReadiness(IReadinessResults results, ReadinessResults years, IDbContextFactory<CollabDbContext> dbFactory)
{
    /// <summary>Oldest year first.</summary>
    public async Task<IReadOnlyList<BodyReadiness>> HistoryAsync(Guid communityId, CancellationToken cancellationToken = default)
    {
        var published = await years.PublishedYearsAsync(cancellationToken);
        if (published.Count == 0) return [];
        await using var db = await dbFactory.CreateDbContextAsync(cancellationToken);
        var organisations = await db.CityOrganisations.Where(o => o.CommunityId == communityId).Select(o => o.OrganisationId).ToListAsync(cancellationToken);
        var history = new List<BodyReadiness>();
        foreach (var year in published.OrderBy(y => y))
        {
            var result = await results.ForCommunityAsync(communityId, year, cancellationToken);
            foreach (var organisation in organisations)
            {
                if (result is not null) break;
                result = await results.ForOrganisationAsync(organisation, year, cancellationToken);
            }
            if (result is not null && result.Year == year) history.Add(result);
        }
        return history;
    }
}
