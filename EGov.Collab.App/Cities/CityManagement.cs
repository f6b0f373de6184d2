using System.Security.Claims;
using EGov.Collab.App.Common;
using EGov.Collab.App.Common.SearchIndex;
using EGov.Collab.Data;
using EGov.Collab.Domain.Cities;
using EGov.Collab.Domain.Common;
using Microsoft.EntityFrameworkCore;

namespace EGov.Collab.App.Cities;

/// <summary>
/// What a community's cabinet managers (and the module's administrators) may change: the profile, its organisations and
/// news. Every method checks the right itself: a manager of one community cannot touch another's cabinet.
/// </summary>
public sealed class CityManagement(IDbContextFactory<CollabDbContext> dbFactory, ModuleAccess access, ISearchIndexer indexer, TimeProvider clock)
{
    public async Task<bool> CanManageAsync(ClaimsPrincipal user, Guid communityId, CancellationToken cancellationToken = default)
    {
        if (user.MemberId() is not { } memberId) return false;
        if (await access.CanAsync(user, ModuleKey.Cities, ModuleAction.Administer, cancellationToken)) return true;
        if (!await access.CanAsync(user, ModuleKey.Cities, ModuleAction.Participate, cancellationToken)) return false;
        await using var db = await dbFactory.CreateDbContextAsync(cancellationToken);
        return await db.CityManagers.AnyAsync(m => m.CommunityId == communityId && m.MemberId == memberId, cancellationToken);
    }

    public async Task<CityProfile?> ProfileAsync(Guid communityId, CancellationToken cancellationToken = default)
    {
        await using var db = await dbFactory.CreateDbContextAsync(cancellationToken);
        return await db.CityProfiles.AsNoTracking().SingleOrDefaultAsync(p => p.CommunityId == communityId, cancellationToken);
    }

    public async Task<Result> UpdateProfileAsync(ClaimsPrincipal user, Guid communityId, CityProfileFields fields, CancellationToken cancellationToken = default)
    {
        if (!await CanManageAsync(user, communityId, cancellationToken)) return CommonErrors.Forbidden;
        await using var db = await dbFactory.CreateDbContextAsync(cancellationToken);
        var now = clock.GetUtcNow();
        var profile = await db.CityProfiles.SingleOrDefaultAsync(p => p.CommunityId == communityId, cancellationToken);
        if (profile is null)
        {
            profile = CityProfile.Empty(communityId, now);
            db.CityProfiles.Add(profile);
        }
        var updated = profile.Update(fields, user.MemberId(), now);
        if (!updated.IsSuccess) return updated;
        db.AuditEntries.Add(AuditEntry.Record(user.MemberId(), ModuleKey.Cities, "cities.profile.updated", $"community:{communityId}", null,
            $"population={fields.Population}; website={fields.Website}", now));
        await db.SaveChangesAsync(cancellationToken);
        await indexer.RefreshAsync(ModuleKey.Cities, CitiesSearchSource.CabinetId(communityId), cancellationToken);
        return Result.Success();
    }

    /// <summary>Records the coat of arms already stored in the document store (see <see cref="CoatOfArms"/>).</summary>
    public async Task<Result> SetCoatOfArmsAsync(ClaimsPrincipal user, Guid communityId, Guid? documentId, CancellationToken cancellationToken = default)
    {
        if (!await CanManageAsync(user, communityId, cancellationToken)) return CommonErrors.Forbidden;
        await using var db = await dbFactory.CreateDbContextAsync(cancellationToken);
        var now = clock.GetUtcNow();
        var profile = await db.CityProfiles.SingleOrDefaultAsync(p => p.CommunityId == communityId, cancellationToken);
        if (profile is null)
        {
            profile = CityProfile.Empty(communityId, now);
            db.CityProfiles.Add(profile);
        }
        profile.SetCoatOfArms(documentId, user.MemberId(), now);
        db.AuditEntries.Add(AuditEntry.Record(user.MemberId(), ModuleKey.Cities, "cities.coat.updated", $"community:{communityId}", null, documentId?.ToString(), now));
        await db.SaveChangesAsync(cancellationToken);
        return Result.Success();
    }

