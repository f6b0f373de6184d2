using System.Globalization;
using System.Security.Cryptography;
using Microsoft.AspNetCore.DataProtection;

namespace EGov.Collab.App.Library.Oai;

/// <summary>Where a list harvest stands: the original request's filters, the cursor, and the moment the harvest began.</summary>
public sealed record OaiListState(string Verb, string MetadataPrefix, string? Set, DateTimeOffset? From, DateTimeOffset Until, int Cursor);

/// <summary>
/// Resumption tokens that carry their own state, signed and encrypted with the portal's data-protection keys and valid for
/// <see cref="Lifetime"/>: a forged, altered or expired token is a <c>badResumptionToken</c>, and no server keeps sessions.
/// </summary>
public sealed class OaiTokens(IDataProtectionProvider protection, TimeProvider clock)
{
    public static readonly TimeSpan Lifetime = TimeSpan.FromHours(1);

    private readonly ITimeLimitedDataProtector _protector =
        protection.CreateProtector("EGov.Collab.Library.Oai.ResumptionToken.v1").ToTimeLimitedDataProtector();

    public (string Token, DateTimeOffset Expires) Issue(OaiListState state)
    {
        ArgumentNullException.ThrowIfNull(state);
        var expires = clock.GetUtcNow() + Lifetime;
        var payload = string.Join('\n', state.Verb, state.MetadataPrefix, state.Set ?? "", Ticks(state.From), Ticks(state.Until),
            state.Cursor.ToString(CultureInfo.InvariantCulture));
        return (_protector.Protect(payload, expires), expires);
    }

    public OaiListState? Read(string token, string verb)
    {
        string payload;
        try
        {
            payload = _protector.Unprotect(token, out var expires);
            if (expires < clock.GetUtcNow()) return null;
        }
        catch (CryptographicException)
        {
            return null;
        }
        catch (FormatException)
        {
            return null;
        }
        var parts = payload.Split('\n');
        if (parts.Length != 6 || parts[0] != verb) return null;
        if (!int.TryParse(parts[5], NumberStyles.None, CultureInfo.InvariantCulture, out var cursor)) return null;
        return new OaiListState(parts[0], parts[1], parts[2].Length == 0 ? null : parts[2], FromTicks(parts[3]), FromTicks(parts[4]) ?? clock.GetUtcNow(), cursor);
    }

    private static string Ticks(DateTimeOffset? value) => value?.UtcTicks.ToString(CultureInfo.InvariantCulture) ?? "";

    private static DateTimeOffset? FromTicks(string text) =>
        long.TryParse(text, NumberStyles.None, CultureInfo.InvariantCulture, out var ticks) ? new DateTimeOffset(ticks, TimeSpan.Zero) : null;
}
