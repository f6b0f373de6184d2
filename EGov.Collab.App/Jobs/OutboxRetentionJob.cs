using EGov.Collab.App.Mail;

namespace EGov.Collab.App.Jobs;

/// <summary>Nightly: removes outbox messages older than 30 days so the embedded default's folder does not grow for ever. Safe to run twice.</summary>
public sealed class OutboxRetentionJob(Outbox outbox, TimeProvider clock, ILogger<OutboxRetentionJob> logger)
{
    public const string Id = "outbox-retention";
    public static readonly TimeSpan Keep = TimeSpan.FromDays(30);

    public Task RunAsync(CancellationToken cancellationToken)
    {
        var deleted = outbox.DeleteOlderThan(clock.GetUtcNow() - Keep);
        if (deleted > 0) logger.LogInformation("Removed {Count} outbox messages older than {Days} days.", deleted, Keep.TotalDays);
        return Task.CompletedTask;
    }
}
