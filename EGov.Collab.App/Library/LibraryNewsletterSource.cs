using EGov.Collab.App.Journal;
using EGov.Collab.Data;
using EGov.Collab.Domain.Common;
using EGov.Collab.Domain.Journal;
using EGov.Collab.Domain.Library;
using Microsoft.EntityFrameworkCore;

namespace EGov.Collab.App.Library;

/// <summary>The library's part of the newsletter: items published in the period, in their own language.</summary>
public sealed class LibraryNewsletterSource(IDbContextFactory<CollabDbContext> dbFactory) : INewsletterSource
{
    private const int SummaryLength = 280;

    public async Task<IReadOnlyList<NewsletterItem>> PublishedAsync(DateTimeOffset since, DateTimeOffset until, CancellationToken cancellationToken)
    {
        await using var db = await dbFactory.CreateDbContextAsync(cancellationToken);
        var items = await db.LibraryItems.AsNoTracking()
            .Where(i => i.Status == LibraryItemStatus.Published && i.PublishedAt > since && i.PublishedAt <= until)
            .Select(i => new { i.Id, i.TitleUk, i.TitleEn, i.AbstractUk, i.AbstractEn, i.Language, i.PublishedAt })
            .ToListAsync(cancellationToken);
        return items.Select(i =>
        {
            var title = LibraryLanguages.Pick(i.Language, i.TitleUk, i.TitleEn);
            var summary = LibraryLanguages.Pick(i.Language, i.AbstractUk, i.AbstractEn);
            if (summary.Length > SummaryLength) summary = string.Concat(summary.AsSpan(0, SummaryLength - 1), "…");
            return new NewsletterItem(ModuleKey.Library.Slug(), title, summary, LibraryLinks.Item(i.Id), i.PublishedAt!.Value, i.Language);
        }).ToList();
    }
}
