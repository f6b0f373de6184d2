using EGov.Collab.App.Common.Activity;
using EGov.Collab.Data;
using EGov.Collab.Domain.Common;
using Microsoft.EntityFrameworkCore;

namespace EGov.Collab.App.Drafting;

/// <summary>
/// Drafts opened to public consultation, for the home page's live activity (their search documents are scoped to the
/// consultation, so the index alone does not list them; only groups open to consultation can open one).
/// </summary>
public sealed class ConsultationActivity(IDbContextFactory<CollabDbContext> dbFactory) : IActivitySource
{
    public const string EventKey = "Home.Activity.ConsultationOpened";

    public async Task<IReadOnlyList<ActivityEntry>> RecentAsync(int count, CancellationToken cancellationToken)
    {
        await using var db = await dbFactory.CreateDbContextAsync(cancellationToken);
        var opened = await db.Drafts.AsNoTracking().Where(d => d.ConsultationOpenedAt != null)
            .OrderByDescending(d => d.ConsultationOpenedAt).Select(d => new { d.Id, d.Title, At = d.ConsultationOpenedAt!.Value })
            .Take(count).ToListAsync(cancellationToken);
        return opened.Select(d => new ActivityEntry(ModuleKey.Drafting, d.Id.ToString(), new Dictionary<string, string> { ["uk"] = d.Title },
            $"/drafting/drafts/{d.Id}", d.At, EventKey)).ToList();
    }
}
