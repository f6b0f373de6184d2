namespace EGov.Collab.Domain.Journal;

/// <summary>The administrator's newsletter schedule (one row). The cron is checked by the App (Cronos) before it is set.</summary>
public sealed class NewsletterSettings
{
    public const int SingletonId = 1;
    public const int CronMaxLength = 100;
    /// <summary>Every Monday at 09:00, Kyiv time.</summary>
    public const string DefaultCron = "0 9 * * 1";

    private NewsletterSettings()
    {
        Cron = DefaultCron;
    }

    public int Id { get; private set; }
    public string Cron { get; private set; }
    public bool AutoSend { get; private set; }
    public DateTimeOffset UpdatedAt { get; private set; }
    public Guid? UpdatedById { get; private set; }

    public static NewsletterSettings CreateDefault(DateTimeOffset now) => new() { Id = SingletonId, UpdatedAt = now };

    public void Change(string cron, bool autoSend, Guid? byId, DateTimeOffset now)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(cron);
        Cron = cron.Trim();
        AutoSend = autoSend;
        UpdatedById = byId;
        UpdatedAt = now;
    }
}

public enum RunOutcome
{
    Generated = 1,
    /// <summary>Nothing was published since the last issue: no newsletter.</summary>
    Skipped = 2,
}

/// <summary>A record of each run of the newsletter job, including the ones that found nothing new.</summary>
public sealed class NewsletterRun
{
    private NewsletterRun()
    {
    }

    public Guid Id { get; private set; }
    public DateTimeOffset At { get; private set; }
    public RunOutcome Outcome { get; private set; }
    public Guid? IssueId { get; private set; }
    public int ItemCount { get; private set; }

    public static NewsletterRun Record(RunOutcome outcome, Guid? issueId, int itemCount, DateTimeOffset now) =>
        new() { Id = Guid.CreateVersion7(), At = now, Outcome = outcome, IssueId = issueId, ItemCount = itemCount };
}
