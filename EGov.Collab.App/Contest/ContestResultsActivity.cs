using EGov.Collab.App.Common.Activity;
using EGov.Collab.Data;
using EGov.Collab.Domain.Common;
using Microsoft.EntityFrameworkCore;

namespace EGov.Collab.App.Contest;

/// <summary>Published contest results on the home page's live activity (results are public once published).</summary>
public sealed class ContestResultsActivity(IDbContextFactory<CollabDbContext> dbFactory, PortalActivity activity) : IActivitySource, IContestResultsListener
{
    public const string EventKey = "Home.Activity.ContestResults";

    public async Task<IReadOnlyList<ActivityEntry>> RecentAsync(int count, CancellationToken cancellationToken)
    {
        await using var db = await dbFactory.CreateDbContextAsync(cancellationToken);
        var published = await (from n in db.ContestNominations
                               where n.ResultsPublishedAt != null
                               join e in db.ContestEditions on n.EditionId equals e.Id
                               orderby n.ResultsPublishedAt descending
                               select new { n.Id, n.Title, Edition = e.Title, At = n.ResultsPublishedAt!.Value }).Take(count).ToListAsync(cancellationToken);
        return published.Select(n => new ActivityEntry(ModuleKey.Contest, ItemId(n.Id), new Dictionary<string, string> { ["uk"] = $"{n.Edition} — {n.Title}" },
            $"/contest/nominations/{n.Id}", n.At, EventKey)).ToList();
    }

    public Task ResultsPublishedAsync(Guid nominationId, CancellationToken cancellationToken) =>
        activity.AnnounceAsync(ModuleKey.Contest, ItemId(nominationId), isPublic: true);

    private static string ItemId(Guid nominationId) => $"results:{nominationId:N}";
}
