using EGov.Collab.Data;
using EGov.Collab.Domain.Journal;
using Microsoft.EntityFrameworkCore;

namespace EGov.Collab.App.Journal.Newsletter;

public sealed record GenerationOutcome(RunOutcome Outcome, Guid? IssueId, int ItemCount);

/// <summary>
/// Gathers what every registered <see cref="INewsletterSource"/> published since the last issue and makes the next
/// issue, one edition per audience and language; with nothing new it makes none and records the skipped run.
/// </summary>
public sealed class NewsletterGenerator(
    IDbContextFactory<CollabDbContext> dbFactory,
    IEnumerable<INewsletterSource> sources,
    TimeProvider clock,
    ILogger<NewsletterGenerator> logger)
{
    public async Task<GenerationOutcome> GenerateAsync(CancellationToken cancellationToken = default)
    {
        var now = clock.GetUtcNow();
        await using var db = await dbFactory.CreateDbContextAsync(cancellationToken);
        var last = await db.NewsletterIssues.AsNoTracking().OrderByDescending(i => i.Number)
            .Select(i => new { i.Number, i.PeriodEnd }).FirstOrDefaultAsync(cancellationToken);
        var since = last?.PeriodEnd ?? DateTimeOffset.UnixEpoch;

        var items = new List<NewsletterItem>();
        foreach (var source in sources)
            items.AddRange(await source.PublishedAsync(since, now, cancellationToken));
        var editions = IssueComposer.ComposeAll(items, since, now);

        if (editions.Count == 0)
        {
            db.NewsletterRuns.Add(NewsletterRun.Record(RunOutcome.Skipped, null, 0, now));
            await db.SaveChangesAsync(cancellationToken);
            logger.LogInformation("Newsletter run skipped: nothing published since {Since}.", since);
            return new GenerationOutcome(RunOutcome.Skipped, null, 0);
        }

        var issue = NewsletterIssue.Create((last?.Number ?? 0) + 1, since, now, editions, now);
        var itemCount = editions.SelectMany(e => e.Sections).SelectMany(s => s.Items).Select(i => i.Url).Distinct(StringComparer.Ordinal).Count();
        db.NewsletterIssues.Add(issue);
        db.NewsletterRuns.Add(NewsletterRun.Record(RunOutcome.Generated, issue.Id, itemCount, now));
        await db.SaveChangesAsync(cancellationToken);
        logger.LogInformation("Newsletter issue {Number} generated: {Editions} editions, {Items} items.", issue.Number, editions.Count, itemCount);
        return new GenerationOutcome(RunOutcome.Generated, issue.Id, itemCount);
    }
}
