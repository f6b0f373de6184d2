using System.Net;
using EGov.Collab.App.Journal;
using EGov.Collab.App.Journal.Newsletter;
using EGov.Collab.Data;
using EGov.Collab.Domain.Journal;
using EGov.Collab.Tests.Support;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace EGov.Collab.Tests.Integration.Journal;

/// <summary>The open pixel and the click redirect over HTTP: counted only with consent, leading only to the edition's own links.</summary>
[Collection(SharedPortal.Name)]
public sealed class NewsletterTrackingEndpointTests(PortalFactory portal)
{
    private const string ItemPath = "/journal/articles/0193a7c2-0000-7000-8000-000000000001";

    [Fact]
    public async Task Pixel_AndClick_CountOnlyForTheConsentingSubscriber()
    {
        var sent = await SentAsync();
        using var client = portal.CreatePlainClient();

        using var pixel = await client.GetAsync(PathOf(sent.Tokens.OpenUrl(sent.Consenting)));
        using var again = await client.GetAsync(PathOf(sent.Tokens.OpenUrl(sent.Consenting)));
        using var otherPixel = await client.GetAsync(PathOf(sent.Tokens.OpenUrl(sent.Withdrawn)));
        using var click = await client.GetAsync(PathOf(sent.Tokens.ClickUrl(sent.Consenting, 1)));
        using var otherClick = await client.GetAsync(PathOf(sent.Tokens.ClickUrl(sent.Withdrawn, 1)));

        Assert.Equal(HttpStatusCode.OK, pixel.StatusCode);
        Assert.Equal("image/gif", pixel.Content.Headers.ContentType?.MediaType);
        Assert.Equal(HttpStatusCode.OK, otherPixel.StatusCode);
        Assert.Equal(HttpStatusCode.Redirect, click.StatusCode);
        Assert.Equal(sent.ItemUrl, click.Headers.Location?.ToString());
        // Without consent the link still works; it is only not counted.
        Assert.Equal(HttpStatusCode.Redirect, otherClick.StatusCode);
        Assert.Equal(sent.ItemUrl, otherClick.Headers.Location?.ToString());

        await using var db = await DbAsync();
        var counted = await db.NewsletterDeliveries.AsNoTracking().SingleAsync(d => d.Id == sent.Consenting);
        Assert.Equal(2, counted.Opens);
        Assert.NotNull(counted.FirstOpenedAt);
        Assert.Equal(1, counted.Clicks);
        var notCounted = await db.NewsletterDeliveries.AsNoTracking().SingleAsync(d => d.Id == sent.Withdrawn);
        Assert.Equal((0, 0, null), (notCounted.Opens, notCounted.Clicks, notCounted.FirstOpenedAt));
        var clicks = await db.NewsletterClicks.AsNoTracking().Where(c => c.IssueId == sent.IssueId).ToListAsync();
        var row = Assert.Single(clicks);
        Assert.Equal((sent.Consenting, 1, sent.ItemUrl, 1), (row.DeliveryId, row.LinkIndex, row.Url, row.Count));
    }

    [Fact]
    public async Task Click_LeadsOnlyToTheEditionsOwnLinks_BadTokensAre404()
    {
        var sent = await SentAsync();
        using var client = portal.CreatePlainClient();
        var good = PathOf(sent.Tokens.ClickUrl(sent.Consenting, 1));
        var token = good[(good.LastIndexOf('/') + 1)..];
        var tampered = token[..^4] + (token.EndsWith("AAAA", StringComparison.Ordinal) ? "BBBB" : "AAAA");

        // The home link is index 0; a query naming somewhere else is ignored.
        using var home = await client.GetAsync(PathOf(sent.Tokens.ClickUrl(sent.Consenting, 0)) + "?url=https://evil.example.com/");
        Assert.Equal(HttpStatusCode.Redirect, home.StatusCode);
        Assert.StartsWith(portal.Services.GetRequiredService<JournalLinks>().Absolute("/"), home.Headers.Location!.ToString(), StringComparison.Ordinal);

        foreach (var path in new[]
        {
            "/journal/newsletter/click/" + tampered,
            "/journal/newsletter/click/garbage",
            "/journal/newsletter/click/" + new string('A', 3000),
            PathOf(sent.Tokens.ClickUrl(sent.Consenting, 2)),          // past the edition's links
            PathOf(sent.Tokens.ClickUrl(Guid.CreateVersion7(), 0)),    // no such delivery
            PathOf(sent.Tokens.OpenUrl(sent.Consenting)).Replace("/open/", "/click/", StringComparison.Ordinal), // an open token is no click
        })
        {
            using var response = await client.GetAsync(path);
            Assert.Equal(HttpStatusCode.NotFound, response.StatusCode);
            Assert.Null(response.Headers.Location);
            Assert.Contains("недійсне", await response.Content.ReadAsStringAsync(), StringComparison.Ordinal);
        }
        using var badPixel = await client.GetAsync("/journal/newsletter/open/" + tampered);
        Assert.Equal(HttpStatusCode.NotFound, badPixel.StatusCode);

        await using var db = await DbAsync();
        Assert.Empty(await db.NewsletterClicks.Where(c => c.IssueId == sent.IssueId && c.LinkIndex != 0).ToListAsync());
    }

