using EGov.Collab.App.Cities;
using EGov.Collab.Data;
using EGov.Collab.Domain.Common;
using EGov.Collab.Domain.Library;
using Microsoft.EntityFrameworkCore;

namespace EGov.Collab.App.Library;

/// <summary>
/// Published items whose coverage (dc:coverage) is a community, for that community's city cabinet. The library tags no
/// readiness codes, so it addresses none of them.
/// </summary>
public sealed class LibraryCityContributor(IDbContextFactory<CollabDbContext> dbFactory) : ICityContributor
{
    public const string Kind = "document";

    public ModuleKey Module => ModuleKey.Library;

    public async Task<IReadOnlyList<CityItem>> ForCommunityAsync(Guid communityId, CancellationToken cancellationToken)
    {
        await using var db = await dbFactory.CreateDbContextAsync(cancellationToken);
        var items = await db.LibraryItems.AsNoTracking()
            .Where(i => i.Status == LibraryItemStatus.Published && i.CoverageCommunityId == communityId)
            .OrderByDescending(i => i.DateIssued)
            .Select(i => new { i.Id, i.TitleUk, i.TitleEn, i.PublishedAt })
            .ToListAsync(cancellationToken);
        return items.Select(i => new CityItem(Module, Kind, i.Id, i.TitleUk.Length > 0 ? i.TitleUk : i.TitleEn, i.TitleEn,
            LibraryLinks.Item(i.Id), i.PublishedAt, communityId, [])).ToList();
    }

    public Task<IReadOnlyList<CityItem>> AddressingAsync(IReadOnlyCollection<string> readinessCodes, IReadOnlyCollection<Guid>? amongCommunities, CancellationToken cancellationToken) =>
        Task.FromResult<IReadOnlyList<CityItem>>([]);
}
