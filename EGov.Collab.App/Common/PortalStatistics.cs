using EGov.Collab.App.Live;
using EGov.Collab.Data;
using EGov.Collab.Domain.Common;
using Microsoft.EntityFrameworkCore;

namespace EGov.Collab.App.Common;

public sealed record PortalCounts(
    int Members,
    int Organisations,
    int Communities,
    IReadOnlyDictionary<ModuleKey, int> ModuleParticipants);

/// <summary>The home page's counts, and the signal that they changed (published on the live bus).</summary>
public sealed class PortalStatistics(IDbContextFactory<CollabDbContext> dbFactory, ILiveBus bus)
{
    public async Task<PortalCounts> GetAsync(CancellationToken cancellationToken = default)
    {
        await using var db = await dbFactory.CreateDbContextAsync(cancellationToken);
        var members = await db.Users.CountAsync(u => u.EmailConfirmed, cancellationToken);
        var organisations = await db.Organisations.CountAsync(o => o.Status == OrganisationStatus.Approved, cancellationToken);
        var communities = await db.Communities.CountAsync(cancellationToken);
        var participants = await db.ModuleRoleGrants
            .GroupBy(g => g.Module)
            .Select(g => new { Module = g.Key, Count = g.Select(x => x.MemberId).Distinct().Count() })
            .ToDictionaryAsync(x => x.Module, x => x.Count, cancellationToken);
        return new PortalCounts(members, organisations, communities, participants);
    }

    /// <summary>Call after a change that moves a count; every open home page re-reads.</summary>
    public Task NotifyChangedAsync() => bus.PublishAsync(LiveTopics.PortalStatistics, PortalStatisticsChanged.Instance);
}

public sealed class PortalStatisticsChanged
{
    public static readonly PortalStatisticsChanged Instance = new();

    private PortalStatisticsChanged()
    {
    }
}
