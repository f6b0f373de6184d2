using Hangfire;

using EGov.Collab.Domain.Journal;

namespace EGov.Collab.App.Journal.Newsletter;

/// <summary>
/// The recurring job <c>newsletter</c>: generate the next issue; send it at once when the administrator chose
/// automatic sending, otherwise leave it for the editors to approve. Safe to run twice: the second run finds nothing new.
/// </summary>
public sealed class NewsletterJob(NewsletterGenerator generator, NewsletterSchedule schedule, NewsletterIssues issues)
{
    public Task RunAsync(CancellationToken cancellationToken) => GenerateAsync(cancellationToken);

    /// <summary>What the schedule runs; also the administrator's "generate now".</summary>
    public async Task<GenerationOutcome> GenerateAsync(CancellationToken cancellationToken)
    {
        var outcome = await generator.GenerateAsync(cancellationToken);
        if (outcome.Outcome != RunOutcome.Generated || outcome.IssueId is null) return outcome;
        var settings = await schedule.GetAsync(cancellationToken);
        if (settings.AutoSend) await issues.ApproveAutomaticallyAsync(outcome.IssueId.Value, cancellationToken);
        return outcome;
    }
}

/// <summary>One chunk of one issue's deliveries (ids only, safe to run twice or at once: each row is claimed).</summary>
public sealed class NewsletterChunkJob(NewsletterDispatcher dispatcher)
{
    [AutomaticRetry(Attempts = 3)]
    public Task RunAsync(Guid issueId, int chunk, CancellationToken cancellationToken) =>
        dispatcher.ProcessChunkAsync(issueId, chunk, cancellationToken);
}
