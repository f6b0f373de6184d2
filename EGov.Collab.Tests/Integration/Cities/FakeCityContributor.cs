using EGov.Collab.App.Cities;
using EGov.Collab.Domain.Common;

namespace EGov.Collab.Tests.Integration.Cities;

/// <summary>Stands in for a module not merged yet: serves the items it was given, as a real contributor would filter them.</summary>
public sealed class FakeCityContributor(ModuleKey module, params CityItem[] items) : ICityContributor
{
    public ModuleKey Module => module;

    public List<IReadOnlyCollection<Guid>?> AskedAmong { get; } = [];

    public Task<IReadOnlyList<CityItem>> ForCommunityAsync(Guid communityId, CancellationToken cancellationToken) =>
        Task.FromResult<IReadOnlyList<CityItem>>([.. items.Where(i => i.CommunityId == communityId)]);

    public Task<IReadOnlyList<CityItem>> AddressingAsync(IReadOnlyCollection<string> readinessCodes, IReadOnlyCollection<Guid>? amongCommunities, CancellationToken cancellationToken)
    {
        AskedAmong.Add(amongCommunities);
        return Task.FromResult<IReadOnlyList<CityItem>>([.. items.Where(i =>
            readinessCodes.Any(i.Addresses) && (amongCommunities is null || i.CommunityId is null || amongCommunities.Contains(i.CommunityId.Value)))]);
    }

    public static CityItem Item(ModuleKey module, string kind, string title, Guid? communityId, params string[] codes) =>
        new(module, kind, Guid.NewGuid(), title, title + " (en)", $"/{module.Slug()}/{Guid.NewGuid()}", DateTimeOffset.UnixEpoch, communityId, codes);
}
