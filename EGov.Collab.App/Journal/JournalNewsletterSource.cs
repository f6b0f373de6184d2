using EGov.Collab.Data;
using EGov.Collab.Domain.Common;
using EGov.Collab.Domain.Journal;
using Microsoft.EntityFrameworkCore;

namespace EGov.Collab.App.Journal;

/// <summary>The journal's own contribution to the newsletter: articles published in the period.</summary>
public sealed class JournalNewsletterSource(IDbContextFactory<CollabDbContext> dbFactory) : INewsletterSource
{
    public async Task<IReadOnlyList<NewsletterItem>> PublishedAsync(DateTimeOffset since, DateTimeOffset until, CancellationToken cancellationToken)
    {
        await using var db = await dbFactory.CreateDbContextAsync(cancellationToken);
        var articles = await db.JournalArticles.AsNoTracking()
            .Where(a => a.Status == ArticleStatus.Published && a.PublishedAt > since && a.PublishedAt <= until)
            .Select(a => new { a.Id, a.Title, a.Summary, a.PlainText, a.PublishedAt, a.Language, a.Audiences })
            .ToListAsync(cancellationToken);
        return articles
            .Select(a => new NewsletterItem(
                ModuleKey.Journal.Slug(),
                a.Title,
                a.Summary.Length > 0 ? a.Summary : Excerpt(a.PlainText),
                JournalLinks.Article(a.Id),
                a.PublishedAt!.Value,
                a.Language,
                a.Audiences))
            .ToList();
    }

    private static string Excerpt(string text) => text.Length <= 280 ? text : string.Concat(text.AsSpan(0, 279), "…");
}
