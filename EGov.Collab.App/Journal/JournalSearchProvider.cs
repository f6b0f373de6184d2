using System.Globalization;
using EGov.Collab.App.Common;
using EGov.Collab.Data;
using EGov.Collab.Domain.Journal;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Localization;

namespace EGov.Collab.App.Journal;

/// <summary>Finds published articles by title, summary, text or tag (in memory: SQLite's LIKE does not fold Cyrillic).</summary>
public sealed class JournalSearchProvider(IDbContextFactory<CollabDbContext> dbFactory, IStringLocalizer<JournalResource> l) : ISearchProvider
{
    public async Task<IReadOnlyList<SearchHit>> SearchAsync(string query, CultureInfo culture, int max, CancellationToken cancellationToken)
    {
        await using var db = await dbFactory.CreateDbContextAsync(cancellationToken);
        var articles = await db.JournalArticles.AsNoTracking()
            .Where(a => a.Status == ArticleStatus.Published)
            .OrderByDescending(a => a.PublishedAt)
            .Select(a => new { a.Id, a.Title, a.Summary, a.PlainText, a.TagList })
            .ToListAsync(cancellationToken);
        return articles
            .Where(a => SearchText.Matches(a.Title, query) || SearchText.Matches(a.Summary, query)
                || SearchText.Matches(a.PlainText, query) || SearchText.Matches(a.TagList, query))
            .Take(max)
            .Select(a => new SearchHit(
                l["Journal.Search.Section"],
                a.Title,
                SearchText.Snippet(SearchText.Matches(a.Summary, query) || !SearchText.Matches(a.PlainText, query) ? a.Summary : a.PlainText, query),
                JournalLinks.Article(a.Id)))
            .ToList();
    }
}
