using EGov.Collab.App.Cities;
using EGov.Collab.Data;
using EGov.Collab.Domain.Common;
using EGov.Collab.Domain.Practices;
using Microsoft.EntityFrameworkCore;

namespace EGov.Collab.App.Practices;

/// <summary>
/// For a city cabinet: the published practices a community implemented (kind <c>practice</c>) or replicated (kind
/// <c>replication</c>), each with the readiness codes the practice addresses.
/// </summary>
public sealed class PracticesCityContributor(IDbContextFactory<CollabDbContext> dbFactory) : ICityContributor
{
    public const string PracticeKind = "practice";
    public const string ReplicationKind = "replication";

    public ModuleKey Module => ModuleKey.Practices;

    public async Task<IReadOnlyList<CityItem>> ForCommunityAsync(Guid communityId, CancellationToken cancellationToken)
    {
        var items = await ItemsAsync([communityId], cancellationToken);
        return items;
    }

    public async Task<IReadOnlyList<CityItem>> AddressingAsync(IReadOnlyCollection<string> readinessCodes, IReadOnlyCollection<Guid>? amongCommunities, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(readinessCodes);
        if (readinessCodes.Count == 0) return [];
        var items = await ItemsAsync(amongCommunities, cancellationToken);
        return items.Where(i => readinessCodes.Any(i.Addresses)).ToList();
    }

    private async Task<IReadOnlyList<CityItem>> ItemsAsync(IReadOnlyCollection<Guid>? communities, CancellationToken cancellationToken)
    {
        await using var db = await dbFactory.CreateDbContextAsync(cancellationToken);
        var published = db.Practices.AsNoTracking().Where(p => p.Status == PracticeStatus.Published);
        var own = await published.Where(p => p.CommunityId != null && (communities == null || communities.Contains(p.CommunityId.Value)))
            .Select(p => new { p.Id, p.TitleUk, p.TitleEn, p.PublishedAt, p.CommunityId, p.ReadinessCodeList }).ToListAsync(cancellationToken);
        var replicated = await (from r in db.PracticeReplications.AsNoTracking()
                                join p in published on r.PracticeId equals p.Id
                                where communities == null || communities.Contains(r.CommunityId)
                                select new { r.Id, PracticeId = p.Id, p.TitleUk, p.TitleEn, r.ReplicatedOn, r.CommunityId, p.ReadinessCodeList })
            .ToListAsync(cancellationToken);
        return own.Select(p => new CityItem(ModuleKey.Practices, PracticeKind, p.Id, p.TitleUk, p.TitleEn, PracticeLinks.Practice(p.Id), p.PublishedAt,
                p.CommunityId, Codes(p.ReadinessCodeList)))
            .Concat(replicated.Select(r => new CityItem(ModuleKey.Practices, ReplicationKind, r.Id, r.TitleUk, r.TitleEn, PracticeLinks.Practice(r.PracticeId),
                new DateTimeOffset(r.ReplicatedOn.ToDateTime(TimeOnly.MinValue), TimeSpan.Zero), r.CommunityId, Codes(r.ReadinessCodeList))))
            .ToList();
    }

    private static string[] Codes(string list) => list.Split(';', StringSplitOptions.RemoveEmptyEntries);
}
