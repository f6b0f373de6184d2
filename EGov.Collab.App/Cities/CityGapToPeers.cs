using EGov.Collab.App.Readiness;
using EGov.Collab.Domain.Cities;
using EGov.Collab.Domain.Common;

namespace EGov.Collab.App.Cities;

/// <summary>One weak readiness component and what the community's peers did about it.</summary>
public sealed record GapEntry(ComponentReadiness Component, IReadOnlyList<CityItem> FromPeers);

/// <summary>
/// The gap-to-peers view: the community's weakest components in its latest result, and for each the items that the
/// other modules' contributors say address it among communities of the same level.
/// </summary>
public sealed class CityGapToPeers(CityContributions contributions, CityDirectory directory)
{
    public async Task<IReadOnlyList<GapEntry>> ForAsync(Community community, BodyReadiness? latest, CancellationToken cancellationToken = default)
    {
        if (latest is null) return [];
        var weakest = ReadinessGap.Weakest(latest.Components.Select(c => new ComponentScore(c.Code, c.Score, c.NationalAverage)));
        var peers = await directory.PeersAsync(community, cancellationToken);
        var entries = new List<GapEntry>();
        foreach (var weak in weakest)
        {
            var component = latest.Components.First(c => c.Code == weak.Code);
            entries.Add(new GapEntry(component, await contributions.AddressingAsync(weak.Code, peers, cancellationToken)));
        }
        return entries;
    }
}
