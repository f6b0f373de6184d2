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

    public bool ReceivesIssues => Status == SubscriberStatus.Confirmed;

    public static Result<Subscriber> Create(string? email, SubscriberAudience audience, string? language, Guid? memberId, DateTimeOffset now)
    {
        var normalised = NormaliseEmail(email);
        if (normalised is null) return JournalErrors.EmailInvalid;
        if (!Enum.IsDefined(audience)) throw new ArgumentOutOfRangeException(nameof(audience));
        if (!NewsletterLanguages.IsKnown(language)) return JournalErrors.LanguageInvalid;
        return new Subscriber
        {
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

    public void Unsubscribe(DateTimeOffset now)
    {
        if (Status == SubscriberStatus.Unsubscribed) return;
        Status = SubscriberStatus.Unsubscribed;
        UnsubscribedAt = now;
    }

    /// <summary>Someone who unsubscribed signs up again: a fresh double opt-in with the new choices.</summary>
    public Result Resubscribe(SubscriberAudience audience, string? language, DateTimeOffset now)
    {
        if (Status != SubscriberStatus.Unsubscribed) return JournalErrors.AlreadySubscribed;
        var changed = ChangePreferences(audience, language);
        if (!changed.IsSuccess) return changed;
        Status = SubscriberStatus.Pending;
        ConfirmedAt = null;
        UnsubscribedAt = null;
        CreatedAt = now;
        return Result.Success();
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
