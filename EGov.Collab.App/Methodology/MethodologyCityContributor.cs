using EGov.Collab.App.Cities;
using EGov.Collab.Data;
using EGov.Collab.Domain.Common;
using EGov.Collab.Domain.Methodology;
using Microsoft.EntityFrameworkCore;

namespace EGov.Collab.App.Methodology;

/// <summary>A community's strategy and programme examples (and methods) for its city cabinet. Examples carry no readiness codes.</summary>
public sealed class MethodologyCityContributor(IDbContextFactory<CollabDbContext> dbFactory) : ICityContributor
{
    public ModuleKey Module => ModuleKey.Methodology;

    public async Task<IReadOnlyList<CityItem>> ForCommunityAsync(Guid communityId, CancellationToken cancellationToken)
    {
        await using var db = await dbFactory.CreateDbContextAsync(cancellationToken);
        var examples = await db.MethodologyExamples.AsNoTracking().Where(e => e.CommunityId == communityId)
            .OrderByDescending(e => e.Year).ToListAsync(cancellationToken);
        return examples.Select(e => new CityItem(Module, e.Kind == ExampleKind.Method ? "method" : "programme", e.Id, e.Title, "",
            MethodologyLinks.Example(e.Id), new DateTimeOffset(e.Year, 1, 1, 0, 0, 0, TimeSpan.Zero), e.CommunityId, [])).ToList();
    }

    public Task<IReadOnlyList<CityItem>> AddressingAsync(IReadOnlyCollection<string> readinessCodes, IReadOnlyCollection<Guid>? amongCommunities, CancellationToken cancellationToken) =>
        Task.FromResult<IReadOnlyList<CityItem>>([]);
}
