using EGov.Collab.App.Cities;
using EGov.Collab.Data;
using EGov.Collab.Domain.Common;
using EGov.Collab.Domain.Projects;
using Microsoft.EntityFrameworkCore;

namespace EGov.Collab.App.Projects;

/// <summary>
/// The exchange in a city cabinet: published listings led by the community's organisations (<c>listing</c>) or in which
/// they expressed interest (<c>interest</c>). A community's organisations are the portal organisations of its readiness
/// bodies. Listings belong to no community, so <see cref="AddressingAsync"/> ignores the peers and returns every active
/// listing improving the given readiness codes.
/// </summary>
public sealed class ProjectsCityContributor(IDbContextFactory<CollabDbContext> dbFactory, TimeProvider clock) : ICityContributor
{
    public ModuleKey Module => ModuleKey.Projects;

    public async Task<IReadOnlyList<CityItem>> ForCommunityAsync(Guid communityId, CancellationToken cancellationToken)
    {
        await using var db = await dbFactory.CreateDbContextAsync(cancellationToken);
        var organisations = await db.ReadinessBodies.AsNoTracking()
            .Where(b => b.CommunityId == communityId && b.OrganisationId != null)
            .Select(b => b.OrganisationId!.Value).Distinct().ToListAsync(cancellationToken);
        if (organisations.Count == 0) return [];
        var led = await db.ProjectListings.AsNoTracking()
            .Where(l => l.Status == ListingStatus.Published && l.OrganisationId != null && organisations.Contains(l.OrganisationId.Value))
            .ToListAsync(cancellationToken);
        var interested = await (from interest in db.ProjectInterests.AsNoTracking()
                                join listing in db.ProjectListings.AsNoTracking() on interest.ListingId equals listing.Id
                                where listing.Status == ListingStatus.Published && interest.OrganisationId != null && organisations.Contains(interest.OrganisationId.Value)
                                select new { listing, interest.CreatedAt }).ToListAsync(cancellationToken);
        return led.Select(l => Item(l, "listing", l.PublishedAt, communityId))
            .Concat(interested.Where(i => led.All(l => l.Id != i.listing.Id))
                .DistinctBy(i => i.listing.Id)
                .Select(i => Item(i.listing, "interest", i.CreatedAt, communityId)))
            .ToList();
    }

    public async Task<IReadOnlyList<CityItem>> AddressingAsync(IReadOnlyCollection<string> readinessCodes, IReadOnlyCollection<Guid>? amongCommunities, CancellationToken cancellationToken)
    {
        if (readinessCodes.Count == 0) return [];
        var now = clock.GetUtcNow();
        await using var db = await dbFactory.CreateDbContextAsync(cancellationToken);
        var active = await db.ProjectListings.AsNoTracking()
            .Where(l => l.Status == ListingStatus.Published && l.ExpiresAt > now && l.ReadinessList != "")
            .ToListAsync(cancellationToken);
        return active.Select(l => Item(l, "listing", l.PublishedAt, null))
            .Where(item => readinessCodes.Any(item.Addresses))
            .ToList();
    }

    private static CityItem Item(Listing listing, string kind, DateTimeOffset? date, Guid? communityId) =>
        new(ModuleKey.Projects, kind, listing.Id, listing.TitleUk, listing.TitleEn, ProjectsLinks.Listing(listing.Id), date, communityId, listing.ReadinessCodes);
}
