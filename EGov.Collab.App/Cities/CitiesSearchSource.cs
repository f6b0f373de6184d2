using System.Runtime.CompilerServices;
using EGov.Collab.App.Common.SearchIndex;
using EGov.Collab.Data;
using EGov.Collab.Domain.Cities;
using EGov.Collab.Domain.Common;
using EGov.Collab.Domain.Common.Search;
using Microsoft.EntityFrameworkCore;

namespace EGov.Collab.App.Cities;

/// <summary>Cabinets (one document per language) and their news, for the portal-wide index; all of it is public.</summary>
public sealed class CitiesSearchSource(IDbContextFactory<CollabDbContext> dbFactory) : ISearchSource
{
    private const string CabinetPrefix = "cabinet:";
    private const string NewsPrefix = "news:";

    public ModuleKey Module => ModuleKey.Cities;

    public static string CabinetId(Guid communityId) => CabinetPrefix + communityId.ToString("N");

    public static string NewsId(Guid newsId) => NewsPrefix + newsId.ToString("N");

    public async IAsyncEnumerable<SearchItem> AllAsync([EnumeratorCancellation] CancellationToken cancellationToken)
    {
        await using var db = await dbFactory.CreateDbContextAsync(cancellationToken);
        var profiles = await db.CityProfiles.AsNoTracking().ToDictionaryAsync(p => p.CommunityId, cancellationToken);
        await foreach (var community in db.Communities.AsNoTracking().AsAsyncEnumerable().WithCancellation(cancellationToken))
        {
            foreach (var item in Cabinet(community, profiles.GetValueOrDefault(community.Id)))
                yield return item;
        }
        var news = await (from n in db.CityNews.AsNoTracking() join c in db.Communities on n.CommunityId equals c.Id select new { n, c.KatottgCode })
            .ToListAsync(cancellationToken);
        foreach (var row in news)
            yield return News(row.n, row.KatottgCode);
    }

    public async Task<IReadOnlyList<SearchItem>> ItemAsync(string itemId, CancellationToken cancellationToken)
    {
        await using var db = await dbFactory.CreateDbContextAsync(cancellationToken);
        if (itemId.StartsWith(CabinetPrefix, StringComparison.Ordinal) && Guid.TryParse(itemId[CabinetPrefix.Length..], out var communityId))
        {
            var community = await db.Communities.AsNoTracking().SingleOrDefaultAsync(c => c.Id == communityId, cancellationToken);
            if (community is null) return [];
            var profile = await db.CityProfiles.AsNoTracking().SingleOrDefaultAsync(p => p.CommunityId == communityId, cancellationToken);
            return Cabinet(community, profile);
        }
        if (itemId.StartsWith(NewsPrefix, StringComparison.Ordinal) && Guid.TryParse(itemId[NewsPrefix.Length..], out var newsId))
        {
            var row = await (from n in db.CityNews.AsNoTracking() where n.Id == newsId join c in db.Communities on n.CommunityId equals c.Id select new { n, c.KatottgCode })
                .SingleOrDefaultAsync(cancellationToken);
            return row is null ? [] : [News(row.n, row.KatottgCode)];
        }
        return [];
    }

    private static List<SearchItem> Cabinet(Community community, CityProfile? profile)
    {
        var url = CityUrls.Cabinet(community.KatottgCode);
        var updated = profile?.UpdatedAt ?? DateTimeOffset.UnixEpoch;
        var about = profile?.About ?? "";
        var regionUk = CityRegions.Of(community.KatottgCode)?.NameUk ?? "";
        var regionEn = CityRegions.Of(community.KatottgCode)?.NameEn ?? "";
        List<SearchItem> items = [new(ModuleKey.Cities, CabinetId(community.Id), "uk", community.NameUk, $"{community.KatottgCode} {regionUk} {about}".Trim(), url, SearchAudience.Public, updated)];
        if (community.NameEn.Length > 0)
            items.Add(new(ModuleKey.Cities, CabinetId(community.Id), "en", community.NameEn, $"{community.KatottgCode} {regionEn}".Trim(), url, SearchAudience.Public, updated));
        return items;
    }

    private static SearchItem News(CityNews news, string katottg) =>
        new(ModuleKey.Cities, NewsId(news.Id), "uk", news.Title, news.Body, CityUrls.News(katottg, news.Id), SearchAudience.Public, news.PublishedAt);
}
