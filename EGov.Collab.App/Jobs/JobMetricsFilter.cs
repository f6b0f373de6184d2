using System.Diagnostics;
using EGov.Collab.App.Scale;
using Hangfire.Common;
using Hangfire.Server;

namespace EGov.Collab.App.Jobs;

/// <summary>Counts and times every Hangfire job this node performs (by job type and outcome).</summary>
public sealed class JobMetricsFilter : IServerFilter
{
    private const string StartedKey = "egov.metrics.started";

    public void OnPerforming(PerformingContext context) => context.Items[StartedKey] = Stopwatch.GetTimestamp();

    public void OnPerformed(PerformedContext context)
    {
        var tags = new TagList
        {
            { "job", context.BackgroundJob.Job?.Type.Name ?? "unknown" },
            { "outcome", context.Exception is null ? "succeeded" : context.Canceled ? "cancelled" : "failed" },
        };
        PortalMeter.JobExecutions.Add(1, tags);
        if (context.Items.TryGetValue(StartedKey, out var started) && started is long timestamp)
            PortalMeter.JobDuration.Record(Stopwatch.GetElapsedTime(timestamp).TotalSeconds, tags);
    }

    /// <summary>The global filters plus this one, for this host only (GlobalJobFilters would count in every host of the process).</summary>
    public sealed class Provider(JobMetricsFilter filter) : IJobFilterProvider
    {
        private readonly JobFilter _filter = new(filter, JobFilterScope.Global, order: null);

        public IEnumerable<JobFilter> GetFilters(Job job) => JobFilterProviders.Providers.GetFilters(job).Append(_filter);
    }
}
