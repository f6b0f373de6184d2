using System.Diagnostics.Metrics;

namespace EGov.Collab.App.Scale;

/// <summary>
/// The portal's own instruments, beside the framework's (circuits, HTTP, EF Core). Static like the framework's meters:
/// the places that count (the live bus, jury scoring, the newsletter dispatcher, Hangfire) need no new dependency.
/// </summary>
public static class PortalMeter
{
    public const string Name = "EGov.Collab";

    private static readonly Meter Meter = new(Name);

    public static readonly Counter<long> LiveMessages =
        Meter.CreateCounter<long>("egov.live.messages", "{message}", "Messages published on the live bus, by topic family.");

    public static readonly Counter<long> LiveRemoteMessages =
        Meter.CreateCounter<long>("egov.live.remote_messages", "{message}", "Live-bus messages received from other nodes through Redis.");

    public static readonly Counter<long> DraftOperations =
        Meter.CreateCounter<long>("egov.drafting.operations", "{operation}", "Draft edits committed by live editing sessions.");

    public static readonly Counter<long> ScoreSaves =
        Meter.CreateCounter<long>("egov.contest.score_saves", "{save}", "Jury score sheets saved.");

    public static readonly Counter<long> NewsletterSends =
        Meter.CreateCounter<long>("egov.journal.newsletter_sends", "{mail}", "Newsletter mails, by outcome.");

    public static readonly Counter<long> JobExecutions =
        Meter.CreateCounter<long>("egov.jobs.executions", "{job}", "Hangfire jobs performed, by job type and outcome.");

    public static readonly Histogram<double> JobDuration =
        Meter.CreateHistogram<double>("egov.jobs.duration", "s", "How long Hangfire jobs ran.");

    // The load client divides this node's working-set growth by the circuits it opened.
    public static readonly ObservableGauge<long> WorkingSet =
        Meter.CreateObservableGauge("egov.process.working_set", () => Environment.WorkingSet, "By", "This process's working set.");

    /// <summary>A topic without its trailing id (<c>contest.votes</c> of <c>contest.votes.{id}</c>): bounded label values.</summary>
    public static string FamilyOf(string topic)
    {
        var end = topic.AsSpan().LastIndexOfAny(".:");
        return end > 0 && Guid.TryParse(topic.AsSpan(end + 1), out _) ? topic[..end] : topic;
    }
}
