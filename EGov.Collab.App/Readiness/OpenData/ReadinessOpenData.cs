using EGov.Collab.Data;
using EGov.Collab.Domain.Common;
using EGov.Collab.Domain.Readiness;
using Microsoft.EntityFrameworkCore;

namespace EGov.Collab.App.Readiness.OpenData;

/// <summary>
/// The published results of a year for download. Built from <see cref="ReadinessResults.YearAsync"/>, the source of the
/// results page, so nothing unpublished can leak; the region comes from the body's organisation, else its community.
/// </summary>
public sealed class ReadinessOpenData(ReadinessResults results, IDbContextFactory<CollabDbContext> dbFactory)
{
    /// <summary>Null when the year has no published results.</summary>
    public async Task<OpenResults?> YearAsync(int year, CancellationToken cancellationToken = default)
    {
        var published = await results.YearAsync(year, cancellationToken);
        return published is null ? null : await OfAsync(published, cancellationToken);
    }

    /// <summary>The open data of a year already loaded (the results page has it).</summary>
    public async Task<OpenResults> OfAsync(PublishedYear published, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(published);
        var regions = await RegionsAsync(published.Bodies.Values, cancellationToken);
        var components = published.Definition.Components;
        var bodies = published.Results.Bodies.OrderBy(b => b.Rank).Select(b =>
        {
            var body = published.Body(b.Index.Id);
            var region = regions.GetValueOrDefault(body.Id);
            return new OpenBodyResult(b.Rank, b.GroupRank, body.Id, body.NameUk, body.NameEn, body.Group.ToString(), region?.Code, region?.NameUk, region?.NameEn,
                IndexRounding.Round(b.Index.Composite),
                [.. components.Select(c => new OpenScore(c.Code, IndexRounding.Round(b.Index.Components[c.Code])))]);
        }).ToList();
        return new OpenResults(published.Year, [.. components.Select(c => new OpenComponent(c.Code, c.NameUk, c.NameEn, c.Weight))], bodies);
    }

    /// <summary>The average index of each region's bodies, × 100 and rounded, as the region map shows it.</summary>
    public static IReadOnlyDictionary<string, int> RegionAverages(OpenResults open)
    {
        ArgumentNullException.ThrowIfNull(open);
        return open.Bodies.Where(b => b.RegionCode is not null).GroupBy(b => b.RegionCode!, StringComparer.Ordinal)
            .ToDictionary(g => g.Key, g => (int)Math.Round(g.Average(b => b.Index) * 100m, MidpointRounding.AwayFromZero), StringComparer.Ordinal);
    }

    private async Task<Dictionary<Guid, Region>> RegionsAsync(IEnumerable<ReadinessBody> bodies, CancellationToken cancellationToken)
    {
        var list = bodies.ToList();
        var organisationIds = list.Where(b => b.OrganisationId is not null).Select(b => b.OrganisationId!.Value).Distinct().ToList();
        var communityIds = list.Where(b => b.CommunityId is not null).Select(b => b.CommunityId!.Value).Distinct().ToList();
        await using var db = await dbFactory.CreateDbContextAsync(cancellationToken);
        var organisations = await db.Organisations.AsNoTracking().Where(o => organisationIds.Contains(o.Id))
            .Select(o => new { o.Id, o.RegionCode }).ToDictionaryAsync(o => o.Id, o => o.RegionCode, cancellationToken);
        var communities = await db.Communities.AsNoTracking().Where(c => communityIds.Contains(c.Id))
            .Select(c => new { c.Id, c.KatottgCode }).ToDictionaryAsync(c => c.Id, c => c.KatottgCode, cancellationToken);

        var found = new Dictionary<Guid, Region>();
        foreach (var body in list)
        {
            var region = body.OrganisationId is { } o && organisations.TryGetValue(o, out var code) && Regions.Exists(code) ? Regions.ByCode(code)
                : body.CommunityId is { } c && communities.TryGetValue(c, out var katottg) ? OfKatottg(katottg) : null;
            if (region is not null) found[body.Id] = region;
        }
        return found;
    }

    /// <summary>A KATOTTG code's first four characters ("UA46") name its first-level unit.</summary>
    private static Region? OfKatottg(string katottg) =>
        katottg.Length < 4 ? null : Regions.All.FirstOrDefault(r => r.Code.AsSpan(0, 4).SequenceEqual(katottg.AsSpan(0, 4)));
}
