using EGov.Collab.App.Common;
using EGov.Collab.App.Notifications;
using EGov.Collab.Data;
using EGov.Collab.Domain.Common;
using EGov.Collab.Domain.Library;
using Microsoft.EntityFrameworkCore;

namespace EGov.Collab.App.Library;

/// <summary>Tells the submitter at each step of the review (bell, and mail when they chose it), and the librarians of new submissions.</summary>
public sealed class LibraryNotifier(IDbContextFactory<CollabDbContext> dbFactory, NotificationCenter notifications)
{
    public async Task SubmittedAsync(LibraryItem item, CancellationToken cancellationToken)
    {
        var title = item.Title(LibraryLanguages.Ukrainian);
        await notifications.NotifyAsync([item.SubmitterId], ModuleKey.Library, "Notification.Library.Received", [title], LibraryLinks.Mine, cancellationToken);
        var librarians = await LibrariansAsync(cancellationToken);
        await notifications.NotifyAsync(librarians.Where(id => id != item.SubmitterId).ToList(), ModuleKey.Library,
            "Notification.Library.ToReview", [title], LibraryLinks.Review, cancellationToken);
    }

    /// <summary>After a decision on the item: accepted, returned, rejected or withdrawn.</summary>
    public Task DecidedAsync(LibraryItem item, CancellationToken cancellationToken)
    {
        var title = item.Title(LibraryLanguages.Ukrainian);
        var (key, arguments, link) = item.Status switch
        {
            LibraryItemStatus.Published => ("Notification.Library.Accepted", new[] { title, item.PersistentId ?? "" }, LibraryLinks.Item(item.Id)),
            LibraryItemStatus.Returned => ("Notification.Library.Returned", [title, item.Comment ?? ""], LibraryLinks.Mine),
            LibraryItemStatus.Rejected => ("Notification.Library.Rejected", [title, item.Comment ?? ""], LibraryLinks.Mine),
            LibraryItemStatus.Withdrawn => ("Notification.Library.Withdrawn", [title, item.Comment ?? ""], LibraryLinks.Item(item.Id)),
            _ => ("Notification.Library.Received", [title], LibraryLinks.Mine),
        };
        return notifications.NotifyAsync([item.SubmitterId], ModuleKey.Library, key, arguments, link, cancellationToken);
    }

    private async Task<List<Guid>> LibrariansAsync(CancellationToken cancellationToken)
    {
        await using var db = await dbFactory.CreateDbContextAsync(cancellationToken);
        return await db.ModuleRoleGrants
            .Where(g => g.Module == ModuleKey.Library && (g.Role == LibraryAccess.LibrarianRole || g.Role == ModuleRole.Administrator))
            .Select(g => g.MemberId).Distinct().ToListAsync(cancellationToken);
    }
}
