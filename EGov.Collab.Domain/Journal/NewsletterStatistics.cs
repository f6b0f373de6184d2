namespace EGov.Collab.Domain.Journal;

/// <summary>
/// What an issue (or one edition of it) did. Opens and clicks are known only for <see cref="Tracked"/> deliveries (the
/// subscriber consented when the mail was sent), so the rates are among those, never among everyone sent; with
/// nobody tracked there is no rate at all rather than a misleading 0 %.
/// </summary>
public sealed record NewsletterStatistics(int Sent, int Failed, int Pending, int Tracked, int UniqueOpens, int Opens, int UniqueClicks, int Clicks)
{
    public static readonly NewsletterStatistics Empty = new(0, 0, 0, 0, 0, 0, 0, 0);

    public double? OpenRate => Rate(UniqueOpens, Tracked);
    public double? ClickRate => Rate(UniqueClicks, Tracked);

    public static NewsletterStatistics operator +(NewsletterStatistics left, NewsletterStatistics right)
    {
        ArgumentNullException.ThrowIfNull(left);
        ArgumentNullException.ThrowIfNull(right);
        return new(left.Sent + right.Sent, left.Failed + right.Failed, left.Pending + right.Pending, left.Tracked + right.Tracked,
            left.UniqueOpens + right.UniqueOpens, left.Opens + right.Opens, left.UniqueClicks + right.UniqueClicks, left.Clicks + right.Clicks);
    }

    public static NewsletterStatistics Add(NewsletterStatistics left, NewsletterStatistics right) => left + right;

    /// <summary>A share in [0, 1]; null when there is nothing to divide by.</summary>
    public static double? Rate(int part, int whole) => whole <= 0 ? null : Math.Clamp((double)part / whole, 0, 1);
}

/// <summary>One link of an issue: how many tracked recipients clicked it (each once) and how many clicks in all.</summary>
public sealed record LinkClicks(string Url, int UniqueClicks, int Clicks);
