using EGov.Collab.App.Common.SearchIndex;
using EGov.Collab.App.Live;
using Microsoft.Extensions.DependencyInjection.Extensions;
using Microsoft.AspNetCore.Authorization;

namespace EGov.Collab.App.Common;

public static class CommonModule
{
    /// <summary>What every module leans on: access checks, policies, statistics, search, the live bus.</summary>
    public static IServiceCollection AddCommon(this IServiceCollection services)
    {
        services.AddSingleton(TimeProvider.System);
        services.AddSingleton<ILiveBus, InProcessLiveBus>();
        services.AddSingleton<LivePresence>();
        services.AddSingleton<ModuleAccess>();
        services.AddSingleton<PublicLinks>();
        services.AddSingleton<PortalStatistics>();
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