    /// <summary>Approved organisations of the community's region, for the manager to pick its own from.</summary>
    public async Task<IReadOnlyList<(Guid Id, string Name, bool Linked)>> OrganisationChoicesAsync(Community community, CancellationToken cancellationToken = default)
    {
        var region = CityRegions.Of(community.KatottgCode)?.Code;
        await using var db = await dbFactory.CreateDbContextAsync(cancellationToken);
        var linked = await db.CityOrganisations.Where(o => o.CommunityId == community.Id).Select(o => o.OrganisationId).ToListAsync(cancellationToken);
        var candidates = await db.Organisations.AsNoTracking()
            .Where(o => o.Status == OrganisationStatus.Approved && (o.RegionCode == region || linked.Contains(o.Id)))
            .OrderBy(o => o.Name).Select(o => new { o.Id, o.Name }).ToListAsync(cancellationToken);
        return [.. candidates.Select(o => (o.Id, o.Name, linked.Contains(o.Id)))];
    }

    public async Task<Result> SetOrganisationsAsync(ClaimsPrincipal user, Guid communityId, IReadOnlyCollection<Guid> organisationIds, CancellationToken cancellationToken = default)
    {
        if (!await CanManageAsync(user, communityId, cancellationToken)) return CommonErrors.Forbidden;
        await using var db = await dbFactory.CreateDbContextAsync(cancellationToken);
        var known = await db.Organisations.Where(o => organisationIds.Contains(o.Id) && o.Status == OrganisationStatus.Approved).Select(o => o.Id).ToListAsync(cancellationToken);
        if (known.Count != organisationIds.Distinct().Count()) return CommonErrors.Invalid("Organisations");
        var current = await db.CityOrganisations.Where(o => o.CommunityId == communityId).ToListAsync(cancellationToken);
        db.CityOrganisations.RemoveRange(current.Where(o => !known.Contains(o.OrganisationId)));
        foreach (var id in known.Where(id => current.All(o => o.OrganisationId != id)))
            db.CityOrganisations.Add(CityOrganisation.Link(communityId, id));
        db.AuditEntries.Add(AuditEntry.Record(user.MemberId(), ModuleKey.Cities, "cities.organisations.updated", $"community:{communityId}", null,
            string.Join(',', known), clock.GetUtcNow()));
        await db.SaveChangesAsync(cancellationToken);
        return Result.Success();
    }

    public async Task<Result<CityNews>> PostNewsAsync(ClaimsPrincipal user, Guid communityId, string? title, string? body, CancellationToken cancellationToken = default)
    {
        if (!await CanManageAsync(user, communityId, cancellationToken) || user.MemberId() is not { } memberId) return CommonErrors.Forbidden;
        var now = clock.GetUtcNow();
        var news = CityNews.Post(communityId, title, body, memberId, now);
        if (!news.IsSuccess) return news.Error!;
        await using var db = await dbFactory.CreateDbContextAsync(cancellationToken);
        db.CityNews.Add(news.Value);
        db.AuditEntries.Add(AuditEntry.Record(memberId, ModuleKey.Cities, "cities.news.posted", $"community:{communityId}", null, news.Value.Title, now));
        await db.SaveChangesAsync(cancellationToken);
        await indexer.RefreshAsync(ModuleKey.Cities, CitiesSearchSource.NewsId(news.Value.Id), cancellationToken);
        return news.Value;
    }

    public async Task<Result> DeleteNewsAsync(ClaimsPrincipal user, Guid newsId, CancellationToken cancellationToken = default)
    {
        await using var db = await dbFactory.CreateDbContextAsync(cancellationToken);
        var news = await db.CityNews.SingleOrDefaultAsync(n => n.Id == newsId, cancellationToken);
        if (news is null) return CommonErrors.NotFound;
        if (!await CanManageAsync(user, news.CommunityId, cancellationToken)) return CommonErrors.Forbidden;
        db.CityNews.Remove(news);
        db.AuditEntries.Add(AuditEntry.Record(user.MemberId(), ModuleKey.Cities, "cities.news.deleted", $"community:{news.CommunityId}", news.Title, null, clock.GetUtcNow()));
        await db.SaveChangesAsync(cancellationToken);
        await indexer.RefreshAsync(ModuleKey.Cities, CitiesSearchSource.NewsId(newsId), cancellationToken);
        return Result.Success();
    }

    public async Task<IReadOnlyList<CityNews>> NewsAsync(Guid communityId, int max = 20, CancellationToken cancellationToken = default)
    {
        await using var db = await dbFactory.CreateDbContextAsync(cancellationToken);
        return await db.CityNews.AsNoTracking().Where(n => n.CommunityId == communityId)
            .OrderByDescending(n => n.PublishedAt).Take(max).ToListAsync(cancellationToken);
    }
}
