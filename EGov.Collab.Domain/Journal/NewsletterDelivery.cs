namespace EGov.Collab.Domain.Journal;

public enum DeliveryState
{
    Pending = 1,
    /// <summary>Claimed by one worker (compare-and-set from Pending); nobody else sends it.</summary>
    Sending = 2,
    Sent = 3,
    /// <summary>Given up after <see cref="DeliveryRetry.MaxAttempts"/>.</summary>
    Failed = 4,
    /// <summary>The subscriber left between generation and sending.</summary>
    Cancelled = 5,
}

/// <summary>
/// One issue to one subscriber: a row per (issue, subscriber), unique, made when the issue is approved. The state moves
/// Pending → Sending only through a conditional update (compare-and-set, stamped with the worker's claim token), so two
/// workers never both send it.
/// </summary>
public sealed class NewsletterDelivery
{
    public const int ErrorMaxLength = 1000;

    private NewsletterDelivery()
    {
    }

    public Guid Id { get; private set; }
    public Guid IssueId { get; private set; }
    public Guid EditionId { get; private set; }
    public Guid SubscriberId { get; private set; }
    /// <summary>The fan-out chunk this row belongs to; each chunk is one background job.</summary>
    public int Chunk { get; private set; }
    public DeliveryState State { get; private set; }
    public int Attempts { get; private set; }
    public DateTimeOffset NotBefore { get; private set; }
    public DateTimeOffset? ClaimedAt { get; private set; }
    /// <summary>Which worker's claim holds the row while it is <see cref="DeliveryState.Sending"/>.</summary>
    public Guid? ClaimToken { get; private set; }
    public DateTimeOffset? SentAt { get; private set; }
    public string? LastError { get; private set; }
    /// <summary>The subscriber had consented when the mail went out: it carried the open pixel and tracked links.</summary>
    public bool Tracked { get; private set; }
    /// <summary>The first recorded open (a click counts as one too, for readers who block images); null when none.</summary>
    public DateTimeOffset? FirstOpenedAt { get; private set; }
    public int Opens { get; private set; }
    public DateTimeOffset? FirstClickedAt { get; private set; }
    public int Clicks { get; private set; }

    public static NewsletterDelivery Create(Guid issueId, Guid editionId, Guid subscriberId, int chunk, DateTimeOffset now) => new()
    {
        Id = Guid.CreateVersion7(),
        IssueId = issueId,
        EditionId = editionId,
        SubscriberId = subscriberId,
        Chunk = chunk,
        State = DeliveryState.Pending,
        NotBefore = now,
    };
}

/// <summary>
/// Clicks on one link of one delivery: a row per (delivery, link), unique, so the first click makes it and later ones
/// only add to <see cref="Count"/>. The link is named by its place in the edition's own list of links, and its URL is
/// kept for the statistics.
/// </summary>
public sealed class NewsletterClick
{
    public const int UrlMaxLength = 2048;

    private NewsletterClick()
    {
        Url = "";
    }

    public Guid Id { get; private set; }
    public Guid DeliveryId { get; private set; }
    public Guid IssueId { get; private set; }
    public int LinkIndex { get; private set; }
    public string Url { get; private set; }
    public int Count { get; private set; }
    public DateTimeOffset FirstAt { get; private set; }
    public DateTimeOffset LastAt { get; private set; }

    public static NewsletterClick First(Guid deliveryId, Guid issueId, int linkIndex, string url, DateTimeOffset now)
    {
        ArgumentOutOfRangeException.ThrowIfNegative(linkIndex);
        ArgumentException.ThrowIfNullOrWhiteSpace(url);
        return new()
        {
            Id = Guid.CreateVersion7(),
            DeliveryId = deliveryId,
            IssueId = issueId,
            LinkIndex = linkIndex,
            Url = url.Length > UrlMaxLength ? url[..UrlMaxLength] : url,
            Count = 1,
            FirstAt = now,
            LastAt = now,
        };
    }
}

/// <summary>Retries with back-off: 1, 5, 25 minutes after the first, second and third failure; then the delivery fails.</summary>
public static class DeliveryRetry
{
    public const int MaxAttempts = 4;

    /// <summary>A claim older than this belongs to a worker that died; its row may be claimed again.</summary>
    public static readonly TimeSpan ClaimLease = TimeSpan.FromMinutes(10);

    public static TimeSpan Delay(int failedAttempts) =>
        TimeSpan.FromMinutes(Math.Pow(5, Math.Clamp(failedAttempts, 1, MaxAttempts) - 1));

    public static bool ShouldRetry(int failedAttempts) => failedAttempts < MaxAttempts;
}
