using EGov.Collab.App.Common;
using EGov.Collab.Data;
using Hangfire;
using Hangfire.Dashboard;
using Hangfire.InMemory;
using Hangfire.SqlServer;

namespace EGov.Collab.App.Jobs;

public static class JobsModule
{
    /// <summary>Hangfire with in-memory storage, or SQL Server storage when the portal runs on SQL Server.</summary>
    public static IServiceCollection AddJobs(this IServiceCollection services, IConfiguration configuration)
    {
        var database = configuration.GetSection(DatabaseOptions.SectionName).Get<DatabaseOptions>() ?? new DatabaseOptions();
        // Each host owns its storage (and disposes it when it stops). AddHangfire would otherwise share the
        // process-wide JobStorage.Current, so one host's shutdown breaks another's dashboard and jobs.
        services.AddSingleton<JobStorage>(provider =>
        {
            provider.GetRequiredService<IGlobalConfiguration>(); // serializer settings first
            return database.Provider == DatabaseProvider.SqlServer
                ? new SqlServerStorage(configuration.GetConnectionString(DatabaseOptions.ConnectionStringName))
                : new InMemoryStorage();
        });
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
