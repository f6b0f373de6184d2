namespace EGov.Collab.Domain.Readiness;

/// <summary>A link to the evidence behind an answer (a decision, a page, a register entry): an absolute http(s) URL.</summary>
public static class EvidenceLink
{
    public const int MaxLength = 500;

    public static bool IsValid(string? url) =>
        url is { Length: > 0 and <= MaxLength }
        && Uri.TryCreate(url, UriKind.Absolute, out var uri)
        && (uri.Scheme == Uri.UriSchemeHttps || uri.Scheme == Uri.UriSchemeHttp)
        && uri.Host.Contains('.', StringComparison.Ordinal);

    /// <summary>Trimmed, or null when blank.</summary>
    public static string? Clean(string? url) => string.IsNullOrWhiteSpace(url) ? null : url.Trim();
}