    [Fact]
    public async Task Preferences_GiveAndWithdrawConsent_ChooseARegion_UnknownRegionRefusedBesideTheForm()
    {
        var subscriber = Subscriber.Create($"prefs-{Guid.NewGuid():N}@test.ua", SubscriberAudience.Public, "uk", null, DateTimeOffset.UtcNow).Value;
        subscriber.Confirm(DateTimeOffset.UtcNow);
        await using (var db = await DbAsync())
        {
            db.NewsletterSubscribers.Add(subscriber);
            await db.SaveChangesAsync();
        }
        var token = portal.Services.GetRequiredService<EGov.Collab.App.Journal.Subscriptions.SubscriberTokens>()
            .Create(subscriber.Id, EGov.Collab.App.Journal.Subscriptions.SubscriberTokenPurpose.Manage);
        var url = "/journal/subscription?token=" + Uri.EscapeDataString(token);
        using var client = portal.CreateSessionClient();
        Dictionary<string, string> Form(string region, bool consent)
        {
            var fields = new Dictionary<string, string> { ["Input.Token"] = token, ["Input.Audience"] = "Public", ["Input.Language"] = "uk", ["Input.Region"] = region };
            if (consent) fields["Input.TrackingConsent"] = "true";
            return fields;
        }

        var (status, page) = await client.GetPageAsync(url);
        Assert.Equal(HttpStatusCode.OK, status);
        Assert.Contains("id=\"preferences-tracking\"", page, StringComparison.Ordinal);
        Assert.DoesNotContain("checked", page[page.IndexOf("id=\"preferences-tracking\"", StringComparison.Ordinal)..][..200], StringComparison.Ordinal);

        using (var given = await client.SubmitFormAsync(url, "preferences", Form(EGov.Collab.Domain.Common.Regions.Lviv.Code, consent: true)))
        {
            Assert.Equal(HttpStatusCode.OK, given.StatusCode);
            Assert.Contains("data-testid=\"preferences-saved\"", await given.Content.ReadAsStringAsync(), StringComparison.Ordinal);
        }
        var stored = await SubscriberAsync(subscriber.Id);
        Assert.True(stored.TrackingConsent);
        Assert.NotNull(stored.TrackingConsentChangedAt);
        Assert.Equal(EGov.Collab.Domain.Common.Regions.Lviv.Code, stored.RegionCode);

        using (var refused = await client.SubmitFormAsync(url, "preferences", Form("UA-nowhere", consent: false)))
        {
            Assert.Equal(HttpStatusCode.BadRequest, refused.StatusCode);
            var body = await refused.Content.ReadAsStringAsync();
            Assert.Contains("data-testid=\"preferences-error\"", body, StringComparison.Ordinal);
            Assert.Contains("Оберіть область зі списку.", body, StringComparison.Ordinal);
        }
        Assert.True((await SubscriberAsync(subscriber.Id)).TrackingConsent);

        using (var withdrawn = await client.SubmitFormAsync(url, "preferences", Form("", consent: false)))
            Assert.Equal(HttpStatusCode.OK, withdrawn.StatusCode);
        stored = await SubscriberAsync(subscriber.Id);
        Assert.False(stored.TrackingConsent);
        Assert.Null(stored.RegionCode);
    }

    private async Task<Subscriber> SubscriberAsync(Guid id)
    {
        await using var db = await DbAsync();
        return await db.NewsletterSubscribers.AsNoTracking().SingleAsync(s => s.Id == id);
    }

    private sealed record Sent(Guid IssueId, Guid Consenting, Guid Withdrawn, string ItemUrl, NewsletterTrackingTokens Tokens);

    /// <summary>
    /// An issue with one edition (the portal's home and one article: two links) sent, tracked, to two subscribers: one
    /// who consents, one who has withdrawn consent since.
    /// </summary>
    private async Task<Sent> SentAsync()
    {
        var now = DateTimeOffset.UtcNow;
        await using var db = await DbAsync();
        var number = (await db.NewsletterIssues.MaxAsync(i => (int?)i.Number) ?? 0) + 1;
        var item = new NewsletterItem("journal", "Стаття для підрахунку", "", ItemPath, now.AddHours(-1), NewsletterLanguages.Ukrainian);
        var issue = NewsletterIssue.Create(number, now.AddDays(-7), now,
            [new EditionContent(SubscriberAudience.Public, NewsletterLanguages.Ukrainian, [new NewsletterSection("journal", [item])])], now);
        issue.Approve(null, now);
        var consenting = Subscriber.Create($"counted-{Guid.NewGuid():N}@test.ua", SubscriberAudience.Public, "uk", null, now, trackingConsent: true).Value;
        var withdrawn = Subscriber.Create($"withdrawn-{Guid.NewGuid():N}@test.ua", SubscriberAudience.Public, "uk", null, now, trackingConsent: true).Value;
        consenting.Confirm(now);
        withdrawn.Confirm(now);
        withdrawn.ChangeTrackingConsent(false, now);
        var edition = issue.Editions.Single();
        var first = NewsletterDelivery.Create(issue.Id, edition.Id, consenting.Id, 0, now);
        var second = NewsletterDelivery.Create(issue.Id, edition.Id, withdrawn.Id, 0, now);
        db.NewsletterIssues.Add(issue);
        db.NewsletterSubscribers.AddRange(consenting, withdrawn);
        db.NewsletterDeliveries.AddRange(first, second);
        await db.SaveChangesAsync();
        await db.NewsletterDeliveries.Where(d => d.IssueId == issue.Id)
            .ExecuteUpdateAsync(u => u.SetProperty(d => d.State, DeliveryState.Sent).SetProperty(d => d.Tracked, true));
        var links = portal.Services.GetRequiredService<JournalLinks>();
        return new Sent(issue.Id, first.Id, second.Id, links.Absolute(ItemPath), portal.Services.GetRequiredService<NewsletterTrackingTokens>());
    }

    private static string PathOf(string url) => new Uri(url).PathAndQuery;

    private async Task<CollabDbContext> DbAsync() =>
        await portal.Services.GetRequiredService<IDbContextFactory<CollabDbContext>>().CreateDbContextAsync();
}
