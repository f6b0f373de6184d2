using System.Text;
using Microsoft.AspNetCore.WebUtilities;

namespace EGov.Collab.App.Account;

/// <summary>Identity tokens travel in links Base64Url-encoded; a tampered or truncated link must read as "invalid", never throw.</summary>
public static class IdentityTokens
{
    private const int MaxEncodedLength = 4096;

    public static string Encode(string token) => WebEncoders.Base64UrlEncode(Encoding.UTF8.GetBytes(token));

    public static string? TryDecode(string? code)
    {
        if (string.IsNullOrWhiteSpace(code) || code.Length > MaxEncodedLength) return null;
        try
        {
            var token = Encoding.UTF8.GetString(WebEncoders.Base64UrlDecode(code));
            return token.Length == 0 ? null : token;
        }
        catch (FormatException)
        {
            return null;
        }
    }

    /// <summary>A member id from a link; null unless it is a Guid (Identity's store throws on anything else).</summary>
    public static Guid? TryParseMemberId(string? userId) => Guid.TryParse(userId, out var id) ? id : null;
}
