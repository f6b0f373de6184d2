using Microsoft.Extensions.DependencyInjection.Extensions;

namespace EGov.Collab.App.Common.SearchIndex;

public static class SearchModule
{
    /// <summary>The portal-wide index (replacing the stand-in AddCommon registers), its rebuild and the search itself.</summary>
    public static IServiceCollection AddSearch(this IServiceCollection services)
    {
        services.Replace(ServiceDescriptor.Singleton<ISearchIndexer, SearchIndexer>());
        services.AddScoped<SearchIndexRebuild>();
        services.AddScoped<SearchReaders>();
        services.AddScoped<PortalSearch>();
        services.AddHostedService<SearchIndexStartup>();
        services.AddSingleton<SearchRefreshOutbox>();
        services.AddHostedService(provider => provider.GetRequiredService<SearchRefreshOutbox>());
        return services;
    }

    /// <summary>Suggestions for the app-bar box as one types: titles the reader may open, as JSON.</summary>
    public static IEndpointRouteBuilder MapSearch(this IEndpointRouteBuilder endpoints)
    {
        endpoints.MapGet("/search/suggest", async (string? q, HttpContext http, PortalSearch search, CancellationToken cancellationToken) =>
            Results.Ok(await search.SuggestAsync(http.User, q, cancellationToken)));
        return endpoints;
    }
}
