using System.Diagnostics;
using EGov.Collab.App.Journal.Newsletter;
using EGov.Collab.App.Journal.Subscriptions;
using EGov.Collab.App.Mail;
using EGov.Collab.Data;
using EGov.Collab.Domain.Journal;
using MailKit.Net.Smtp;
using MailKit.Security;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Options;

namespace EGov.Collab.Bench.Journal;

/// <summary>
/// The floor the newsletter's delivery is measured against (issue 19): the same messages an issue's deliveries carry
/// (same recipients, editions, per-subscriber links, headers and Message-IDs, built by the same MimeKit code) sent
/// straight to the same SMTP server by MailKit, one connection per concurrent sender, with no database claims, no
/// Hangfire and no bookkeeping in between.
/// </summary>
public static class BareSmtpFloor
{
    public static async Task<(TimeSpan Elapsed, int Sent)> SendAsync(IServiceProvider services, Guid issueId, int concurrency, int port)
    {
        await using var scope = services.CreateAsyncScope();
        var provider = scope.ServiceProvider;
        var renderer = provider.GetRequiredService<NewsletterRenderer>();
        var links = provider.GetRequiredService<SubscriberLinks>();
        var options = provider.GetRequiredService<IOptions<MailOptions>>().Value;
        await using var db = await provider.GetRequiredService<IDbContextFactory<CollabDbContext>>().CreateDbContextAsync();
        var number = await db.NewsletterIssues.Where(i => i.Id == issueId).Select(i => i.Number).SingleAsync();
        var editions = (await db.NewsletterEditions.AsNoTracking().Where(e => e.IssueId == issueId).ToListAsync())
            .ToDictionary(e => e.Id, e => renderer.Render(number, e));
        var recipients = await db.NewsletterDeliveries.AsNoTracking().Where(d => d.IssueId == issueId)
            .Join(db.NewsletterSubscribers, d => d.SubscriberId, s => s.Id, (d, s) => new Recipient(d.SubscriberId, d.EditionId, s.Email))
            .ToListAsync();

        var next = -1;
        var clock = Stopwatch.StartNew();
        await Task.WhenAll(Enumerable.Range(0, Math.Max(1, concurrency)).Select(_ => Task.Run(async () =>
        {
            using var client = new SmtpClient();
            await client.ConnectAsync("127.0.0.1", port, SecureSocketOptions.None);
            int i;
            while ((i = Interlocked.Increment(ref next)) < recipients.Count)
            {
                var recipient = recipients[i];
                var edition = editions[recipient.EditionId];
                var set = links.For(recipient.SubscriberId);
                var (html, text) = edition.For(set.Manage, set.Unsubscribe);
                var headers = new Dictionary<string, string>
                {
                    ["List-Unsubscribe"] = $"<{set.OneClick}>",
                    ["List-Unsubscribe-Post"] = "List-Unsubscribe=One-Click",
                    ["List-Id"] = "EGov.Collab <newsletter.egov-collab.local>",
                    ["Precedence"] = "bulk",
                };
                var mail = new PortalMail(recipient.Email, edition.Subject, html, text, NewsletterIssue.MessageId(number, recipient.SubscriberId), headers);
                await client.SendAsync(MimeMessages.Build(mail, options, DateTimeOffset.UtcNow));
            }
            await client.DisconnectAsync(quit: true);
        })));
        clock.Stop();
        return (clock.Elapsed, recipients.Count);
    }

    private sealed record Recipient(Guid SubscriberId, Guid EditionId, string Email);
}
