using EGov.Collab.App.Mail;
using EGov.Collab.Data;
using EGov.Collab.Domain.Common;
using EGov.Collab.Domain.Journal;
using Microsoft.AspNetCore.WebUtilities;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Localization;

namespace EGov.Collab.App.Journal.Subscriptions;

/// <summary>The subscriber's view of the newsletter: sign up (double opt-in), confirm, change preferences, unsubscribe.</summary>
public sealed class SubscriptionService(
    IDbContextFactory<CollabDbContext> dbFactory,
    SubscriberTokens tokens,
    JournalLinks links,
    IMailSender mail,
    IStringLocalizer<JournalResource> l,
    TimeProvider clock,
    SubscribeThrottle throttle,
    ILogger<SubscriptionService> logger)
{
    public Task<Result> SubscribeAsync(string? email, SubscriberAudience audience, string? language, Guid? memberId, CancellationToken cancellationToken = default) =>
        SubscribeAsync(email, audience, language, memberId, regionCode: null, trackingConsent: false, cancellationToken);

    /// <summary>Signs up with an optional region and the explicit consent to counting opens and clicks (off unless given).</summary>
    public async Task<Result> SubscribeAsync(string? email, SubscriberAudience audience, string? language, Guid? memberId,
        string? regionCode, bool trackingConsent, CancellationToken cancellationToken = default)
    {
        var now = clock.GetUtcNow();
        var normalised = Subscriber.NormaliseEmail(email);
        if (normalised is null) return JournalErrors.EmailInvalid;
        if (!string.IsNullOrWhiteSpace(regionCode) && !Regions.Exists(regionCode.Trim())) return JournalErrors.RegionInvalid;
        // Each sign-up mails the address: a few per address per hour, so the form cannot flood someone's mailbox.
        if (!throttle.TryTake(normalised)) return SubscribeThrottle.TooMany;
        await using var db = await dbFactory.CreateDbContextAsync(cancellationToken);
        var subscriber = await db.NewsletterSubscribers.SingleOrDefaultAsync(s => s.Email == normalised, cancellationToken);
        if (subscriber is null)
        {
            var created = Subscriber.Create(normalised, audience, language, memberId, now, regionCode, trackingConsent);
            if (!created.IsSuccess) return created.Error!;
            subscriber = created.Value;
            db.NewsletterSubscribers.Add(subscriber);
        }
        else
        {
            var again = subscriber.Resubscribe(audience, language, now, regionCode, trackingConsent);
            if (!again.IsSuccess) return again;
        }
        try
        {
            await db.SaveChangesAsync(cancellationToken);
        }
        catch (DbUpdateException)
        {
            // The same address signed up twice at once: the unique key kept one.
            return JournalErrors.AlreadySubscribed;
        }
        await SendConfirmationAsync(subscriber, cancellationToken);
        return Result.Success();
    }

    public async Task<Result<Subscriber>> ConfirmAsync(string? token, CancellationToken cancellationToken = default)
    {
        var id = tokens.Read(token, SubscriberTokenPurpose.Confirm);
        if (id is null) return JournalErrors.LinkInvalid;
        await using var db = await dbFactory.CreateDbContextAsync(cancellationToken);
        var subscriber = await db.NewsletterSubscribers.SingleOrDefaultAsync(s => s.Id == id, cancellationToken);
        if (subscriber is null) return JournalErrors.LinkInvalid;
        var confirmed = subscriber.Confirm(clock.GetUtcNow());
        if (!confirmed.IsSuccess) return confirmed.Error!;
        await db.SaveChangesAsync(cancellationToken);
        return subscriber;
    }

    public async Task<Result<Subscriber>> FindAsync(string? token, CancellationToken cancellationToken = default)
    {
        var id = tokens.Read(token, SubscriberTokenPurpose.Manage);
        if (id is null) return JournalErrors.LinkInvalid;
        await using var db = await dbFactory.CreateDbContextAsync(cancellationToken);
        var subscriber = await db.NewsletterSubscribers.AsNoTracking().SingleOrDefaultAsync(s => s.Id == id, cancellationToken);
        return subscriber is null ? JournalErrors.LinkInvalid : subscriber;
    }

    public async Task<Result> ChangePreferencesAsync(string? token, SubscriberAudience audience, string? language, CancellationToken cancellationToken = default)
    {
        var current = await FindAsync(token, cancellationToken);
        if (!current.IsSuccess) return current;
        return await ChangePreferencesAsync(token, audience, language, current.Value.RegionCode, current.Value.TrackingConsent, cancellationToken);
    }

    /// <summary>Everything the preferences page sets, the consent to counting included; nothing is saved when any of it is refused.</summary>
    public async Task<Result> ChangePreferencesAsync(string? token, SubscriberAudience audience, string? language, string? regionCode, bool trackingConsent,
        CancellationToken cancellationToken = default)
    {
        var id = tokens.Read(token, SubscriberTokenPurpose.Manage);
        if (id is null) return JournalErrors.LinkInvalid;
        await using var db = await dbFactory.CreateDbContextAsync(cancellationToken);
        var subscriber = await db.NewsletterSubscribers.SingleOrDefaultAsync(s => s.Id == id, cancellationToken);
        if (subscriber is null) return JournalErrors.LinkInvalid;
        var changed = subscriber.ChangePreferences(audience, language);
        if (!changed.IsSuccess) return changed;
        var region = subscriber.ChangeRegion(regionCode);
        if (!region.IsSuccess) return region;
        subscriber.ChangeTrackingConsent(trackingConsent, clock.GetUtcNow());
        await db.SaveChangesAsync(cancellationToken);
        return Result.Success();
    }

    /// <summary>Unsubscribes at once. Deliveries not yet sent are cancelled when a sender reaches them.</summary>
    public async Task<Result<Subscriber>> UnsubscribeAsync(string? token, CancellationToken cancellationToken = default)
    {
        var id = tokens.Read(token, SubscriberTokenPurpose.Manage);
        if (id is null) return JournalErrors.LinkInvalid;
        await using var db = await dbFactory.CreateDbContextAsync(cancellationToken);
        var subscriber = await db.NewsletterSubscribers.SingleOrDefaultAsync(s => s.Id == id, cancellationToken);
        if (subscriber is null) return JournalErrors.LinkInvalid;
        subscriber.Unsubscribe(clock.GetUtcNow());
        await db.SaveChangesAsync(cancellationToken);
        return subscriber;
    }

    private async Task SendConfirmationAsync(Subscriber subscriber, CancellationToken cancellationToken)
    {
        var url = QueryHelpers.AddQueryString(links.Absolute("/journal/subscribe/confirm"), "token", tokens.Create(subscriber.Id, SubscriberTokenPurpose.Confirm));
        var message = JournalText.In(subscriber.Language, () =>
        {
            Func<string?, string?> enc = System.Net.WebUtility.HtmlEncode;
            var text = $"{l["Subscribe.Mail.Lead"]}\n\n{l["Subscribe.Mail.Confirm"]}: {url}\n\n{l["Subscribe.Mail.Ignore"]}\n";
            var html = $"<p>{enc(l["Subscribe.Mail.Lead"].Value)}</p><p><a href=\"{enc(url)}\">{enc(l["Subscribe.Mail.Confirm"].Value)}</a></p><p>{enc(l["Subscribe.Mail.Ignore"].Value)}</p>";
            return new PortalMail(subscriber.Email, l["Subscribe.Mail.Subject"], html, text);
        });
        try
        {
            await mail.SendAsync(message, cancellationToken);
        }
#pragma warning disable CA1031 // The sign-up is saved; the person can ask for the link again by subscribing again.
        catch (Exception exception)
#pragma warning restore CA1031
        {
            logger.LogError(exception, "Could not send the newsletter confirmation to subscriber {SubscriberId}", subscriber.Id);
        }
    }
}

/// <summary>Newsletter sign-ups per address: each one sends a confirmation mail.</summary>
public sealed class SubscribeThrottle(TimeProvider clock) : EGov.Collab.App.Common.SlidingWindowThrottle(Limit, TimeSpan.FromHours(1), clock)
{
    public new const int Limit = 3;

    public static readonly Error TooMany = new("Journal.SubscribeTooOften", "Email");
}
