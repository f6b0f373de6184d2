using System.Net.Mail;
using EGov.Collab.Domain.Common;

namespace EGov.Collab.Domain.Journal;

public enum SubscriberStatus
{
    /// <summary>Signed up; the confirmation link has not been opened yet (double opt-in).</summary>
    Pending = 1,
    Confirmed = 2,
    Unsubscribed = 3,
}

/// <summary>A newsletter subscriber, member or not. Only a confirmed subscriber receives issues.</summary>
public sealed class Subscriber
{
    public const int EmailMaxLength = 254;
    public const int RegionCodeMaxLength = 32;

    private Subscriber()
    {
        Email = "";
        Language = NewsletterLanguages.Ukrainian;
    }

    public Guid Id { get; private set; }
    /// <summary>Trimmed and lower-cased: the unique key.</summary>
    public string Email { get; private set; }
    public SubscriberAudience Audience { get; private set; }
    public string Language { get; private set; }
    public Guid? MemberId { get; private set; }
    public SubscriberStatus Status { get; private set; }
    public DateTimeOffset CreatedAt { get; private set; }
    public DateTimeOffset? ConfirmedAt { get; private set; }
    public DateTimeOffset? UnsubscribedAt { get; private set; }
    /// <summary>KATOTTG code of one of <see cref="Regions.All"/>; null when the subscriber did not say.</summary>
    public string? RegionCode { get; private set; }
    /// <summary>The subscriber's explicit "count my opens and clicks"; off unless they ticked it.</summary>
    public bool TrackingConsent { get; private set; }
    /// <summary>When the consent was last given or withdrawn; null when never touched.</summary>
    public DateTimeOffset? TrackingConsentChangedAt { get; private set; }

    public bool ReceivesIssues => Status == SubscriberStatus.Confirmed;

    public static Result<Subscriber> Create(string? email, SubscriberAudience audience, string? language, Guid? memberId, DateTimeOffset now,
        string? regionCode = null, bool trackingConsent = false)
    {
        var normalised = NormaliseEmail(email);
        if (normalised is null) return JournalErrors.EmailInvalid;
        if (!Enum.IsDefined(audience)) throw new ArgumentOutOfRangeException(nameof(audience));
        if (!NewsletterLanguages.IsKnown(language)) return JournalErrors.LanguageInvalid;
        var region = NormaliseRegion(regionCode);
        if (!region.IsSuccess) return region.Error!;
        return new Subscriber
        {
            RegionCode = region.Value,
            TrackingConsent = trackingConsent,
            TrackingConsentChangedAt = trackingConsent ? now : null,
            Id = Guid.CreateVersion7(),
            Email = normalised,
            Audience = audience,
            Language = language!,
            MemberId = memberId,
            Status = SubscriberStatus.Pending,
            CreatedAt = now,
        };
    }

    /// <summary>Opening the confirmation link twice is harmless; an unsubscribed address must sign up again.</summary>
    public Result Confirm(DateTimeOffset now)
    {
        if (Status == SubscriberStatus.Unsubscribed) return JournalErrors.LinkInvalid;
        if (Status == SubscriberStatus.Pending)
        {
            Status = SubscriberStatus.Confirmed;
            ConfirmedAt = now;
        }
        return Result.Success();
    }

    public Result ChangePreferences(SubscriberAudience audience, string? language)
    {
        if (!Enum.IsDefined(audience)) throw new ArgumentOutOfRangeException(nameof(audience));
        if (!NewsletterLanguages.IsKnown(language)) return JournalErrors.LanguageInvalid;
        Audience = audience;
        Language = language!;
        return Result.Success();
    }

    /// <summary>Null or empty clears the region; anything but a known KATOTTG region code is refused.</summary>
    public Result ChangeRegion(string? regionCode)
    {
        var region = NormaliseRegion(regionCode);
        if (!region.IsSuccess) return region;
        RegionCode = region.Value;
        return Result.Success();
    }

    /// <summary>Given or withdrawn only by the subscriber; the time is kept only when the answer changes.</summary>
    public void ChangeTrackingConsent(bool consent, DateTimeOffset now)
    {
        if (consent == TrackingConsent) return;
        TrackingConsent = consent;
        TrackingConsentChangedAt = now;
    }

    public void Unsubscribe(DateTimeOffset now)
    {
        if (Status == SubscriberStatus.Unsubscribed) return;
        Status = SubscriberStatus.Unsubscribed;
        UnsubscribedAt = now;
    }

    /// <summary>Someone who unsubscribed signs up again: a fresh double opt-in with the new choices.</summary>
    public Result Resubscribe(SubscriberAudience audience, string? language, DateTimeOffset now, string? regionCode = null, bool trackingConsent = false)
    {
        if (Status != SubscriberStatus.Unsubscribed) return JournalErrors.AlreadySubscribed;
        if (!NormaliseRegion(regionCode).IsSuccess) return JournalErrors.RegionInvalid;
        var changed = ChangePreferences(audience, language);
        if (!changed.IsSuccess) return changed;
        ChangeRegion(regionCode);
        ChangeTrackingConsent(trackingConsent, now);
        Status = SubscriberStatus.Pending;
        ConfirmedAt = null;
        UnsubscribedAt = null;
        CreatedAt = now;
        return Result.Success();
    }

    private static Result<string?> NormaliseRegion(string? regionCode)
    {
        var trimmed = regionCode?.Trim();
        if (string.IsNullOrEmpty(trimmed)) return Result.Success<string?>(null);
        return Regions.Exists(trimmed) ? Result.Success<string?>(trimmed) : JournalErrors.RegionInvalid;
    }

    /// <summary>The address in its stored form, or null when it is not an email address.</summary>
    public static string? NormaliseEmail(string? email)
    {
        var trimmed = email?.Trim();
        if (string.IsNullOrEmpty(trimmed) || trimmed.Length > EmailMaxLength) return null;
        if (!MailAddress.TryCreate(trimmed, out var address) || address.Address != trimmed || address.DisplayName.Length > 0) return null;
        var at = trimmed.LastIndexOf('@');
        if (at <= 0 || !trimmed[(at + 1)..].Contains('.', StringComparison.Ordinal)) return null;
        return trimmed.ToLowerInvariant();
    }
}
