using EGov.Collab.App.Journal;
using EGov.Collab.Data;
using EGov.Collab.Domain.Common;
using EGov.Collab.Domain.Journal;
using EGov.Collab.Domain.Practices;
using Microsoft.EntityFrameworkCore;

namespace EGov.Collab.App.Practices;

/// <summary>Practices published in the period, in the Ukrainian edition and (where translated) in the English one.</summary>
public sealed class PracticesNewsletterSource(IDbContextFactory<CollabDbContext> dbFactory) : INewsletterSource
{
    public async Task<IReadOnlyList<NewsletterItem>> PublishedAsync(DateTimeOffset since, DateTimeOffset until, CancellationToken cancellationToken)
    {
        await using var db = await dbFactory.CreateDbContextAsync(cancellationToken);
        var practices = await db.Practices.AsNoTracking()
            .Where(p => p.Status == PracticeStatus.Published && p.PublishedAt > since && p.PublishedAt <= until)
            .Select(p => new { p.Id, p.TitleUk, p.TitleEn, p.ProblemUk, p.ProblemEn, p.PublishedAt })
            .ToListAsync(cancellationToken);
        var items = new List<NewsletterItem>();
        foreach (var p in practices)
        {
            items.Add(new NewsletterItem(ModuleKey.Practices.Slug(), p.TitleUk, PracticeText.Excerpt(p.ProblemUk), PracticeLinks.Practice(p.Id), p.PublishedAt!.Value, "uk"));
            if (p.TitleEn.Length > 0)
                items.Add(new NewsletterItem(ModuleKey.Practices.Slug(), p.TitleEn, PracticeText.Excerpt(p.ProblemEn), PracticeLinks.Practice(p.Id), p.PublishedAt!.Value, "en"));
        }
        return items;
    }
}

public static class PracticeText
{
    public const int ExcerptLength = 280;

    public static string Excerpt(string text) =>
        text.Length <= ExcerptLength ? text : string.Concat(text.AsSpan(0, ExcerptLength - 1), "…");
}
