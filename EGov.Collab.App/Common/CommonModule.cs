using EGov.Collab.App.Common.SearchIndex;
using EGov.Collab.App.Live;
using EGov.Collab.Data.Sqlite;
using EGov.Collab.Data.SqlServer;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection.Extensions;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Components.Server.Circuits;

namespace EGov.Collab.App.Common;

public static class CommonModule
{
    /// <summary>What every module leans on: access checks, policies, statistics, search, the live bus.</summary>
    public static IServiceCollection AddCommon(this IServiceCollection services)
    {
        services.AddSingleton(TimeProvider.System);
        services.AddSingleton<ILiveBus, InProcessLiveBus>();
        services.AddSingleton<LivePresence>();
        services.AddScoped<PresenceCircuit>();
        services.AddScoped<CircuitHandler, PresenceCircuitHandler>();
        services.AddSingleton<AccessChanges>();
        services.AddSingleton<AccessChangeInterceptor>();
        // Whichever provider AddCollabData chose, its contexts report changes of rights.
        services.ConfigureDbContext<SqliteCollabDbContext>((sp, options) => options.AddInterceptors(sp.GetRequiredService<AccessChangeInterceptor>()));
        services.ConfigureDbContext<SqlServerCollabDbContext>((sp, options) => options.AddInterceptors(sp.GetRequiredService<AccessChangeInterceptor>()));
        services.AddSingleton<ModuleAccess>();
        services.AddSingleton<PublicLinks>();
        services.AddSingleton<PortalStatistics>();
        services.AddSingleton<Activity.PortalActivity>();
        services.AddSingleton<SearchIndex.ISearchIndexObserver>(sp => sp.GetRequiredService<Activity.PortalActivity>());
        services.AddScoped<IAuthorizationHandler, ModuleActionHandler>();
        services.AddAuthorizationBuilder().AddModulePolicies();
        services.AddScoped<ISearchProvider, ModuleSearchProvider>();
        services.AddScoped<ISearchProvider, OrganisationSearchProvider>();
        services.TryAddSingleton<ISearchIndexer, NoSearchIndexer>();
        return services;
    }

    private static AuthorizationBuilder AddModulePolicies(this AuthorizationBuilder builder)
    {
        builder.Services.Configure<AuthorizationOptions>(options => options.AddModulePolicies());
        return builder;
    }
}
