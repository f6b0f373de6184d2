namespace EGov.Collab.App.Journal.Newsletter;

/// <summary>
/// Configuration "Newsletter". <see cref="Cron"/> and <see cref="AutoSend"/>, when set, override the administrator's
/// settings at start-up (so an operator can script the schedule); the rest tunes sending.
/// </summary>
public sealed class NewsletterOptions
{
    public const string SectionName = "Newsletter";

    public string? Cron { get; set; }

    public bool? AutoSend { get; set; }

    /// <summary>Deliveries per background job: big enough to keep a connection busy, small enough to retry cheaply.</summary>
    public int ChunkSize { get; set; } = 500;

    /// <summary>Messages a chunk job sends at once.</summary>
    public int Parallelism { get; set; } = 4;
}
