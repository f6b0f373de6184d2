using System.Security.Claims;
using EGov.Collab.App.Common;
using EGov.Collab.App.Readiness;
using EGov.Collab.Data;
using EGov.Collab.Domain.Projects;
using Microsoft.EntityFrameworkCore;

namespace EGov.Collab.App.Projects;

/// <summary>A body's readiness and the active listings that improve its weakest components, weakest first.</summary>
public sealed record MatchesView(BodyReadiness Readiness, IReadOnlyList<(ListingSummary Listing, ListingMatch Match)> Matches);

/// <summary>
/// "Matches for my organisation" and the city cabinet's order: listings that improve the weakest readiness components of
/// an organisation or community (from <see cref="IReadinessResults"/>) come first. Null when it has no published result.
/// </summary>
public sealed class ProjectsMatching(IDbContextFactory<CollabDbContext> dbFactory, IReadinessResults readiness, TimeProvider clock)
{
    public async Task<MatchesView?> ForMemberAsync(ClaimsPrincipal user, CancellationToken cancellationToken = default)
    {
        var memberId = user.MemberId();
        if (memberId is null) return null;
        await using var db = await dbFactory.CreateDbContextAsync(cancellationToken);
        var organisationId = await db.Users.Where(u => u.Id == memberId).Select(u => u.OrganisationId).SingleOrDefaultAsync(cancellationToken);
        return organisationId is null ? null : await ForOrganisationAsync(organisationId.Value, cancellationToken);
    }

    public async Task<MatchesView?> ForOrganisationAsync(Guid organisationId, CancellationToken cancellationToken = default) =>
        await MatchAsync(await readiness.ForOrganisationAsync(organisationId, null, cancellationToken), cancellationToken);

    public async Task<MatchesView?> ForCommunityAsync(Guid communityId, CancellationToken cancellationToken = default) =>
        await MatchAsync(await readiness.ForCommunityAsync(communityId, null, cancellationToken), cancellationToken);

    private async Task<MatchesView?> MatchAsync(BodyReadiness? body, CancellationToken cancellationToken)
    {
        if (body is null) return null;
        var now = clock.GetUtcNow();
        await using var db = await dbFactory.CreateDbContextAsync(cancellationToken);
        var active = await db.ProjectListings.AsNoTracking().Include(l => l.Endorsements)
            .Where(l => l.Status == ListingStatus.Published && l.ExpiresAt > now && l.ReadinessList != "")
            .ToListAsync(cancellationToken);
        var gaps = body.Components.Select(c => new ComponentGap(c.Code, c.Score, c.NationalAverage)).ToList();
        var ranked = ListingMatcher.Rank(gaps, active.Select(l => new MatchCandidate(l.Id, l.ReadinessCodes, l.PublishedAt ?? l.CreatedAt)));
        var byId = active.ToDictionary(l => l.Id);
        return new MatchesView(body, ranked.Select(m => (ListingSummary.From(byId[m.ListingId], now), m)).ToList());
    }
}
