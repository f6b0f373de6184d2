using System.Security.Claims;
using EGov.Collab.App.Common;
using EGov.Collab.Data;
using EGov.Collab.Domain.Projects;
using Microsoft.EntityFrameworkCore;

namespace EGov.Collab.App.Projects;

/// <summary>One week of the author's listings: views and interests received.</summary>
public sealed record DashboardWeek(DateOnly Start, int Views, int Interests);

/// <summary>Something the author should do, with the listing it concerns (a localisation key and a link).</summary>
public sealed record DashboardTask(string TextKey, Guid ListingId, string TitleUk, string TitleEn, string Link);

public sealed record DashboardView(IReadOnlyList<ListingSummary> Listings, IReadOnlyList<DashboardWeek> Weeks, IReadOnlyList<DashboardTask> Tasks);

/// <summary>The author's dashboard: views and interests over the last weeks and what to do next.</summary>
public sealed class ProjectsDashboard(IDbContextFactory<CollabDbContext> dbFactory, ListingService listings, TimeProvider clock)
{
    public const int Weeks = 12;

    public async Task<DashboardView> ForAuthorAsync(ClaimsPrincipal user, CancellationToken cancellationToken = default)
    {
        var mine = await listings.MineAsync(user, cancellationToken);
        var now = clock.GetUtcNow();
        var today = DateOnly.FromDateTime(PortalTime.ToKyiv(now).Date);
        var firstWeek = today.AddDays(-(((int)today.DayOfWeek + 6) % 7)).AddDays(-7 * (Weeks - 1));
        var ids = mine.Select(l => l.Id).ToList();
        await using var db = await dbFactory.CreateDbContextAsync(cancellationToken);
        var views = await db.ProjectViewDays.AsNoTracking().Where(v => ids.Contains(v.ListingId) && v.Day >= firstWeek).ToListAsync(cancellationToken);
        var interests = await db.ProjectInterests.AsNoTracking().Where(i => ids.Contains(i.ListingId)).ToListAsync(cancellationToken);
        var weeks = Enumerable.Range(0, Weeks).Select(w =>
        {
            var start = firstWeek.AddDays(7 * w);
            var end = start.AddDays(7);
            return new DashboardWeek(start,
                views.Where(v => v.Day >= start && v.Day < end).Sum(v => v.Count),
                interests.Count(i => DateOnly.FromDateTime(PortalTime.ToKyiv(i.CreatedAt).Date) is var d && d >= start && d < end));
        }).ToList();

        var tasks = new List<DashboardTask>();
        foreach (var interest in interests.Where(i => i.Status == InterestStatus.Open).OrderBy(i => i.CreatedAt))
        {
            var listing = mine.First(l => l.Id == interest.ListingId);
            tasks.Add(new DashboardTask("Dashboard.Task.AnswerInterest", listing.Id, listing.TitleUk, listing.TitleEn, ProjectsLinks.Interest(interest.Id)));
        }
        foreach (var listing in mine)
        {
            var key = listing.Stage switch
            {
                ListingStage.Rejected => "Dashboard.Task.Revise",
                ListingStage.Expired => "Dashboard.Task.RenewExpired",
                ListingStage.Published when listing.ExpiresAt is { } expires && expires <= now.AddDays(Listing.ReminderDays) => "Dashboard.Task.RenewSoon",
                ListingStage.Published when listing.ReadinessCodes.Count == 0 => "Dashboard.Task.AddReadiness",
                _ => null,
            };
            if (key is not null) tasks.Add(new DashboardTask(key, listing.Id, listing.TitleUk, listing.TitleEn, ProjectsLinks.Listing(listing.Id)));
        }
        return new DashboardView(mine, weeks, tasks);
    }
}
