using EGov.Collab.App.Journal.Newsletter;
using EGov.Collab.App.Journal.Subscriptions;
using EGov.Collab.App.Mail;
using EGov.Collab.Domain.Journal;
using Microsoft.EntityFrameworkCore;
using MimeKit;

namespace EGov.Collab.Tests.Integration.Journal;

/// <summary>The newsletter against a real SMTP server on loopback (aiosmtpd): exactly once, whatever the workers do.</summary>
public sealed class NewsletterSendingTests
{
    private static string Recipient(MimeMessage message) => message.To.Mailboxes.Single().Address;

    [Fact]
    public async Task Issue_ReachesEveryConfirmedSubscriberExactlyOnce()
    {
        await using var harness = await NewsletterHarness.StartAsync(chunkSize: 7);
        await harness.PublishArticleAsync();
        var confirmed = await harness.AddSubscribersAsync(30);
        await harness.AddSubscribersAsync(3, SubscriberStatus.Pending, "pending");
        await harness.AddSubscribersAsync(2, SubscriberStatus.Unsubscribed, "gone");

        var issue = await harness.GenerateAndApproveAsync();
        await harness.RunChunksAsync(issue.Id);

        var received = harness.Smtp.Messages();
        Assert.Equal(confirmed.Select(s => s.Email).Order(), received.Select(Recipient).Order());
        Assert.Equal(received.Count, received.Select(m => m.MessageId).Distinct().Count());
        Assert.True(harness.Chunks.Enqueued.Select(c => c.Chunk).Distinct().Count() >= 5, "30 deliveries in chunks of 7 make five jobs.");
        Assert.Equal(30, (await harness.StatesAsync(issue.Id))[DeliveryState.Sent]);
        await using var db = harness.CreateContext();
        Assert.Equal(IssueStatus.Completed, (await db.NewsletterIssues.SingleAsync()).Status);
    }

    [Fact]
    public async Task FanOut_TwiceAtTheSameTime_SendsEachOnce()
    {
        await using var harness = await NewsletterHarness.StartAsync(chunkSize: 10);
        await harness.PublishArticleAsync();
        var confirmed = await harness.AddSubscribersAsync(40);
        var issue = await harness.GenerateAndApproveAsync();

        // A second fan-out of the same issue at once (a retried job, a double click), then every chunk run by two workers at once.
        await Task.WhenAll(
            Task.Run(() => harness.Get<NewsletterIssues>().FanOutAsync(issue.Id)),
            Task.Run(() => harness.Get<NewsletterIssues>().FanOutAsync(issue.Id)));
        await Task.WhenAll(Task.Run(() => harness.RunChunksAsync(issue.Id)), Task.Run(() => harness.RunChunksAsync(issue.Id)));

        var received = harness.Smtp.Messages();
        Assert.Equal(confirmed.Count, received.Count);
        Assert.Equal(confirmed.Select(s => s.Email).Order(), received.Select(Recipient).Order());
        await using var db = harness.CreateContext();
        Assert.Equal(confirmed.Count, await db.NewsletterDeliveries.CountAsync(d => d.IssueId == issue.Id));
    }

    [Fact]
    public async Task WorkerStoppedMidSend_RestartFinishesWithoutDuplicates()
    {
        using var stop = new CancellationTokenSource();
        StoppingSender? stopping = null;
        await using var harness = await NewsletterHarness.StartAsync(chunkSize: 100,
            wrapSender: inner => stopping = new StoppingSender(inner, stop, afterMessages: 5));
        await harness.PublishArticleAsync();
        var confirmed = await harness.AddSubscribersAsync(24);
        var issue = await harness.GenerateAndApproveAsync();

        await Assert.ThrowsAnyAsync<OperationCanceledException>(() => harness.RunChunksAsync(issue.Id, stop.Token));
        var beforeRestart = harness.Smtp.Messages().Count;
        Assert.InRange(beforeRestart, 5, confirmed.Count - 1);

        // A worker that died outright leaves a claimed row behind: it is taken again only after the claim lease.
        await using (var db = harness.CreateContext())
        {
            var orphan = await db.NewsletterDeliveries.FirstAsync(d => d.IssueId == issue.Id && d.State == DeliveryState.Pending);
            await db.NewsletterDeliveries.Where(d => d.Id == orphan.Id).ExecuteUpdateAsync(u => u
                .SetProperty(d => d.State, DeliveryState.Sending).SetProperty(d => d.ClaimedAt, harness.Clock.GetUtcNow()));
        }
        await harness.RunChunksAsync(issue.Id);
        Assert.Equal(confirmed.Count - 1, harness.Smtp.Messages().Count);
        harness.Clock.Advance(DeliveryRetry.ClaimLease + TimeSpan.FromMinutes(1));
        await harness.RunChunksAsync(issue.Id);

        var received = harness.Smtp.Messages();
        Assert.Equal(confirmed.Select(s => s.Email).Order(), received.Select(Recipient).Order());
        Assert.NotNull(stopping);
    }

    [Fact]
    public async Task SubscriberWhoUnsubscribesBetweenGenerationAndSending_GetsNothing()
    {
        await using var harness = await NewsletterHarness.StartAsync();
        await harness.PublishArticleAsync();
        var confirmed = await harness.AddSubscribersAsync(12);
        var issue = await harness.GenerateAndApproveAsync();
        var leaving = confirmed[4];

        var link = harness.Get<SubscriberLinks>().For(leaving.Id);
        var token = Microsoft.AspNetCore.WebUtilities.QueryHelpers.ParseQuery(new Uri(link.OneClick).Query)["token"].ToString();
        Assert.True((await harness.Get<SubscriptionService>().UnsubscribeAsync(token)).IsSuccess);
        await harness.RunChunksAsync(issue.Id);

        var received = harness.Smtp.Messages().Select(Recipient).ToList();
        Assert.DoesNotContain(leaving.Email, received);
        Assert.Equal(confirmed.Count - 1, received.Count);
        Assert.Equal(1, (await harness.StatesAsync(issue.Id))[DeliveryState.Cancelled]);
    }

