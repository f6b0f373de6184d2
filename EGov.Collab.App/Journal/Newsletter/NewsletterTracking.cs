using System.Globalization;
using System.Security.Cryptography;
using EGov.Collab.Data;
using EGov.Collab.Domain.Journal;
using Microsoft.AspNetCore.DataProtection;
using Microsoft.EntityFrameworkCore;

namespace EGov.Collab.App.Journal.Newsletter;

/// <summary>
/// Opaque, signed tokens for the open pixel and the tracked links of a consenting subscriber's mail (ASP.NET Core data
/// protection, as the subscriber links). A click token names a delivery and the index of one of its edition's own
/// links, never a URL, so the redirect can only lead where the edition itself links: no open redirect.
/// </summary>
public sealed class NewsletterTrackingTokens(IDataProtectionProvider provider, JournalLinks links)
{
    public const int TokenMaxLength = 1000;
    private const string OpenPrefix = "o";
    private const string ClickPrefix = "c";

    private readonly IDataProtector _protector = provider.CreateProtector("EGov.Collab.Journal.Newsletter.Tracking.v1");

    public string OpenUrl(Guid deliveryId) =>
        links.Absolute("/journal/newsletter/open/" + _protector.Protect($"{OpenPrefix}:{deliveryId:N}"));

    public string ClickUrl(Guid deliveryId, int linkIndex) =>
        links.Absolute("/journal/newsletter/click/" + _protector.Protect(string.Create(CultureInfo.InvariantCulture, $"{ClickPrefix}:{deliveryId:N}:{linkIndex}")));

    public Guid? ReadOpen(string? token) =>
        Read(token) is [OpenPrefix, var id] && Guid.TryParseExact(id, "N", out var deliveryId) ? deliveryId : null;

    public (Guid DeliveryId, int LinkIndex)? ReadClick(string? token) =>
        Read(token) is [ClickPrefix, var id, var index]
        && Guid.TryParseExact(id, "N", out var deliveryId)
        && int.TryParse(index, NumberStyles.None, CultureInfo.InvariantCulture, out var linkIndex)
            ? (deliveryId, linkIndex)
            : null;

    private string[]? Read(string? token)
    {
        if (string.IsNullOrWhiteSpace(token) || token.Length > TokenMaxLength) return null;
        try
        {
            return _protector.Unprotect(token).Split(':');
        }
        catch (CryptographicException)
        {
            return null;
        }
        catch (FormatException)
        {
            return null;
        }
    }
}

/// <summary>
/// Records opens and clicks, only for deliveries that went out tracked to a subscriber who still consents: withdrawing
/// consent stops the counting at once, while the links themselves keep working. Each open and click is counted; the
/// first one of a delivery (or of a delivery's link) makes it unique, and repeats never add a second unique one.
/// </summary>
public sealed class NewsletterTracking(
    IDbContextFactory<CollabDbContext> dbFactory,
    NewsletterTrackingTokens tokens,
    NewsletterRenderer renderer,
    TimeProvider clock)
{
    /// <summary>False when the token is not one of ours; true otherwise, whether or not anything was counted.</summary>
    public async Task<bool> OpenAsync(string? token, CancellationToken cancellationToken = default)
    {
        var deliveryId = tokens.ReadOpen(token);
        if (deliveryId is null) return false;
        var now = clock.GetUtcNow();
        await using var db = await dbFactory.CreateDbContextAsync(cancellationToken);
        await Consenting(db, deliveryId.Value).ExecuteUpdateAsync(u => u
            .SetProperty(d => d.Opens, d => d.Opens + 1)
            .SetProperty(d => d.FirstOpenedAt, d => d.FirstOpenedAt ?? now), cancellationToken);
        return true;
    }

    /// <summary>Where the tracked link leads (one of the edition's own links); null when the token names none.</summary>
    public async Task<string?> ClickAsync(string? token, CancellationToken cancellationToken = default)
    {
        var click = tokens.ReadClick(token);
        if (click is not { } read) return null;
        await using var db = await dbFactory.CreateDbContextAsync(cancellationToken);
        var delivery = await db.NewsletterDeliveries.AsNoTracking().Where(d => d.Id == read.DeliveryId)
            .Select(d => new { d.IssueId, d.EditionId }).SingleOrDefaultAsync(cancellationToken);
        if (delivery is null) return null;
        var edition = await db.NewsletterEditions.AsNoTracking().SingleOrDefaultAsync(e => e.Id == delivery.EditionId, cancellationToken);
        if (edition is null) return null;
        var links = renderer.LinksOf(edition.Content);
        if (read.LinkIndex >= links.Count) return null;
        var url = links[read.LinkIndex];

        var now = clock.GetUtcNow();
        var counted = await Consenting(db, read.DeliveryId).ExecuteUpdateAsync(u => u
            .SetProperty(d => d.Clicks, d => d.Clicks + 1)
            .SetProperty(d => d.FirstClickedAt, d => d.FirstClickedAt ?? now)
            .SetProperty(d => d.FirstOpenedAt, d => d.FirstOpenedAt ?? now), cancellationToken);
        if (counted > 0) await CountLinkAsync(read.DeliveryId, delivery.IssueId, read.LinkIndex, url, now, cancellationToken);
        return url;
    }

    private static IQueryable<NewsletterDelivery> Consenting(CollabDbContext db, Guid deliveryId) =>
        db.NewsletterDeliveries.Where(d => d.Id == deliveryId && d.Tracked
            && db.NewsletterSubscribers.Any(s => s.Id == d.SubscriberId && s.TrackingConsent));

    private async Task CountLinkAsync(Guid deliveryId, Guid issueId, int linkIndex, string url, DateTimeOffset now, CancellationToken cancellationToken)
    {
        if (await AddToLinkAsync(deliveryId, linkIndex, now, cancellationToken)) return;
        await using var db = await dbFactory.CreateDbContextAsync(cancellationToken);
        db.NewsletterClicks.Add(NewsletterClick.First(deliveryId, issueId, linkIndex, url, now));
        try
        {
            await db.SaveChangesAsync(cancellationToken);
        }
        catch (DbUpdateException)
        {
            // A second click at the same moment made the row first (the unique key): this one only adds to it.
            await AddToLinkAsync(deliveryId, linkIndex, now, cancellationToken);
        }
    }

    private async Task<bool> AddToLinkAsync(Guid deliveryId, int linkIndex, DateTimeOffset now, CancellationToken cancellationToken)
    {
        await using var db = await dbFactory.CreateDbContextAsync(cancellationToken);
        return await db.NewsletterClicks.Where(c => c.DeliveryId == deliveryId && c.LinkIndex == linkIndex)
            .ExecuteUpdateAsync(u => u.SetProperty(c => c.Count, c => c.Count + 1).SetProperty(c => c.LastAt, now), cancellationToken) > 0;
    }
}
