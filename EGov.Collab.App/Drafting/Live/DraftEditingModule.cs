using Microsoft.Extensions.DependencyInjection.Extensions;

namespace EGov.Collab.App.Drafting.Live;

public static class DraftEditingModule
{
    /// <summary>Live co-editing of drafts: the log store, the per-draft sessions and <see cref="IDraftEditing"/>.</summary>
    public static IServiceCollection AddDraftingEditing(this IServiceCollection services)
    {
        services.AddSingleton<DraftLogStore>();
        services.AddSingleton<DraftSessions>();
        services.AddSingleton<IDraftEditing, DraftEditingService>();
        services.TryAddScoped<IDraftAccess, DenyingDraftAccess>();
        return services;
    }
}
