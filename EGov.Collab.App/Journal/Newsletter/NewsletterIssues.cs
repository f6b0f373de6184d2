using System.Security.Claims;
using EGov.Collab.App.Common;
using EGov.Collab.Data;
using EGov.Collab.Domain.Common;
using EGov.Collab.Domain.Journal;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;

namespace EGov.Collab.App.Journal.Newsletter;

public sealed record IssueSummary(Guid Id, int Number, DateTimeOffset CreatedAt, IssueStatus Status, DateTimeOffset? ApprovedAt, int Editions, int Items);

public sealed record DeliveryCounts(int Pending, int Sending, int Sent, int Failed, int Cancelled)
{
    public int Total => Pending + Sending + Sent + Failed + Cancelled;
}

/// <summary>How many confirmed subscribers one edition would go to now.</summary>
public sealed record EditionRecipients(SubscriberAudience Audience, string Language, int Count);

public sealed record FailedDelivery(string Email, int Attempts, string? Error);

/// <summary>Editors preview an issue, edit each edition's introduction and approve it; approval fans it out to subscribers.</summary>
public sealed class NewsletterIssues(
    IDbContextFactory<CollabDbContext> dbFactory,
    JournalAccess access,
    INewsletterChunkScheduler queue,
    IOptions<NewsletterOptions> options,
    TimeProvider clock)
{
    public async Task<IReadOnlyList<IssueSummary>> ListAsync(bool sentOnly, CancellationToken cancellationToken = default)
    {
        await using var db = await dbFactory.CreateDbContextAsync(cancellationToken);
        var query = db.NewsletterIssues.AsNoTracking();
        if (sentOnly) query = query.Where(i => i.Status != IssueStatus.Draft);
        return await query.OrderByDescending(i => i.Number)
            .Select(i => new IssueSummary(i.Id, i.Number, i.CreatedAt, i.Status, i.ApprovedAt, i.Editions.Count, i.Editions.Sum(e => e.ItemCount)))
            .ToListAsync(cancellationToken);
    }

    public async Task<NewsletterIssue?> GetAsync(Guid id, CancellationToken cancellationToken = default)
    {
        await using var db = await dbFactory.CreateDbContextAsync(cancellationToken);
        return await db.NewsletterIssues.AsNoTracking().Include(i => i.Editions).SingleOrDefaultAsync(i => i.Id == id, cancellationToken);
    }

    public async Task<NewsletterIssue?> GetSentAsync(int number, CancellationToken cancellationToken = default)
    {
        await using var db = await dbFactory.CreateDbContextAsync(cancellationToken);
        return await db.NewsletterIssues.AsNoTracking().Include(i => i.Editions)
            .SingleOrDefaultAsync(i => i.Number == number && i.Status != IssueStatus.Draft, cancellationToken);
    }

    public async Task<IReadOnlyList<NewsletterRun>> RunsAsync(int max, CancellationToken cancellationToken = default)
    {
        await using var db = await dbFactory.CreateDbContextAsync(cancellationToken);
        return await db.NewsletterRuns.AsNoTracking().OrderByDescending(r => r.At).Take(max).ToListAsync(cancellationToken);
    }

    public async Task<DeliveryCounts> CountsAsync(Guid issueId, CancellationToken cancellationToken = default)
    {
        await using var db = await dbFactory.CreateDbContextAsync(cancellationToken);
        var counts = await db.NewsletterDeliveries.Where(d => d.IssueId == issueId)
            .GroupBy(d => d.State).Select(g => new { g.Key, Count = g.Count() })
            .ToDictionaryAsync(x => x.Key, x => x.Count, cancellationToken);
        return new DeliveryCounts(counts.GetValueOrDefault(DeliveryState.Pending), counts.GetValueOrDefault(DeliveryState.Sending),
            counts.GetValueOrDefault(DeliveryState.Sent), counts.GetValueOrDefault(DeliveryState.Failed), counts.GetValueOrDefault(DeliveryState.Cancelled));
    }

    /// <summary>
    /// Who approving would send the issue to, edition by edition: the confirmed subscribers whose audience and language
    /// match, the same rule <see cref="FanOutAsync"/> applies. Subscribers with no edition of their own get nothing.
    /// </summary>
    public async Task<IReadOnlyList<EditionRecipients>> RecipientsAsync(Guid issueId, CancellationToken cancellationToken = default)
    {
        await using var db = await dbFactory.CreateDbContextAsync(cancellationToken);
        var editions = await db.NewsletterEditions.AsNoTracking().Where(e => e.IssueId == issueId)
            .Select(e => new { e.Audience, e.Language }).ToListAsync(cancellationToken);
        var counts = await db.NewsletterSubscribers.AsNoTracking().Where(s => s.Status == SubscriberStatus.Confirmed)
            .GroupBy(s => new { s.Audience, s.Language }).Select(g => new { g.Key.Audience, g.Key.Language, Count = g.Count() })
            .ToListAsync(cancellationToken);
        return editions
            .Select(e => new EditionRecipients(e.Audience, e.Language,
                counts.Where(c => c.Audience == e.Audience && c.Language == e.Language).Sum(c => c.Count)))
            .OrderBy(e => e.Audience).ThenBy(e => e.Language, StringComparer.Ordinal)
            .ToList();
    }

    public async Task<IReadOnlyList<FailedDelivery>> FailuresAsync(Guid issueId, int max, CancellationToken cancellationToken = default)
    {
        await using var db = await dbFactory.CreateDbContextAsync(cancellationToken);
        return await (from d in db.NewsletterDeliveries
                      join s in db.NewsletterSubscribers on d.SubscriberId equals s.Id
                      where d.IssueId == issueId && (d.State == DeliveryState.Failed || (d.State == DeliveryState.Pending && d.LastError != null))
                      orderby s.Email
                      select new FailedDelivery(s.Email, d.Attempts, d.LastError))
            .Take(max).ToListAsync(cancellationToken);
    }

    public async Task<Result> EditIntroductionAsync(ClaimsPrincipal user, Guid editionId, string? text, CancellationToken cancellationToken = default)
    {
        var allowed = await access.EnsureEditorAsync(user, cancellationToken);
        if (!allowed.IsSuccess) return allowed;
        await using var db = await dbFactory.CreateDbContextAsync(cancellationToken);
        var edition = await db.NewsletterEditions.SingleOrDefaultAsync(e => e.Id == editionId, cancellationToken);
        if (edition is null) return JournalErrors.IssueNotFound;
        var status = await db.NewsletterIssues.Where(i => i.Id == edition.IssueId).Select(i => i.Status).SingleAsync(cancellationToken);
        if (status != IssueStatus.Draft) return JournalErrors.IssueNotDraft;
        var edited = edition.EditIntroduction(text);
        if (!edited.IsSuccess) return edited;
        await db.SaveChangesAsync(cancellationToken);
        return Result.Success();
    }

    public async Task<Result> ApproveAsync(ClaimsPrincipal user, Guid issueId, CancellationToken cancellationToken = default)
    {
        var allowed = await access.EnsureEditorAsync(user, cancellationToken);
        if (!allowed.IsSuccess) return allowed;
        return await ApproveCoreAsync(issueId, user.MemberId(), cancellationToken);
    }

    /// <summary>The administrator chose automatic sending: the job approves on nobody's behalf.</summary>
    public Task<Result> ApproveAutomaticallyAsync(Guid issueId, CancellationToken cancellationToken = default) =>
        ApproveCoreAsync(issueId, null, cancellationToken);

    private async Task<Result> ApproveCoreAsync(Guid issueId, Guid? editorId, CancellationToken cancellationToken)
    {
        var now = clock.GetUtcNow();
        await using var db = await dbFactory.CreateDbContextAsync(cancellationToken);
        // Compare-and-set: of two editors pressing "approve" at once, one moves the issue out of Draft.
        var approved = await db.NewsletterIssues
            .Where(i => i.Id == issueId && i.Status == IssueStatus.Draft)
            .ExecuteUpdateAsync(u => u
                .SetProperty(i => i.Status, IssueStatus.Sending)
                .SetProperty(i => i.ApprovedAt, now)
                .SetProperty(i => i.ApprovedById, editorId), cancellationToken);
        if (approved == 0) return JournalErrors.IssueNotDraft;
        var number = await db.NewsletterIssues.Where(i => i.Id == issueId).Select(i => i.Number).SingleAsync(cancellationToken);
        db.AuditEntries.Add(AuditEntry.Record(editorId, ModuleKey.Journal, "journal.newsletter.approved", $"newsletter:{number}", null, null, now));
        await db.SaveChangesAsync(cancellationToken);
        await FanOutAsync(issueId, cancellationToken);
        return Result.Success();
    }

    /// <summary>
    /// Makes the delivery rows of an approved issue (one per confirmed subscriber whose audience and language have an
    /// edition) and queues one job per chunk. Safe to run again or at the same time: existing rows are skipped and the
    /// unique (issue, subscriber) key refuses a duplicate; chunk jobs claim each row before sending.
    /// </summary>
    public async Task<int> FanOutAsync(Guid issueId, CancellationToken cancellationToken = default)
    {
        var chunkSize = Math.Max(1, options.Value.ChunkSize);
        var now = clock.GetUtcNow();
        await using var db = await dbFactory.CreateDbContextAsync(cancellationToken);
        var editions = await db.NewsletterEditions.AsNoTracking().Where(e => e.IssueId == issueId)
            .Select(e => new { e.Id, e.Audience, e.Language }).ToListAsync(cancellationToken);
        var editionFor = editions.ToDictionary(e => (e.Audience, e.Language), e => e.Id);
        var subscribers = await db.NewsletterSubscribers.AsNoTracking()
            .Where(s => s.Status == SubscriberStatus.Confirmed)
            .OrderBy(s => s.Id)
            .Select(s => new { s.Id, s.Audience, s.Language })
            .ToListAsync(cancellationToken);
        var existing = (await db.NewsletterDeliveries.AsNoTracking().Where(d => d.IssueId == issueId)
            .Select(d => new { d.SubscriberId, d.Chunk }).ToListAsync(cancellationToken));
        var taken = existing.Select(d => d.SubscriberId).ToHashSet();
        var chunks = existing.Select(d => d.Chunk).ToHashSet();

        var rows = new List<NewsletterDelivery>();
        var index = existing.Count;
        foreach (var subscriber in subscribers)
        {
            if (taken.Contains(subscriber.Id) || !editionFor.TryGetValue((subscriber.Audience, subscriber.Language), out var editionId)) continue;
            var chunk = index++ / chunkSize;
            rows.Add(NewsletterDelivery.Create(issueId, editionId, subscriber.Id, chunk, now));
            chunks.Add(chunk);
        }
        foreach (var batch in rows.Chunk(1000))
        {
            await using var batchDb = await dbFactory.CreateDbContextAsync(cancellationToken);
            batchDb.ChangeTracker.AutoDetectChangesEnabled = false;
            batchDb.NewsletterDeliveries.AddRange(batch);
            try
            {
                await batchDb.SaveChangesAsync(cancellationToken);
            }
            catch (DbUpdateException)
            {
                // Another fan-out of the same issue made some of these rows first: add the rest one by one.
                await AddMissingAsync(issueId, batch, cancellationToken);
            }
        }
        foreach (var chunk in chunks.Order())
            queue.Enqueue(issueId, chunk);
        return rows.Count;
    }

    private async Task AddMissingAsync(Guid issueId, IReadOnlyCollection<NewsletterDelivery> batch, CancellationToken cancellationToken)
    {
        await using var db = await dbFactory.CreateDbContextAsync(cancellationToken);
        var ids = batch.Select(d => d.SubscriberId).ToList();
        var present = (await db.NewsletterDeliveries.Where(d => d.IssueId == issueId && ids.Contains(d.SubscriberId))
            .Select(d => d.SubscriberId).ToListAsync(cancellationToken)).ToHashSet();
        foreach (var row in batch.Where(d => !present.Contains(d.SubscriberId)))
        {
            await using var one = await dbFactory.CreateDbContextAsync(cancellationToken);
            one.NewsletterDeliveries.Add(row);
            try
            {
                await one.SaveChangesAsync(cancellationToken);
            }
            catch (DbUpdateException)
            {
                // Made by the other fan-out in the meantime: the unique key did its job.
            }
        }
    }
}
