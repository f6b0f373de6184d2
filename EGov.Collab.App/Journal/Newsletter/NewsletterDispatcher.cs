using System.Collections.Concurrent;
using EGov.Collab.App.Journal.Subscriptions;
using EGov.Collab.App.Mail;
using EGov.Collab.Data;
using EGov.Collab.Domain.Journal;
using MailKit.Net.Smtp;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;
using EGov.Collab.App.Scale;

namespace EGov.Collab.App.Journal.Newsletter;

public sealed record ChunkOutcome(int Sent, int Retrying, int Failed, int Cancelled);

/// <summary>
/// Sends one chunk of an issue's deliveries. Rows are claimed a small batch at a time with a compare-and-set
/// (UPDATE … SET State = Sending, ClaimToken = mine WHERE State = Pending …), so two workers on the same chunk never
/// both send a row; only rows carrying this worker's token are sent. Sent rows are recorded after every batch, failures
/// at once. A stop request is honoured between messages, never in the middle of one: the messages already handed to
/// the mail server are recorded as sent and the rest of the batch is released for the next run. A row left claimed by a
/// worker that died is claimed again after <see cref="DeliveryRetry.ClaimLease"/>; its mail keeps the same Message-ID,
/// so a receiver can drop it should the dead worker have sent it after all.
/// </summary>
public sealed class NewsletterDispatcher(
    IDbContextFactory<CollabDbContext> dbFactory,
    IMailSender mail,
    NewsletterRenderer renderer,
    SubscriberLinks subscriberLinks,
    NewsletterTrackingTokens trackingTokens,
    INewsletterChunkScheduler scheduler,
    IOptions<NewsletterOptions> options,
    TimeProvider clock,
    ILogger<NewsletterDispatcher> logger)
{
    /// <summary>Rows claimed per compare-and-set: few enough that a crash risks little, enough to spare the database a commit per mail.</summary>
    public const int ClaimBatch = 20;

    public async Task<ChunkOutcome> ProcessChunkAsync(Guid issueId, int chunk, CancellationToken stopping)
    {
        var now = clock.GetUtcNow();
        var staleBefore = now - DeliveryRetry.ClaimLease;
        await using var db = await dbFactory.CreateDbContextAsync(CancellationToken.None);

        var cancelled = await db.NewsletterDeliveries
            .Where(d => d.IssueId == issueId && d.Chunk == chunk && d.State == DeliveryState.Pending)
            .Where(d => !db.NewsletterSubscribers.Any(s => s.Id == d.SubscriberId && s.Status == SubscriberStatus.Confirmed))
            .ExecuteUpdateAsync(u => u.SetProperty(d => d.State, DeliveryState.Cancelled), CancellationToken.None);

        var candidates = await db.NewsletterDeliveries.AsNoTracking()
            .Where(d => d.IssueId == issueId && d.Chunk == chunk)
            .Where(d => (d.State == DeliveryState.Pending && d.NotBefore <= now) || (d.State == DeliveryState.Sending && d.ClaimedAt < staleBefore))
            .OrderBy(d => d.Id)
            .Select(d => d.Id)
            .ToListAsync(CancellationToken.None);
        var tally = new Tally();
        if (candidates.Count > 0)
        {
            var number = await db.NewsletterIssues.Where(i => i.Id == issueId).Select(i => i.Number).SingleAsync(CancellationToken.None);
            var rendered = new ConcurrentDictionary<Guid, RenderedEdition>();
            var parallel = new ParallelOptions { MaxDegreeOfParallelism = Math.Max(1, options.Value.Parallelism) };
            await Parallel.ForEachAsync(candidates.Chunk(ClaimBatch), parallel, async (batch, _) =>
            {
                if (stopping.IsCancellationRequested) return;
                await SendBatchAsync(number, batch, rendered, now, staleBefore, tally, () => stopping.IsCancellationRequested);
            });
        }

        if (tally.Retrying > 0) scheduler.Schedule(issueId, chunk, DeliveryRetry.Delay(1));
        await CompleteIfDoneAsync(issueId);
        stopping.ThrowIfCancellationRequested();
        logger.LogInformation("Newsletter chunk {Chunk} of issue {IssueId}: {Sent} sent, {Retrying} to retry, {Failed} failed, {Cancelled} cancelled.",
            chunk, issueId, tally.Sent, tally.Retrying, tally.Failed, cancelled);
        PortalMeter.NewsletterSends.Add(tally.Sent, new KeyValuePair<string, object?>("outcome", "sent"));
        PortalMeter.NewsletterSends.Add(tally.Retrying, new KeyValuePair<string, object?>("outcome", "retrying"));
        PortalMeter.NewsletterSends.Add(tally.Failed, new KeyValuePair<string, object?>("outcome", "failed"));
        return new ChunkOutcome(tally.Sent, tally.Retrying, tally.Failed, cancelled);
    }

    private async Task SendBatchAsync(int number, Guid[] ids, ConcurrentDictionary<Guid, RenderedEdition> rendered,
        DateTimeOffset now, DateTimeOffset staleBefore, Tally tally, Func<bool> stopRequested)
    {
        var token = Guid.NewGuid();
        await using var db = await dbFactory.CreateDbContextAsync();
        // The compare-and-set: only rows still waiting (or abandoned past the lease) and still wanted are taken.
        var claimed = await db.NewsletterDeliveries
            .Where(d => ids.Contains(d.Id))
            .Where(d => (d.State == DeliveryState.Pending && d.NotBefore <= now) || (d.State == DeliveryState.Sending && d.ClaimedAt < staleBefore))
            .Where(d => db.NewsletterSubscribers.Any(s => s.Id == d.SubscriberId && s.Status == SubscriberStatus.Confirmed))
            .ExecuteUpdateAsync(u => u
                .SetProperty(d => d.State, DeliveryState.Sending)
                .SetProperty(d => d.ClaimedAt, now)
                .SetProperty(d => d.ClaimToken, token)
                .SetProperty(d => d.Attempts, d => d.Attempts + 1));
        if (claimed == 0) return;
        var mine = await db.NewsletterDeliveries.AsNoTracking()
            .Where(d => ids.Contains(d.Id) && d.ClaimToken == token && d.State == DeliveryState.Sending)
            .Join(db.NewsletterSubscribers, d => d.SubscriberId, s => s.Id, (d, s) => new Claimed(d.Id, d.SubscriberId, d.EditionId, d.Attempts, s.Email, s.TrackingConsent))
            .ToListAsync();

        var sent = new List<Guid>();
        var tracked = new List<Guid>();
        var unsent = new List<Guid>();
        foreach (var delivery in mine.OrderBy(d => d.Id))
        {
            if (stopRequested())
            {
                unsent.Add(delivery.Id);
                continue;
            }
            var edition = rendered.GetOrAdd(delivery.EditionId, id => Render(number, id));
            var error = await TrySendAsync(number, delivery, edition);
            if (error is null)
            {
                sent.Add(delivery.Id);
                if (delivery.TrackingConsent) tracked.Add(delivery.Id);
                continue;
            }
            var state = await RecordFailureAsync(db, delivery, error, now);
            if (state == DeliveryState.Failed) Interlocked.Increment(ref tally.Failed);
            else Interlocked.Increment(ref tally.Retrying);
        }

        if (sent.Count > 0)
        {
            var sentAt = clock.GetUtcNow();
            // Tracked is set with Sent in one update: only mail that carried the pixel and tracked links counts towards the rates.
            var plain = sent.Except(tracked).ToList();
            foreach (var (rows, isTracked) in new[] { (tracked, true), (plain, false) })
            {
                if (rows.Count == 0) continue;
                await db.NewsletterDeliveries.Where(d => rows.Contains(d.Id) && d.ClaimToken == token && d.State == DeliveryState.Sending)
                    .ExecuteUpdateAsync(u => u
                        .SetProperty(d => d.State, DeliveryState.Sent)
                        .SetProperty(d => d.SentAt, sentAt)
                        .SetProperty(d => d.Tracked, isTracked)
                        .SetProperty(d => d.LastError, (string?)null));
            }
            Interlocked.Add(ref tally.Sent, sent.Count);
        }
        if (unsent.Count > 0)
        {
            // Stopping: hand back what this worker claimed but did not send, as if it had never been claimed.
            await db.NewsletterDeliveries.Where(d => unsent.Contains(d.Id) && d.ClaimToken == token && d.State == DeliveryState.Sending)
                .ExecuteUpdateAsync(u => u
                    .SetProperty(d => d.State, DeliveryState.Pending)
                    .SetProperty(d => d.ClaimToken, (Guid?)null)
                    .SetProperty(d => d.Attempts, d => d.Attempts - 1));
        }
    }

    private RenderedEdition Render(int number, Guid editionId)
    {
        using var db = dbFactory.CreateDbContext();
        return renderer.Render(number, db.NewsletterEditions.AsNoTracking().Single(e => e.Id == editionId));
    }

    /// <summary>Null when the mail server took the message; otherwise why not.</summary>
    private async Task<Exception?> TrySendAsync(int number, Claimed delivery, RenderedEdition edition)
    {
        try
        {
            var links = subscriberLinks.For(delivery.SubscriberId);
            // Counting only with the subscriber's consent: everyone else gets plain links and no pixel.
            var personal = delivery.TrackingConsent
                ? edition.Tracked(i => trackingTokens.ClickUrl(delivery.Id, i), trackingTokens.OpenUrl(delivery.Id))
                : edition;
            var (html, text) = personal.For(links.Manage, links.Unsubscribe);
            var headers = new Dictionary<string, string>
            {
                ["List-Unsubscribe"] = $"<{links.OneClick}>",
                ["List-Unsubscribe-Post"] = "List-Unsubscribe=One-Click",
                ["List-Id"] = "EGov.Collab <newsletter.egov-collab.local>",
                ["Precedence"] = "bulk",
            };
            // Not the stop token: once a message is handed over it is finished and recorded, so a restart never resends it.
            await mail.SendAsync(new PortalMail(delivery.Email, edition.Subject, html, text, NewsletterIssue.MessageId(number, delivery.SubscriberId), headers), CancellationToken.None);
            return null;
        }
#pragma warning disable CA1031 // Any transport failure becomes a retry or a recorded failure of this one delivery.
        catch (Exception exception)
#pragma warning restore CA1031
        {
            logger.LogWarning(exception, "Newsletter {Number} to subscriber {SubscriberId}: attempt {Attempt} failed.", number, delivery.SubscriberId, delivery.Attempts);
            return exception;
        }
    }

    private static async Task<DeliveryState> RecordFailureAsync(CollabDbContext db, Claimed delivery, Exception exception, DateTimeOffset now)
    {
        // A 5xx reply is the server saying "never": no retry. Anything else (4xx, a dropped connection) is tried again later.
        var permanent = exception is SmtpCommandException { StatusCode: >= (SmtpStatusCode)500 };
        var state = !permanent && DeliveryRetry.ShouldRetry(delivery.Attempts) ? DeliveryState.Pending : DeliveryState.Failed;
        var error = exception is SmtpCommandException smtp
            ? $"{(int)smtp.StatusCode} {smtp.Message}"
            : exception.GetType().Name + ": " + exception.Message;
        if (error.Length > NewsletterDelivery.ErrorMaxLength) error = error[..NewsletterDelivery.ErrorMaxLength];
        var notBefore = now + DeliveryRetry.Delay(delivery.Attempts);
        await db.NewsletterDeliveries.Where(d => d.Id == delivery.Id && d.State == DeliveryState.Sending)
            .ExecuteUpdateAsync(u => u
                .SetProperty(d => d.State, state)
                .SetProperty(d => d.NotBefore, notBefore)
                .SetProperty(d => d.ClaimToken, (Guid?)null)
                .SetProperty(d => d.LastError, error));
        return state;
    }

    private async Task CompleteIfDoneAsync(Guid issueId)
    {
        await using var db = await dbFactory.CreateDbContextAsync();
        var open = await db.NewsletterDeliveries.AnyAsync(d => d.IssueId == issueId && (d.State == DeliveryState.Pending || d.State == DeliveryState.Sending));
        if (open) return;
        await db.NewsletterIssues.Where(i => i.Id == issueId && i.Status == IssueStatus.Sending)
            .ExecuteUpdateAsync(u => u.SetProperty(i => i.Status, IssueStatus.Completed));
    }

    private sealed record Claimed(Guid Id, Guid SubscriberId, Guid EditionId, int Attempts, string Email, bool TrackingConsent);

    private sealed class Tally
    {
        public int Sent;
        public int Retrying;
        public int Failed;
    }
}
