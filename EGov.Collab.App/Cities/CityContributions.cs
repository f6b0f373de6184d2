using EGov.Collab.Domain.Common;

namespace EGov.Collab.App.Cities;

/// <summary>What one module contributed to a cabinet; <see cref="IsBuilt"/> false when the module registered no contributor yet.</summary>
public sealed record ModuleContribution(ModuleKey Module, bool IsBuilt, IReadOnlyList<CityItem> Items);

/// <summary>
/// Gathers a community's items from every registered <see cref="ICityContributor"/>. The modules a cabinet expects
/// (<see cref="Expected"/>) are always reported, with "not built yet" for those that registered none.
/// </summary>
public sealed class CityContributions(IEnumerable<ICityContributor> contributors)
{
    public static readonly IReadOnlyList<ModuleKey> Expected = [ModuleKey.Practices, ModuleKey.Projects, ModuleKey.Methodology, ModuleKey.Library];

    private readonly IReadOnlyList<ICityContributor> _contributors = [.. contributors];

    public async Task<IReadOnlyList<ModuleContribution>> ForCommunityAsync(Guid communityId, CancellationToken cancellationToken = default)
    {
        var sections = new List<ModuleContribution>();
        foreach (var module in Expected.Concat(_contributors.Select(c => c.Module)).Distinct())
        {
            var own = _contributors.Where(c => c.Module == module).ToList();
            if (own.Count == 0)
            {
                sections.Add(new ModuleContribution(module, false, []));
                continue;
            }
            var items = new List<CityItem>();
            foreach (var contributor in own)
                items.AddRange(await contributor.ForCommunityAsync(communityId, cancellationToken));
            sections.Add(new ModuleContribution(module, true, [.. items.OrderByDescending(i => i.Date).ThenBy(i => i.TitleUk, StringComparer.Ordinal)]));
        }
        return sections;
    }

    /// <summary>Items of every contributor that address <paramref name="code"/> among <paramref name="peers"/>.</summary>
    public async Task<IReadOnlyList<CityItem>> AddressingAsync(string code, IReadOnlyCollection<Guid> peers, CancellationToken cancellationToken = default)
    {
        var items = new List<CityItem>();
        foreach (var contributor in _contributors)
            items.AddRange((await contributor.AddressingAsync([code], peers, cancellationToken)).Where(i => i.Addresses(code)));
        return [.. items.DistinctBy(i => (i.Module, i.Id)).OrderBy(i => i.Module).ThenByDescending(i => i.Date)];
    }

    /// <summary>The modules that registered a contributor.</summary>
    public IReadOnlyCollection<ModuleKey> Built => [.. _contributors.Select(c => c.Module).Distinct()];
}
