using System.Linq.Expressions;
using EGov.Collab.App.Common;
using Hangfire;

namespace EGov.Collab.App.Jobs;

/// <summary>A job Hangfire runs on a schedule (Kyiv time), declared by its module and registered by <see cref="JobsModule.MapJobs"/>.</summary>
public sealed record RecurringJobDefinition(string Id, string Cron, Action<IRecurringJobManager, string, string> Register);

/// <summary>The one way a module declares a recurring job: <c>services.AddRecurringJob&lt;XxxJob&gt;(XxxJob.Id, cron, job =&gt; job.RunAsync(CancellationToken.None))</c>.</summary>
public static class RecurringJobs
{
    public static IServiceCollection AddRecurringJob<TJob>(this IServiceCollection services, string id, string cron, Expression<Func<TJob, Task>> run)
        where TJob : class
    {
        services.AddTransient<TJob>();
        services.AddSingleton(new RecurringJobDefinition(id, cron, (manager, jobId, schedule) =>
            manager.AddOrUpdate(jobId, run, schedule, new RecurringJobOptions { TimeZone = PortalTime.Kyiv })));
        return services;
    }

    internal static void RegisterAll(IServiceProvider services)
    {
        var manager = services.GetRequiredService<IRecurringJobManager>();
        foreach (var job in services.GetServices<RecurringJobDefinition>()) job.Register(manager, job.Id, job.Cron);
    }
}
