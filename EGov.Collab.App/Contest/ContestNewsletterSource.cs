using EGov.Collab.App.Journal;
using EGov.Collab.Data;
using EGov.Collab.Domain.Common;
using EGov.Collab.Domain.Journal;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Localization;

namespace EGov.Collab.App.Contest;

/// <summary>The contest's contribution to the newsletter: nominations whose results were published in the period, with their winners.</summary>
public sealed class ContestNewsletterSource(IDbContextFactory<CollabDbContext> dbFactory, IStringLocalizer<ContestResource> text) : INewsletterSource
{
    public async Task<IReadOnlyList<NewsletterItem>> PublishedAsync(DateTimeOffset since, DateTimeOffset until, CancellationToken cancellationToken)
    {
        await using var db = await dbFactory.CreateDbContextAsync(cancellationToken);
        var published = await db.ContestNominations.AsNoTracking()
            .Where(n => n.ResultsPublishedAt > since && n.ResultsPublishedAt <= until)
            .Select(n => new { n.Id, n.Title, n.ResultsPublishedAt })
            .ToListAsync(cancellationToken);
        var ids = published.Select(n => n.Id).ToList();
        var winners = (await db.ContestEntries.AsNoTracking().Where(e => ids.Contains(e.NominationId) && e.IsWinner)
                .Select(e => new { e.NominationId, e.Title }).ToListAsync(cancellationToken))
            .ToLookup(e => e.NominationId, e => e.Title);
        return published
            .SelectMany(n => NewsletterLanguages.All.Select(language => new NewsletterItem(
                ModuleKey.Contest.Slug(), n.Title,
                JournalText.In(language, () => text["Newsletter.ResultsPublished", string.Join("; ", winners[n.Id])].Value),
                $"/contest/nominations/{n.Id}", n.ResultsPublishedAt!.Value, language)))
            .ToList();
    }
}
