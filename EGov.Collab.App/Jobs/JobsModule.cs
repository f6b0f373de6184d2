using EGov.Collab.App.Common;
using EGov.Collab.Data;
using Hangfire;
using Hangfire.Common;
using Hangfire.Dashboard;
using Hangfire.InMemory;
using Hangfire.Redis.StackExchange;
using Hangfire.SqlServer;
using EGov.Collab.App.Scale;
using StackExchange.Redis;

namespace EGov.Collab.App.Jobs;

public static class JobsModule
{
    /// <summary>
    /// Hangfire with in-memory storage; SQL Server storage when the portal runs on SQL Server; Redis storage when the
    /// nodes share a Redis (LiveBus:Redis) and no SQL Server, so a job is queued once and run by one node.
    /// </summary>
    public static IServiceCollection AddJobs(this IServiceCollection services, IConfiguration configuration)
    {
        var database = configuration.GetSection(DatabaseOptions.SectionName).Get<DatabaseOptions>() ?? new DatabaseOptions();
        // Each host owns its storage (and disposes it when it stops). AddHangfire would otherwise share the
        // process-wide JobStorage.Current, so one host's shutdown breaks another's dashboard and jobs.
        services.AddSingleton<JobStorage>(provider =>
        {
            provider.GetRequiredService<IGlobalConfiguration>(); // serializer settings first
            if (database.Provider == DatabaseProvider.SqlServer)
                return new SqlServerStorage(configuration.GetConnectionString(DatabaseOptions.ConnectionStringName));
            return ScaleOptions.RedisOf(configuration) is null
                ? new InMemoryStorage()
                : new RedisStorage(provider.GetRequiredService<IConnectionMultiplexer>(), new RedisStorageOptions { Prefix = "egov.collab.hangfire:" });
        });
        services.AddSingleton<JobMetricsFilter>();
        services.AddSingleton<IJobFilterProvider, JobMetricsFilter.Provider>();
        services.AddHangfire((provider, config) => config
            .SetDataCompatibilityLevel(CompatibilityLevel.Version_180)
            .UseSimpleAssemblyNameTypeSerializer()
            .UseRecommendedSerializerSettings()
            .UseLogProvider(new HostSafeLogProvider(provider.GetRequiredService<ILoggerFactory>())));
        services.AddHangfireServer(options => options.WorkerCount = Math.Max(2, Environment.ProcessorCount));
        services.AddRecurringJob<OutboxRetentionJob>(OutboxRetentionJob.Id, "15 3 * * *", job => job.RunAsync(CancellationToken.None));
        return services;
    }

    public static IEndpointRouteBuilder MapJobs(this IEndpointRouteBuilder endpoints)
    {
        endpoints.MapHangfireDashboard("/hangfire", new DashboardOptions
        {
            Authorization = [new AdministratorsOnlyDashboardFilter()],
            AppPath = "/admin",
            DashboardTitle = "EGov.Collab — Hangfire",
        });
        RecurringJobs.RegisterAll(endpoints.ServiceProvider);
        return endpoints;
    }

    private sealed class AdministratorsOnlyDashboardFilter : IDashboardAuthorizationFilter
    {
        public bool Authorize(DashboardContext context) =>
            context.GetHttpContext().User.IsInRole(EGov.Collab.Data.Common.PortalRoles.Administrator);
    }
}
