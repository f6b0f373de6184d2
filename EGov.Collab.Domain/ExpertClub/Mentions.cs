using System.Text.RegularExpressions;

namespace EGov.Collab.Domain.ExpertClub;

/// <summary>
/// @mentions in a message: <c>@handle</c>, where a member's handle is the local part of their email (expert1 for
/// expert1@demo.egov.ua). An @ inside a word (an email address) or inside `code` is not a mention.
/// </summary>
public static partial class Mentions
{
    public const int MaxPerMessage = 20;

    public static IReadOnlyList<string> Parse(string? text)
    {
        if (string.IsNullOrEmpty(text)) return [];
        var withoutCode = CodeSpan().Replace(text, " ");
        return Mention().Matches(withoutCode)
            .Select(m => m.Groups["handle"].Value.TrimEnd('.', '-', '_'))
            .Where(h => h.Length > 0)
            .Distinct(StringComparer.OrdinalIgnoreCase)
            .Take(MaxPerMessage)
            .ToList();
    }

    /// <summary>A member's handle: the part of the email before @, lower case.</summary>
    public static string HandleOf(string email)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(email);
        var at = email.IndexOf('@', StringComparison.Ordinal);
        return (at < 0 ? email : email[..at]).ToLowerInvariant();
    }

    [GeneratedRegex(@"(?<![\p{L}\p{N}_.@/])@(?<handle>[A-Za-z0-9][A-Za-z0-9._-]{0,63})", RegexOptions.CultureInvariant)]
    private static partial Regex Mention();

    [GeneratedRegex("```[\\s\\S]*?```|`[^`\\n]*`", RegexOptions.CultureInvariant)]
    private static partial Regex CodeSpan();
}
