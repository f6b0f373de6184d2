using EGov.Collab.App.Journal.Subscriptions;
using EGov.Collab.App.Mail;
using MailKit.Net.Smtp;
using EGov.Collab.Data;
using EGov.Collab.Domain.Journal;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;

namespace EGov.Collab.App.Journal.Newsletter;

public sealed record ChunkOutcome(int Sent, int Retrying, int Failed, int Cancelled);

/// <summary>
/// Sends one chunk of an issue's deliveries. Each row is claimed with a compare-and-set (UPDATE … WHERE State =
/// Pending) before its mail is sent, so two workers on the same chunk never both send a row. A stop request is honoured
/// between messages, never in the middle of one: a message handed to the mail server is always recorded as sent.
/// A row left claimed by a worker that died is claimed again after <see cref="DeliveryRetry.ClaimLease"/>; its mail
/// keeps the same Message-ID, so a receiver can drop it if the dead worker had sent it after all.
/// </summary>
public sealed class NewsletterDispatcher(
    IDbContextFactory<CollabDbContext> dbFactory,
    IMailSender mail,
    NewsletterRenderer renderer,
    SubscriberLinks subscriberLinks,
    INewsletterChunkScheduler queue,
    IOptions<NewsletterOptions> options,
    TimeProvider clock,
    ILogger<NewsletterDispatcher> logger)
{
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
            .Join(db.NewsletterSubscribers, d => d.SubscriberId, s => s.Id, (d, s) => new Candidate(d.Id, d.SubscriberId, d.EditionId, d.Attempts, s.Email))
            .ToListAsync(CancellationToken.None);
        var sent = 0;
        var retrying = 0;
        var failed = 0;
        if (candidates.Count > 0)
        {
            var number = await db.NewsletterIssues.Where(i => i.Id == issueId).Select(i => i.Number).SingleAsync(CancellationToken.None);
            var editionIds = candidates.Select(c => c.EditionId).Distinct().ToList();
            var rendered = (await db.NewsletterEditions.AsNoTracking().Where(e => editionIds.Contains(e.Id)).ToListAsync(CancellationToken.None))
                .ToDictionary(e => e.Id, e => renderer.Render(number, e));

            await Parallel.ForEachAsync(candidates, new ParallelOptions { MaxDegreeOfParallelism = Math.Max(1, options.Value.Parallelism) }, async (candidate, _) =>
            {
                if (stopping.IsCancellationRequested) return;
                switch (await SendOneAsync(number, candidate, rendered[candidate.EditionId], now, staleBefore))
                {
                    case DeliveryState.Sent: Interlocked.Increment(ref sent); break;
                    case DeliveryState.Pending: Interlocked.Increment(ref retrying); break;
                    case DeliveryState.Failed: Interlocked.Increment(ref failed); break;
                }
            });
        }

        if (retrying > 0) queue.Schedule(issueId, chunk, DeliveryRetry.Delay(1));
        await CompleteIfDoneAsync(issueId);
        stopping.ThrowIfCancellationRequested();
        logger.LogInformation("Newsletter chunk {Chunk} of issue {IssueId}: {Sent} sent, {Retrying} to retry, {Failed} failed, {Cancelled} cancelled.",
            chunk, issueId, sent, retrying, failed, cancelled);
        return new ChunkOutcome(sent, retrying, failed, cancelled);
    }

    private async Task<DeliveryState?> SendOneAsync(int number, Candidate candidate, RenderedEdition edition, DateTimeOffset now, DateTimeOffset staleBefore)
    {
        await using var db = await dbFactory.CreateDbContextAsync();
        var claimed = await db.NewsletterDeliveries
            .Where(d => d.Id == candidate.Id)
            .Where(d => (d.State == DeliveryState.Pending && d.NotBefore <= now) || (d.State == DeliveryState.Sending && d.ClaimedAt < staleBefore))
            .Where(d => db.NewsletterSubscribers.Any(s => s.Id == d.SubscriberId && s.Status == SubscriberStatus.Confirmed))
            .ExecuteUpdateAsync(u => u
                .SetProperty(d => d.State, DeliveryState.Sending)
                .SetProperty(d => d.ClaimedAt, now)
                .SetProperty(d => d.Attempts, d => d.Attempts + 1));
        if (claimed == 0) return null;

        var attempts = candidate.Attempts + 1;
        try
        {
            var links = subscriberLinks.For(candidate.SubscriberId);
            var (html, text) = edition.For(links.Manage, links.Unsubscribe);
            var headers = new Dictionary<string, string>
            {
                ["List-Unsubscribe"] = $"<{links.OneClick}>",
                ["List-Unsubscribe-Post"] = "List-Unsubscribe=One-Click",
                ["List-Id"] = "EGov.Collab <newsletter.egov-collab.local>",
                ["Precedence"] = "bulk",
            };
            // Not the stop token: once a message is handed over it is finished and recorded, so a restart never resends it.
            await mail.SendAsync(new PortalMail(candidate.Email, edition.Subject, html, text, NewsletterIssue.MessageId(number, candidate.SubscriberId), headers), CancellationToken.None);
        }
#pragma warning disable CA1031 // Any transport failure becomes a retry or a recorded failure of this one delivery.
        catch (Exception exception)
#pragma warning restore CA1031
        {
            // A 5xx reply is the server saying "never": no retry. Anything else (4xx, a dropped connection) is tried again later.
            var permanent = exception is SmtpCommandException { StatusCode: >= (SmtpStatusCode)500 };
            var retry = !permanent && DeliveryRetry.ShouldRetry(attempts);
            var error = exception is SmtpCommandException smtp
                ? $"{(int)smtp.StatusCode} {smtp.Message}"
                : exception.GetType().Name + ": " + exception.Message;
            if (error.Length > NewsletterDelivery.ErrorMaxLength) error = error[..NewsletterDelivery.ErrorMaxLength];
            var state = retry ? DeliveryState.Pending : DeliveryState.Failed;
            var notBefore = now + DeliveryRetry.Delay(attempts);
            await db.NewsletterDeliveries.Where(d => d.Id == candidate.Id && d.State == DeliveryState.Sending)
                .ExecuteUpdateAsync(u => u
                    .SetProperty(d => d.State, state)
                    .SetProperty(d => d.NotBefore, notBefore)
                    .SetProperty(d => d.LastError, error));
            logger.LogWarning(exception, "Newsletter {Number} to subscriber {SubscriberId}: attempt {Attempt} failed.", number, candidate.SubscriberId, attempts);
            return state;
        }

        var sentAt = clock.GetUtcNow();
        await db.NewsletterDeliveries.Where(d => d.Id == candidate.Id && d.State == DeliveryState.Sending)
            .ExecuteUpdateAsync(u => u
                .SetProperty(d => d.State, DeliveryState.Sent)
                .SetProperty(d => d.SentAt, sentAt)
                .SetProperty(d => d.LastError, (string?)null));
        return DeliveryState.Sent;
    }

    private async Task CompleteIfDoneAsync(Guid issueId)
    {
        await using var db = await dbFactory.CreateDbContextAsync();
        var open = await db.NewsletterDeliveries.AnyAsync(d => d.IssueId == issueId && (d.State == DeliveryState.Pending || d.State == DeliveryState.Sending));
        if (open) return;
        await db.NewsletterIssues.Where(i => i.Id == issueId && i.Status == IssueStatus.Sending)
            .ExecuteUpdateAsync(u => u.SetProperty(i => i.Status, IssueStatus.Completed));
    }

    private sealed record Candidate(Guid Id, Guid SubscriberId, Guid EditionId, int Attempts, string Email);
}
