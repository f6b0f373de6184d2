using System.Text.RegularExpressions;
using EGov.Collab.App.Journal.Newsletter;
using EGov.Collab.Data.Common;
using EGov.Collab.Domain.Common;
using EGov.Collab.Domain.Journal;
using EGov.Collab.Tests.Support;
using Microsoft.EntityFrameworkCore;
using MimeKit;

namespace EGov.Collab.Tests.Integration.Journal;

/// <summary>Segments and consent-based counting, against the real SMTP server on loopback (aiosmtpd).</summary>
public sealed partial class NewsletterTrackingMailTests
{
    private const string PublicUrl = "https://egov.example.ua";

    private static string Recipient(MimeMessage message) => message.To.Mailboxes.Single().Address;

    [Fact]
    public async Task ConsentingSubscriber_GetsPixelAndTrackedLinks_NonConsenting_GetsNeither()
    {
        await using var harness = await NewsletterHarness.StartAsync();
        await harness.PublishArticleAsync();
        await AddAsync(harness, "counted@test.ua", SubscriberAudience.Public, null, consent: true);
        await AddAsync(harness, "private@test.ua", SubscriberAudience.Public, null, consent: false);
        var articleUrl = await ArticleUrlAsync(harness);

        var issue = await harness.GenerateAndApproveAsync();
        await harness.RunChunksAsync(issue.Id);

        var messages = harness.Smtp.Messages();
        var counted = messages.Single(m => Recipient(m) == "counted@test.ua");
        var plain = messages.Single(m => Recipient(m) == "private@test.ua");
        Assert.Contains($"<img src=\"{PublicUrl}/journal/newsletter/open/", counted.HtmlBody, StringComparison.Ordinal);
        Assert.Matches($"<a class=\"nl-link\" href=\"{Regex.Escape(PublicUrl)}/journal/newsletter/click/[A-Za-z0-9_-]+\"", counted.HtmlBody);
        Assert.DoesNotContain($"href=\"{articleUrl}\"", counted.HtmlBody, StringComparison.Ordinal);
        Assert.Contains($"{PublicUrl}/journal/newsletter/click/", counted.TextBody, StringComparison.Ordinal);
        Assert.DoesNotContain(articleUrl, counted.TextBody, StringComparison.Ordinal);
        // The subscriber's own links in the footer stay as they are.
        Assert.Contains($"{PublicUrl}/journal/subscription?token=", counted.HtmlBody, StringComparison.Ordinal);

        Assert.DoesNotContain("/journal/newsletter/open/", plain.HtmlBody + plain.TextBody, StringComparison.Ordinal);
        Assert.DoesNotContain("/journal/newsletter/click/", plain.HtmlBody + plain.TextBody, StringComparison.Ordinal);
        Assert.DoesNotContain("<img", plain.HtmlBody, StringComparison.Ordinal);
        Assert.Contains($"href=\"{articleUrl}\"", plain.HtmlBody, StringComparison.Ordinal);
        Assert.Contains(articleUrl, plain.TextBody, StringComparison.Ordinal);

        await using var db = harness.CreateContext();
        var tracked = await db.NewsletterDeliveries.Join(db.NewsletterSubscribers, d => d.SubscriberId, s => s.Id, (d, s) => new { s.Email, d.Tracked })
            .ToDictionaryAsync(x => x.Email, x => x.Tracked);
        Assert.True(tracked["counted@test.ua"]);
        Assert.False(tracked["private@test.ua"]);
    }

    [Fact]
    public async Task TrackedLinks_CountUniqueOnce_TotalsEveryTime_StopWithWithdrawnConsent()
    {
        await using var harness = await NewsletterHarness.StartAsync();
        await harness.PublishArticleAsync();
        var subscriber = await AddAsync(harness, "counted@test.ua", SubscriberAudience.Media, null, consent: true);
        await AddAsync(harness, "private@test.ua", SubscriberAudience.Media, null, consent: false);
        var editor = await harness.EditorAsync();
        var articleUrl = await ArticleUrlAsync(harness);
        var issue = await harness.GenerateAndApproveAsync();
        await harness.RunChunksAsync(issue.Id);
        var mail = harness.Smtp.Messages().Single(m => Recipient(m) == "counted@test.ua");
        var click = ItemLink().Match(mail.HtmlBody!).Groups[1].Value;
        var open = Pixel().Match(mail.HtmlBody!).Groups[1].Value;
        var tracking = harness.Get<NewsletterTracking>();

        Assert.Equal(articleUrl, await tracking.ClickAsync(click));
        Assert.Equal(articleUrl, await tracking.ClickAsync(click));
        Assert.True(await tracking.OpenAsync(open));
        Assert.True(await tracking.OpenAsync(open));

        var statistics = (await harness.Get<NewsletterIssues>().StatisticsAsync(PortalForms.PrincipalOf(editor.Id), issue.Id)).Value;
        Assert.Equal(2, statistics.Total.Sent);
        Assert.Equal(1, statistics.Total.Tracked);
        Assert.Equal(1, statistics.Total.UniqueOpens);
        Assert.Equal(2, statistics.Total.Opens);
        Assert.Equal(1, statistics.Total.UniqueClicks);
        Assert.Equal(2, statistics.Total.Clicks);
        Assert.Equal(1.0, statistics.Total.OpenRate);
        var link = Assert.Single(statistics.Links);
        Assert.Equal(new LinkClicks(articleUrl, 1, 2), link);
        Assert.Equal(statistics.Total.UniqueClicks, statistics.Editions.Sum(e => e.Figures.UniqueClicks));
        var summaries = await harness.Get<NewsletterIssues>().SummariesAsync(PortalForms.PrincipalOf(editor.Id), [issue.Id]);
        Assert.Equal(statistics.Total, summaries[issue.Id]);

        // Withdrawn: the link still leads to the article, and nothing more is counted.
        await using (var db = harness.CreateContext())
        {
            var stored = await db.NewsletterSubscribers.SingleAsync(s => s.Id == subscriber.Id);
            stored.ChangeTrackingConsent(false, harness.Clock.GetUtcNow());
            await db.SaveChangesAsync();
        }
        Assert.Equal(articleUrl, await tracking.ClickAsync(click));
        Assert.True(await tracking.OpenAsync(open));
        var after = (await harness.Get<NewsletterIssues>().StatisticsAsync(PortalForms.PrincipalOf(editor.Id), issue.Id)).Value;
        Assert.Equal(statistics.Total, after.Total);

        // The figures are the editors' only.
        var outsider = await harness.EditorAsync("outsider@test.ua", grant: false);
        Assert.False((await harness.Get<NewsletterIssues>().StatisticsAsync(PortalForms.PrincipalOf(outsider.Id), issue.Id)).IsSuccess);
        Assert.Empty(await harness.Get<NewsletterIssues>().SummariesAsync(PortalForms.PrincipalOf(outsider.Id), [issue.Id]));
    }

