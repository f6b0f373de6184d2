using System.Runtime.CompilerServices;
using EGov.Collab.App.Common.SearchIndex;
using EGov.Collab.Data;
using EGov.Collab.Domain.Common;
using EGov.Collab.Domain.Common.Search;
using EGov.Collab.Domain.Journal;
using Microsoft.EntityFrameworkCore;

namespace EGov.Collab.App.Journal;

/// <summary>Published articles, for everyone; an article in moderation, sent back or rejected is never in the index.</summary>
public sealed class JournalSearchSource(IDbContextFactory<CollabDbContext> dbFactory) : ISearchSource
{
    public ModuleKey Module => ModuleKey.Journal;

    public async IAsyncEnumerable<SearchItem> AllAsync([EnumeratorCancellation] CancellationToken cancellationToken)
    {
        await using var db = await dbFactory.CreateDbContextAsync(cancellationToken);
        await foreach (var article in db.JournalArticles.AsNoTracking().Where(a => a.Status == ArticleStatus.Published).AsAsyncEnumerable().WithCancellation(cancellationToken))
            yield return Item(article);
    }

    public async Task<IReadOnlyList<SearchItem>> ItemAsync(string itemId, CancellationToken cancellationToken)
    {
        if (!Guid.TryParse(itemId, out var id)) return [];
        await using var db = await dbFactory.CreateDbContextAsync(cancellationToken);
        var article = await db.JournalArticles.AsNoTracking().SingleOrDefaultAsync(a => a.Id == id && a.Status == ArticleStatus.Published, cancellationToken);
        return article is null ? [] : [Item(article)];
    }

    private SearchItem Item(Article a) => new(
        Module, a.Id.ToString(), a.Language, a.Title, string.Join("\n", a.Summary, a.PlainText, a.TagList.Replace(',', ' ')),
        JournalLinks.Article(a.Id), SearchAudience.Public, a.PublishedAt ?? a.UpdatedAt);
}
