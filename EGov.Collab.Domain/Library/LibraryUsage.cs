namespace EGov.Collab.Domain.Library;

public enum LibraryUsageKind
{
    View = 1,
    Download = 2,
}

/// <summary>One counted view of an item page or download of its file (robots and double clicks are never stored).</summary>
public sealed class LibraryUsageEvent
{
    public const int VisitorKeyLength = 64;

    private LibraryUsageEvent()
    {
        VisitorKey = "";
    }

    public LibraryUsageEvent(Guid itemId, LibraryUsageKind kind, string visitorKey, DateTimeOffset at)
    {
        Id = Guid.CreateVersion7();
        ItemId = itemId;
        Kind = kind;
        VisitorKey = visitorKey;
        At = at;
    }

    public Guid Id { get; private set; }
    public Guid ItemId { get; private set; }
    public LibraryUsageKind Kind { get; private set; }
    /// <summary>A one-way hash of the visitor (address and user agent); no personal data is kept.</summary>
    public string VisitorKey { get; private set; }
    public DateTimeOffset At { get; private set; }
}

/// <summary>Views and downloads of one item in one calendar month (UTC).</summary>
public sealed record LibraryUsageMonth(int Year, int Month, int Views, int Downloads);

/// <summary>The COUNTER Code of Practice rules the library applies to usage.</summary>
public static class CounterRules
{
    /// <summary>Two identical requests by one visitor within this window count once (COUNTER "double-click filtering").</summary>
    public static readonly TimeSpan DoubleClickWindow = TimeSpan.FromSeconds(30);

    // The substrings of COUNTER's robots list that catch nearly every crawler seen in practice.
    private static readonly string[] RobotMarkers =
    [
        "bot", "crawl", "spider", "slurp", "archiver", "harvest", "fetcher", "scrap", "wget", "curl", "python-requests",
        "python-urllib", "libwww", "java/", "okhttp", "go-http-client", "httpclient", "headless", "phantomjs", "lighthouse",
        "facebookexternalhit", "mediapartners", "feedfetcher", "validator", "monitor", "checker", "preview", "oai-pmh",
    ];

    /// <summary>True for a robot or a client that gives no user agent at all.</summary>
    public static bool IsRobot(string? userAgent)
    {
        if (string.IsNullOrWhiteSpace(userAgent)) return true;
        return RobotMarkers.Any(marker => userAgent.Contains(marker, StringComparison.OrdinalIgnoreCase));
    }

    /// <summary>True when a request at <paramref name="now"/> repeats one counted at <paramref name="previous"/>.</summary>
    public static bool IsDoubleClick(DateTimeOffset? previous, DateTimeOffset now) =>
        previous is { } at && now - at < DoubleClickWindow && now >= at;

    /// <summary>Monthly totals, newest month first.</summary>
    public static IReadOnlyList<LibraryUsageMonth> ByMonth(IEnumerable<(DateTimeOffset At, LibraryUsageKind Kind)> events) =>
        events.GroupBy(e => (e.At.UtcDateTime.Year, e.At.UtcDateTime.Month))
            .Select(g => new LibraryUsageMonth(g.Key.Year, g.Key.Month,
                g.Count(e => e.Kind == LibraryUsageKind.View), g.Count(e => e.Kind == LibraryUsageKind.Download)))
            .OrderByDescending(m => m.Year).ThenByDescending(m => m.Month)
            .ToList();
}
