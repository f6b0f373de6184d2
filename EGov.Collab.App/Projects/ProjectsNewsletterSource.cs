using EGov.Collab.App.Journal;
using EGov.Collab.Data;
using EGov.Collab.Domain.Common;
using EGov.Collab.Domain.Journal;
using EGov.Collab.Domain.Projects;
using Microsoft.EntityFrameworkCore;

namespace EGov.Collab.App.Projects;

/// <summary>The exchange's contribution to the newsletter: listings published in the period, one item per edition language.</summary>
public sealed class ProjectsNewsletterSource(IDbContextFactory<CollabDbContext> dbFactory) : INewsletterSource
{
    public async Task<IReadOnlyList<NewsletterItem>> PublishedAsync(DateTimeOffset since, DateTimeOffset until, CancellationToken cancellationToken)
    {
        await using var db = await dbFactory.CreateDbContextAsync(cancellationToken);
        var listings = await db.ProjectListings.AsNoTracking()
            .Where(l => l.Status == ListingStatus.Published && l.PublishedAt > since && l.PublishedAt <= until)
            .ToListAsync(cancellationToken);
        return listings.SelectMany(l => new[]
            {
                new NewsletterItem(ModuleKey.Projects.Slug(), l.TitleUk, Excerpt(l.DescriptionUk), ProjectsLinks.Listing(l.Id), l.PublishedAt!.Value, NewsletterLanguages.Ukrainian),
                new NewsletterItem(ModuleKey.Projects.Slug(), l.Title(english: true), Excerpt(l.Description(english: true)), ProjectsLinks.Listing(l.Id), l.PublishedAt!.Value, NewsletterLanguages.English),
            })
            .ToList();
    }

    private static string Excerpt(string text) => text.Length <= 280 ? text : string.Concat(text.AsSpan(0, 279), "…");
}
