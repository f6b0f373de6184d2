using Hangfire;

namespace EGov.Collab.App.Journal.Newsletter;

/// <summary>Where chunk jobs go: Hangfire in the portal; tests and the benchmark run chunks themselves.</summary>
public interface INewsletterChunkScheduler
{
    void Enqueue(Guid issueId, int chunk);

    void Schedule(Guid issueId, int chunk, TimeSpan delay);
}

public sealed class HangfireChunkScheduler(IBackgroundJobClient jobs) : INewsletterChunkScheduler
{
    public void Enqueue(Guid issueId, int chunk) =>
        jobs.Enqueue<NewsletterChunkJob>(job => job.RunAsync(issueId, chunk, CancellationToken.None));

    public void Schedule(Guid issueId, int chunk, TimeSpan delay) =>
        jobs.Schedule<NewsletterChunkJob>(job => job.RunAsync(issueId, chunk, CancellationToken.None), delay);
}
