using AngleSharp.Html.Parser;
using EGov.Collab.App.Journal.Newsletter;
using EGov.Collab.Data.Common;
using EGov.Collab.Domain.Common;
using EGov.Collab.Domain.Journal;
using EGov.Collab.Tests.Support;
using Microsoft.EntityFrameworkCore;
using MimeKit;

namespace EGov.Collab.Tests.Integration.Journal;

/// <summary>The editor's test send and the count asked before sending, against the real SMTP server on loopback (aiosmtpd).</summary>
public sealed class NewsletterTestSendTests
{
    [Fact]
    public async Task TestSend_ReachesOnlyTheEditor_WithTheLayout_BothParts_AndATestSubject()
    {
        await using var harness = await NewsletterHarness.StartAsync();
        var title = await harness.PublishArticleAsync();
        await harness.AddSubscribersAsync(6);
        var editor = await harness.EditorAsync("olha.editor@test.ua");
        var issueId = (await harness.Get<NewsletterGenerator>().GenerateAsync()).IssueId!.Value;
        var edition = await EditionAsync(harness, issueId, NewsletterLanguages.Ukrainian);

        var result = await harness.Get<NewsletterTestSend>().SendAsync(PortalForms.PrincipalOf(editor.Id), edition.Id);

        Assert.True(result.IsSuccess, result.Error?.Code);
        Assert.Equal(editor.Email, result.Value);
        var message = Assert.Single(harness.Smtp.Messages());
        Assert.Equal([editor.Email], message.To.Mailboxes.Select(m => m.Address));
        Assert.Empty(message.Cc);
        Assert.Empty(message.Bcc);
        Assert.StartsWith("[Тест] ", message.Subject, StringComparison.Ordinal);
        Assert.Contains("випуск № 1", message.Subject, StringComparison.Ordinal);
        var alternative = Assert.IsType<MultipartAlternative>(message.Body);
        Assert.Equal(2, alternative.Count);
        Assert.Contains(title, message.TextBody, StringComparison.Ordinal);

        var html = new HtmlParser().ParseDocument(message.HtmlBody!);
        Assert.Equal("light dark", html.QuerySelector("meta[name=color-scheme]")?.GetAttribute("content"));
        Assert.Contains("Ми розвиваємо електронне урядування", html.QuerySelector("td.nl-header")!.TextContent, StringComparison.Ordinal);
        Assert.Equal(title, html.QuerySelector("a.nl-link")!.TextContent);
        // Nobody's token in a test: the subscriber links lead to the public subscription page.
        Assert.DoesNotContain("%%", message.HtmlBody, StringComparison.Ordinal);
        Assert.DoesNotContain("token=", message.HtmlBody + message.TextBody, StringComparison.Ordinal);
        Assert.Contains("https://egov.example.ua/journal/subscribe", message.TextBody, StringComparison.Ordinal);

        await using var db = harness.CreateContext();
        var audit = await db.AuditEntries.SingleAsync(a => a.Action == NewsletterTestSend.AuditAction);
        Assert.Equal(editor.Id, audit.ActorId);
        Assert.Equal("newsletter:1", audit.Subject);
        Assert.Equal(0, await db.NewsletterDeliveries.CountAsync());
        Assert.Equal(IssueStatus.Draft, (await db.NewsletterIssues.SingleAsync()).Status);
    }

    [Fact]
    public async Task TestSend_EnglishEdition_EnglishSubject_RefusedForANonEditor_AndPastTheHourlyLimit()
    {
        await using var harness = await NewsletterHarness.StartAsync();
        await harness.PublishArticleAsync();
        var editor = await harness.EditorAsync("editor.en@test.ua");
        var reader = await harness.EditorAsync("reader@test.ua", grant: false);
        var issueId = (await harness.Get<NewsletterGenerator>().GenerateAsync()).IssueId!.Value;
        var edition = await EditionAsync(harness, issueId, NewsletterLanguages.English);
        var send = harness.Get<NewsletterTestSend>();

        Assert.Equal(CommonErrors.Forbidden, (await send.SendAsync(PortalForms.PrincipalOf(reader.Id), edition.Id)).Error);
        for (var i = 0; i < NewsletterTestSend.MaxPerWindow; i++)
            Assert.True((await send.SendAsync(PortalForms.PrincipalOf(editor.Id), edition.Id)).IsSuccess);
        Assert.Equal(JournalErrors.TestSendTooOften, (await send.SendAsync(PortalForms.PrincipalOf(editor.Id), edition.Id)).Error);
        harness.Clock.Advance(NewsletterTestSend.Window + TimeSpan.FromMinutes(1));
        Assert.True((await send.SendAsync(PortalForms.PrincipalOf(editor.Id), edition.Id)).IsSuccess);

        var received = harness.Smtp.Messages();
        Assert.Equal(NewsletterTestSend.MaxPerWindow + 1, received.Count);
        Assert.All(received, m => Assert.Equal(editor.Email, m.To.Mailboxes.Single().Address));
        Assert.All(received, m => Assert.StartsWith("[Test] ", m.Subject, StringComparison.Ordinal));
    }

    [Fact]
    public async Task Recipients_CountPerEdition_IsWhatApprovalSends()
    {
        await using var harness = await NewsletterHarness.StartAsync();
        await harness.PublishArticleAsync();
        await harness.AddSubscribersAsync(14);
        await harness.AddSubscribersAsync(3, SubscriberStatus.Pending, "pending");
        await harness.AddSubscribersAsync(2, SubscriberStatus.Unsubscribed, "gone");
        var issueId = (await harness.Get<NewsletterGenerator>().GenerateAsync()).IssueId!.Value;
        var issues = harness.Get<NewsletterIssues>();

        var recipients = await issues.RecipientsAsync(issueId);
        Assert.True(recipients.Count >= 2, "A Ukrainian article reaches every audience in both languages.");
        Assert.Equal(14, recipients.Sum(r => r.Count));

        Assert.True((await issues.ApproveAutomaticallyAsync(issueId)).IsSuccess);
        await using var db = harness.CreateContext();
        var made = await db.NewsletterDeliveries.Where(d => d.IssueId == issueId)
            .Join(db.NewsletterEditions, d => d.EditionId, e => e.Id, (d, e) => new { e.Audience, e.Language })
            .ToListAsync();
        foreach (var edition in recipients)
            Assert.Equal(edition.Count, made.Count(m => m.Audience == edition.Audience && m.Language == edition.Language));
    }

    private static async Task<NewsletterEdition> EditionAsync(NewsletterHarness harness, Guid issueId, string language)
    {
        await using var db = harness.CreateContext();
        return await db.NewsletterEditions.AsNoTracking().FirstAsync(e => e.IssueId == issueId && e.Language == language);
    }
}
