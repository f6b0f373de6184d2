using EGov.Collab.App.Journal;
using EGov.Collab.Data;
using EGov.Collab.Domain.Common;
using EGov.Collab.Domain.Journal;
using Microsoft.EntityFrameworkCore;

namespace EGov.Collab.App.Cities;

/// <summary>The cabinets' news for the newsletter: every piece posted in the period, written in Ukrainian.</summary>
public sealed class CitiesNewsletterSource(IDbContextFactory<CollabDbContext> dbFactory) : INewsletterSource
{
    public async Task<IReadOnlyList<NewsletterItem>> PublishedAsync(DateTimeOffset since, DateTimeOffset until, CancellationToken cancellationToken)
    {
        await using var db = await dbFactory.CreateDbContextAsync(cancellationToken);
        var news = await (from n in db.CityNews.AsNoTracking()
                          where n.PublishedAt > since && n.PublishedAt <= until
                          join c in db.Communities on n.CommunityId equals c.Id
                          select new { News = n, c.KatottgCode, c.NameUk }).ToListAsync(cancellationToken);
        return [.. news.OrderBy(n => n.News.PublishedAt).Select(n => new NewsletterItem(
            ModuleKey.Cities.Slug(),
            $"{n.NameUk}: {n.News.Title}",
            n.News.Excerpt(),
            CityUrls.News(n.KatottgCode, n.News.Id),
            n.News.PublishedAt,
            "uk"))];
    }
}
