using System.Security.Cryptography;
using Microsoft.AspNetCore.DataProtection;

namespace EGov.Collab.App.Journal.Subscriptions;

public enum SubscriberTokenPurpose
{
    /// <summary>The double opt-in link.</summary>
    Confirm = 1,
    /// <summary>Preferences and unsubscribe: the link in every newsletter.</summary>
    Manage = 2,
}

/// <summary>
/// Signed, tamper-proof subscriber links (ASP.NET Core data protection: authenticated encryption with the portal's
/// key ring). A token names one subscriber and one purpose; an edited or truncated token reads as null.
/// They do not expire: an unsubscribe link in a year-old newsletter must still work.
/// </summary>
public sealed class SubscriberTokens(IDataProtectionProvider provider)
{
    private readonly IDataProtector _protector = provider.CreateProtector("EGov.Collab.Journal.Subscriber.v1");

    public string Create(Guid subscriberId, SubscriberTokenPurpose purpose) =>
        _protector.Protect($"{(int)purpose}:{subscriberId:N}");

    public Guid? Read(string? token, SubscriberTokenPurpose purpose)
    {
        if (string.IsNullOrWhiteSpace(token) || token.Length > 1000) return null;
        string payload;
        try
        {
            payload = _protector.Unprotect(token);
        }
        catch (CryptographicException)
        {
            return null;
        }
        var colon = payload.IndexOf(':', StringComparison.Ordinal);
        if (colon <= 0 || payload[..colon] != ((int)purpose).ToString(System.Globalization.CultureInfo.InvariantCulture)) return null;
        return Guid.TryParseExact(payload[(colon + 1)..], "N", out var id) ? id : null;
    }
}
