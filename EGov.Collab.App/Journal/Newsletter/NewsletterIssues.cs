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

/// <summary>One edition's figures within an issue.</summary>
public sealed record EditionStatistics(SubscriberAudience Audience, string Language, NewsletterStatistics Figures);

/// <summary>An issue's figures: in all, edition by edition, and link by link (most clicked first).</summary>
public sealed record IssueStatistics(NewsletterStatistics Total, IReadOnlyList<EditionStatistics> Editions, IReadOnlyList<LinkClicks> Links);

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
    /// match and who are in <paramref name="segment"/> (by default the one stored with the issue: everyone for a draft),
    /// the same rule <see cref="FanOutAsync"/> applies. Subscribers with no edition of their own get nothing.
    /// </summary>
    public async Task<IReadOnlyList<EditionRecipients>> RecipientsAsync(Guid issueId, NewsletterSegment? segment = null, CancellationToken cancellationToken = default)
    {
        await using var db = await dbFactory.CreateDbContextAsync(cancellationToken);
        segment ??= NewsletterSegment.FromStored(await db.NewsletterIssues.Where(i => i.Id == issueId).Select(i => i.SegmentStored).SingleOrDefaultAsync(cancellationToken));
        var editions = await db.NewsletterEditions.AsNoTracking().Where(e => e.IssueId == issueId)
            .Select(e => new { e.Audience, e.Language }).ToListAsync(cancellationToken);
        var counts = (await db.NewsletterSubscribers.AsNoTracking().Where(s => s.Status == SubscriberStatus.Confirmed)
            .GroupBy(s => new { s.Audience, s.Language, s.RegionCode }).Select(g => new { g.Key.Audience, g.Key.Language, g.Key.RegionCode, Count = g.Count() })
            .ToListAsync(cancellationToken))
            .Where(c => segment.Matches(c.Audience, c.Language, c.RegionCode))
            .ToList();
        return editions
            .Select(e => new EditionRecipients(e.Audience, e.Language,
                counts.Where(c => c.Audience == e.Audience && c.Language == e.Language).Sum(c => c.Count)))
            .OrderBy(e => e.Audience).ThenBy(e => e.Language, StringComparer.Ordinal)
            .ToList();
    }

    /// <summary>Opens and clicks are editors' business only: the figures are refused to anyone else.</summary>
    public async Task<Result<IssueStatistics>> StatisticsAsync(ClaimsPrincipal user, Guid issueId, CancellationToken cancellationToken = default)
    {
        var allowed = await access.EnsureEditorAsync(user, cancellationToken);
        if (!allowed.IsSuccess) return allowed.Error!;
        await using var db = await dbFactory.CreateDbContextAsync(cancellationToken);
        var editions = await db.NewsletterEditions.AsNoTracking().Where(e => e.IssueId == issueId)
            .Select(e => new { e.Id, e.Audience, e.Language }).ToListAsync(cancellationToken);
        var figures = await FiguresAsync(db, [issueId], cancellationToken);
        var perEdition = editions
            .OrderBy(e => e.Audience).ThenBy(e => e.Language, StringComparer.Ordinal)
            .Select(e => new EditionStatistics(e.Audience, e.Language, figures.GetValueOrDefault((issueId, e.Id)) ?? NewsletterStatistics.Empty))
            .ToList();
        var links = await db.NewsletterClicks.AsNoTracking().Where(c => c.IssueId == issueId)
            .GroupBy(c => c.Url).Select(g => new LinkClicks(g.Key, g.Count(), g.Sum(c => c.Count)))
            .ToListAsync(cancellationToken);
        var total = perEdition.Select(e => e.Figures).Aggregate(NewsletterStatistics.Empty, NewsletterStatistics.Add);
        return new IssueStatistics(total,
            perEdition,
            [.. links.OrderByDescending(l => l.UniqueClicks).ThenByDescending(l => l.Clicks).ThenBy(l => l.Url, StringComparer.Ordinal)]);
    }

    /// <summary>The figures of several issues at once, for the list of issues; empty for anyone but an editor.</summary>
    public async Task<IReadOnlyDictionary<Guid, NewsletterStatistics>> SummariesAsync(ClaimsPrincipal user, IReadOnlyCollection<Guid> issueIds, CancellationToken cancellationToken = default)
    {
        if (!(await access.EnsureEditorAsync(user, cancellationToken)).IsSuccess || issueIds.Count == 0) return new Dictionary<Guid, NewsletterStatistics>();
        await using var db = await dbFactory.CreateDbContextAsync(cancellationToken);
        var figures = await FiguresAsync(db, issueIds, cancellationToken);
        return figures.GroupBy(f => f.Key.IssueId)
            .ToDictionary(g => g.Key, g => g.Select(f => f.Value).Aggregate(NewsletterStatistics.Empty, NewsletterStatistics.Add));
    }

    private static async Task<Dictionary<(Guid IssueId, Guid EditionId), NewsletterStatistics>> FiguresAsync(
        CollabDbContext db, IReadOnlyCollection<Guid> issueIds, CancellationToken cancellationToken)
    {
        var ids = issueIds.ToList();
        var rows = await db.NewsletterDeliveries.AsNoTracking().Where(d => ids.Contains(d.IssueId))
            .GroupBy(d => new { d.IssueId, d.EditionId })
            .Select(g => new
            {
                g.Key.IssueId,
                g.Key.EditionId,
                Sent = g.Count(d => d.State == DeliveryState.Sent),
                Failed = g.Count(d => d.State == DeliveryState.Failed),
                Pending = g.Count(d => d.State == DeliveryState.Pending || d.State == DeliveryState.Sending),
                Tracked = g.Count(d => d.State == DeliveryState.Sent && d.Tracked),
                UniqueOpens = g.Count(d => d.Tracked && d.FirstOpenedAt != null),
                Opens = g.Sum(d => d.Opens),
                UniqueClicks = g.Count(d => d.Tracked && d.FirstClickedAt != null),
                Clicks = g.Sum(d => d.Clicks),
            })
            .ToListAsync(cancellationToken);
        return rows.ToDictionary(r => (r.IssueId, r.EditionId),
            r => new NewsletterStatistics(r.Sent, r.Failed, r.Pending, r.Tracked, r.UniqueOpens, r.Opens, r.UniqueClicks, r.Clicks));
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

    /// <summary>Approves and sends to <paramref name="segment"/> (everyone when null); the segment is kept with the issue.</summary>
    public async Task<Result> ApproveAsync(ClaimsPrincipal user, Guid issueId, NewsletterSegment? segment = null, CancellationToken cancellationToken = default)
    {
        var allowed = await access.EnsureEditorAsync(user, cancellationToken);
        if (!allowed.IsSuccess) return allowed;
        return await ApproveCoreAsync(issueId, user.MemberId(), segment ?? NewsletterSegment.Everyone, cancellationToken);
    }

    /// <summary>The administrator chose automatic sending: the job approves on nobody's behalf, for every subscriber.</summary>
    public Task<Result> ApproveAutomaticallyAsync(Guid issueId, CancellationToken cancellationToken = default) =>
        ApproveCoreAsync(issueId, null, NewsletterSegment.Everyone, cancellationToken);

    private async Task<Result> ApproveCoreAsync(Guid issueId, Guid? editorId, NewsletterSegment segment, CancellationToken cancellationToken)
    {
        var now = clock.GetUtcNow();
        var stored = segment.ToStored();
        await using var db = await dbFactory.CreateDbContextAsync(cancellationToken);
        // Compare-and-set: of two editors pressing "approve" at once, one moves the issue out of Draft.
        var approved = await db.NewsletterIssues
            .Where(i => i.Id == issueId && i.Status == IssueStatus.Draft)
            .ExecuteUpdateAsync(u => u
                .SetProperty(i => i.Status, IssueStatus.Sending)
                .SetProperty(i => i.ApprovedAt, now)
                .SetProperty(i => i.ApprovedById, editorId)
                .SetProperty(i => i.SegmentStored, stored), cancellationToken);
        if (approved == 0) return JournalErrors.IssueNotDraft;
        var number = await db.NewsletterIssues.Where(i => i.Id == issueId).Select(i => i.Number).SingleAsync(cancellationToken);
        db.AuditEntries.Add(AuditEntry.Record(editorId, ModuleKey.Journal, "journal.newsletter.approved", $"newsletter:{number}", null, stored, now));
        await db.SaveChangesAsync(cancellationToken);
        await FanOutAsync(issueId, cancellationToken);
        return Result.Success();
    }

    /// <summary>
    /// Makes the delivery rows of an approved issue (one per confirmed subscriber in the issue's segment whose audience
    /// and language have an edition) and queues one job per chunk. Safe to run again or at the same time: existing rows are skipped and the
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
        var segment = NewsletterSegment.FromStored(await db.NewsletterIssues.Where(i => i.Id == issueId).Select(i => i.SegmentStored).SingleOrDefaultAsync(cancellationToken));
        var subscribers = (await db.NewsletterSubscribers.AsNoTracking()
            .Where(s => s.Status == SubscriberStatus.Confirmed)
            .OrderBy(s => s.Id)
            .Select(s => new { s.Id, s.Audience, s.Language, s.RegionCode })
            .ToListAsync(cancellationToken))
            .Where(s => segment.Matches(s.Audience, s.Language, s.RegionCode));
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