    [Fact]
    public async Task Message_HasHtmlAndTextParts_OneClickUnsubscribeHeader_UkrainianIntact()
    {
        await using var harness = await NewsletterHarness.StartAsync();
        var title = await harness.PublishArticleAsync();
        var subscriber = (await harness.AddSubscribersAsync(1)).Single();
        var issue = await harness.GenerateAndApproveAsync();
        await harness.RunChunksAsync(issue.Id);

        var message = harness.Smtp.Messages().Single();
        Assert.Equal(NewsletterIssue.MessageId(issue.Number, subscriber.Id), message.MessageId);
        Assert.Contains("випуск № 1", message.Subject, StringComparison.Ordinal);
        var alternative = Assert.IsType<MultipartAlternative>(message.Body);
        Assert.Contains(title, message.TextBody, StringComparison.Ordinal);
        Assert.Contains(System.Net.WebUtility.HtmlEncode(title), message.HtmlBody, StringComparison.Ordinal);
        Assert.Equal(2, alternative.Count);

        var header = message.Headers["List-Unsubscribe"]!;
        Assert.StartsWith("<https://egov.example.ua/journal/unsubscribe/one-click?token=", header, StringComparison.Ordinal);
        Assert.Equal("List-Unsubscribe=One-Click", message.Headers["List-Unsubscribe-Post"]);
        var token = Microsoft.AspNetCore.WebUtilities.QueryHelpers.ParseQuery(new Uri(header.Trim('<', '>')).Query)["token"].ToString();
        Assert.Equal(subscriber.Id, harness.Get<SubscriberTokens>().Read(token, SubscriberTokenPurpose.Manage));
        // A character in the middle carries six whole bits (the last ones may carry padding bits only).
        var tampered = token[..10] + (token[10] == 'A' ? 'B' : 'A') + token[11..];
        Assert.Null(harness.Get<SubscriberTokens>().Read(tampered, SubscriberTokenPurpose.Manage));
    }

    [Fact]
    public async Task TemporaryRefusal_RetriedWithBackOff_PermanentRefusal_FailsAtOnce_BothRecorded()
    {
        await using var harness = await NewsletterHarness.StartAsync();
        await harness.PublishArticleAsync();
        await harness.AddSubscribersAsync(3);
        await harness.AddSubscribersAsync(1, prefix: "tempfail");
        await harness.AddSubscribersAsync(1, prefix: "bounce");
        var issue = await harness.GenerateAndApproveAsync();

        await harness.RunChunksAsync(issue.Id);
        Assert.Equal(1, (await harness.StatesAsync(issue.Id))[DeliveryState.Failed]);
        for (var attempt = 1; attempt < DeliveryRetry.MaxAttempts; attempt++)
        {
            await harness.RunChunksAsync(issue.Id); // too early: the back-off has not passed, nothing is tried
            harness.Clock.Advance(DeliveryRetry.Delay(attempt) + TimeSpan.FromSeconds(1));
            await harness.RunChunksAsync(issue.Id);
        }

        var states = await harness.StatesAsync(issue.Id);
        Assert.Equal(3, states[DeliveryState.Sent]);
        Assert.Equal(2, states[DeliveryState.Failed]);
        Assert.Equal(DeliveryRetry.MaxAttempts - 1, harness.Chunks.Scheduled.Count(s => s.IssueId == issue.Id));
        var failures = await harness.Get<NewsletterIssues>().FailuresAsync(issue.Id, 10);
        Assert.Equal(1, failures.Single(f => f.Email.StartsWith("bounce", StringComparison.Ordinal)).Attempts);
        var temporary = failures.Single(f => f.Email.StartsWith("tempfail", StringComparison.Ordinal));
        Assert.Equal(DeliveryRetry.MaxAttempts, temporary.Attempts);
        Assert.StartsWith("451", temporary.Error, StringComparison.Ordinal);
        Assert.Equal(3, harness.Smtp.Messages().Count);
        await using var db = harness.CreateContext();
        Assert.Equal(IssueStatus.Completed, (await db.NewsletterIssues.SingleAsync()).Status);
    }

    [Fact]
    public async Task NothingNew_NoIssue_RunRecordedAsSkipped()
    {
        await using var harness = await NewsletterHarness.StartAsync();
        await harness.AddSubscribersAsync(2);

        var outcome = await harness.Get<NewsletterGenerator>().GenerateAsync();

        Assert.Equal(RunOutcome.Skipped, outcome.Outcome);
        await using var db = harness.CreateContext();
        Assert.Equal(0, await db.NewsletterIssues.CountAsync());
        Assert.Equal(RunOutcome.Skipped, (await db.NewsletterRuns.SingleAsync()).Outcome);
        Assert.Empty(harness.Smtp.Messages());
    }

    /// <summary>Asks the worker to stop (as a Hangfire shutdown does) once some messages have gone out.</summary>
    private sealed class StoppingSender(IMailSender inner, CancellationTokenSource stop, int afterMessages) : IMailSender
    {
        private int _sent;

        public async Task SendAsync(PortalMail mail, CancellationToken cancellationToken = default)
        {
            await inner.SendAsync(mail, cancellationToken);
            if (Interlocked.Increment(ref _sent) == afterMessages) await stop.CancelAsync();
        }
    }
}
