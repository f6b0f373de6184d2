using System.Text.RegularExpressions;

namespace EGov.Collab.Domain.Learning;

/// <summary>
/// The video of a lesson: only YouTube and Vimeo links are accepted, and the page embeds them through the providers'
/// own players (YouTube's privacy-enhanced host), built from the video's id alone so nothing of the typed URL reaches
/// the frame's address.
/// </summary>
public static partial class LessonVideo
{
    /// <summary>The player address for a YouTube or Vimeo link; null for anything else.</summary>
    public static string? EmbedUrl(string? url)
    {
        if (string.IsNullOrWhiteSpace(url) || !Uri.TryCreate(url.Trim(), UriKind.Absolute, out var uri)) return null;
        if (uri.Scheme != Uri.UriSchemeHttps && uri.Scheme != Uri.UriSchemeHttp) return null;
        var host = uri.Host.ToLowerInvariant();
        var path = uri.AbsolutePath.Trim('/');
        string? youTube = host switch
        {
            "youtu.be" => path,
            "www.youtube.com" or "youtube.com" or "m.youtube.com" or "www.youtube-nocookie.com" => path == "watch"
                ? QueryValue(uri.Query, "v")
                : path.StartsWith("embed/", StringComparison.Ordinal) || path.StartsWith("shorts/", StringComparison.Ordinal) || path.StartsWith("live/", StringComparison.Ordinal)
                    ? path[(path.IndexOf('/', StringComparison.Ordinal) + 1)..]
                    : null,
            _ => null,
        };
        if (youTube is not null) return YouTubeId().IsMatch(youTube) ? $"https://www.youtube-nocookie.com/embed/{youTube}" : null;
        string? vimeo = host switch
        {
            "vimeo.com" or "www.vimeo.com" => path,
            "player.vimeo.com" => path.StartsWith("video/", StringComparison.Ordinal) ? path["video/".Length..] : null,
            _ => null,
        };
        return vimeo is not null && VimeoId().IsMatch(vimeo) ? $"https://player.vimeo.com/video/{vimeo}" : null;
    }

    public static bool IsSupported(string? url) => EmbedUrl(url) is not null;

    private static string? QueryValue(string query, string name) =>
        query.TrimStart('?').Split('&', StringSplitOptions.RemoveEmptyEntries)
            .Select(pair => pair.Split('=', 2))
            .Where(pair => pair.Length == 2 && pair[0] == name)
            .Select(pair => pair[1])
            .FirstOrDefault();

    [GeneratedRegex("^[A-Za-z0-9_-]{11}$")]
    private static partial Regex YouTubeId();

    [GeneratedRegex("^[0-9]{1,12}$")]
    private static partial Regex VimeoId();
}
