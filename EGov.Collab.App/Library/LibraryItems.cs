using EGov.Collab.Data;
using EGov.Collab.Domain.Library;
using Microsoft.EntityFrameworkCore;

namespace EGov.Collab.App.Library;

/// <summary>Loading items with their agents, subjects and files, shared by the library's services.</summary>
internal static class LibraryItems
{
    public static IQueryable<LibraryItem> WithParts(this IQueryable<LibraryItem> items) =>
        items.Include(i => i.Agents).Include(i => i.Subjects).Include(i => i.Files).AsSplitQuery();

    /// <summary>Everything a harvester or a reader has ever been able to see: published and withdrawn items.</summary>
    public static IQueryable<LibraryItem> EverPublished(this IQueryable<LibraryItem> items) =>
        items.Where(i => i.PublishedAt != null && (i.Status == LibraryItemStatus.Published || i.Status == LibraryItemStatus.Withdrawn));

    public static Task<LibraryItem?> FindWithPartsAsync(this CollabDbContext db, Guid id, CancellationToken cancellationToken) =>
        db.LibraryItems.WithParts().SingleOrDefaultAsync(i => i.Id == id, cancellationToken);
}
