using EGov.Collab.App.Common;
using EGov.Collab.Data;
using Hangfire;
using Hangfire.Dashboard;

namespace EGov.Collab.App.Jobs;

public static class JobsModule
{
    /// <summary>Hangfire with in-memory storage, or SQL Server storage when the portal runs on SQL Server.</summary>
    public static IServiceCollection AddJobs(this IServiceCollection services, IConfiguration configuration)
    {
        var database = configuration.GetSection(DatabaseOptions.SectionName).Get<DatabaseOptions>() ?? new DatabaseOptions();
        services.AddHangfire(config =>
        {
            config.SetDataCompatibilityLevel(CompatibilityLevel.Version_180)
                .UseSimpleAssemblyNameTypeSerializer()
                .UseRecommendedSerializerSettings();
            if (database.Provider == DatabaseProvider.SqlServer)
                config.UseSqlServerStorage(configuration.GetConnectionString(DatabaseOptions.ConnectionStringName));
            else
                config.UseInMemoryStorage();
        });
        services.AddHangfireServer(options => options.WorkerCount = Math.Max(2, Environment.ProcessorCount));
        services.AddTransient<OutboxRetentionJob>();
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
        var recurring = endpoints.ServiceProvider.GetRequiredService<IRecurringJobManager>();
        recurring.AddOrUpdate<OutboxRetentionJob>(
            OutboxRetentionJob.Id, job => job.RunAsync(CancellationToken.None), "15 3 * * *",
            new RecurringJobOptions { TimeZone = PortalTime.Kyiv });
        return endpoints;
    }

    private sealed class AdministratorsOnlyDashboardFilter : IDashboardAuthorizationFilter
    {
        public bool Authorize(DashboardContext context) =>
            context.GetHttpContext().User.IsInRole(EGov.Collab.Data.Common.PortalRoles.Administrator);
    }
}