    [Fact]
    public async Task Segment_CountedBeforehand_SentExactlyToIt_AndKeptWithTheIssue()
    {
        await using var harness = await NewsletterHarness.StartAsync();
        await harness.PublishArticleAsync();
        await AddAsync(harness, "lviv-media@test.ua", SubscriberAudience.Media, Regions.Lviv.Code, consent: false);
        await AddAsync(harness, "lviv-media-2@test.ua", SubscriberAudience.Media, Regions.Lviv.Code, consent: true);
        await AddAsync(harness, "kyiv-media@test.ua", SubscriberAudience.Media, Regions.Kyiv.Code, consent: false);
        await AddAsync(harness, "lviv-public@test.ua", SubscriberAudience.Public, Regions.Lviv.Code, consent: false);
        await AddAsync(harness, "nowhere-media@test.ua", SubscriberAudience.Media, null, consent: false);
        var editor = await harness.EditorAsync();
        var issueId = (await harness.Get<NewsletterGenerator>().GenerateAsync()).IssueId!.Value;
        var issues = harness.Get<NewsletterIssues>();
        var segment = NewsletterSegment.Create([SubscriberAudience.Media], null, [Regions.Lviv.Code]).Value;

        Assert.Equal(5, (await issues.RecipientsAsync(issueId)).Sum(r => r.Count));
        Assert.Equal(2, (await issues.RecipientsAsync(issueId, segment)).Sum(r => r.Count));
        Assert.True((await issues.ApproveAsync(PortalForms.PrincipalOf(editor.Id), issueId, segment)).IsSuccess);
        await harness.RunChunksAsync(issueId);

        Assert.Equal(["lviv-media-2@test.ua", "lviv-media@test.ua"], harness.Smtp.Messages().Select(Recipient).Order(StringComparer.Ordinal));
        await using var db = harness.CreateContext();
        var issue = await db.NewsletterIssues.AsNoTracking().SingleAsync(i => i.Id == issueId);
        Assert.Equal([SubscriberAudience.Media], issue.Segment.Audiences);
        Assert.Equal([Regions.Lviv.Code], issue.Segment.RegionCodes);
        Assert.Equal(2, (await issues.RecipientsAsync(issueId)).Sum(r => r.Count));
        var audit = await db.AuditEntries.SingleAsync(a => a.Action == "journal.newsletter.approved");
        Assert.Equal(segment.ToStored(), audit.After);
    }

    private static async Task<Subscriber> AddAsync(NewsletterHarness harness, string email, SubscriberAudience audience, string? region, bool consent)
    {
        var subscriber = Subscriber.Create(email, audience, NewsletterLanguages.Ukrainian, null, harness.Clock.GetUtcNow(), region, consent).Value;
        subscriber.Confirm(harness.Clock.GetUtcNow());
        await using var db = harness.CreateContext();
        db.NewsletterSubscribers.Add(subscriber);
        await db.SaveChangesAsync();
        return subscriber;
    }

    private static async Task<string> ArticleUrlAsync(NewsletterHarness harness)
    {
        await using var db = harness.CreateContext();
        var id = await db.JournalArticles.Select(a => a.Id).SingleAsync();
        return $"{PublicUrl}/journal/articles/{id}";
    }

    [GeneratedRegex("<a class=\"nl-link\" href=\"https://egov\\.example\\.ua/journal/newsletter/click/([A-Za-z0-9_-]+)\"")]
    private static partial Regex ItemLink();

    [GeneratedRegex("<img src=\"https://egov\\.example\\.ua/journal/newsletter/open/([A-Za-z0-9_-]+)\"")]
    private static partial Regex Pixel();
}
