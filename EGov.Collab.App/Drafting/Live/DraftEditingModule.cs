namespace EGov.Collab.App.Drafting.Live;

public static class DraftEditingModule
{
    /// <summary>Live co-editing of drafts: the log store, the per-draft sessions and <see cref="IDraftEditing"/>.</summary>
    public static IServiceCollection AddDraftingEditing(this IServiceCollection services)
    {
        services.AddSingleton<DraftLogStore>();
        services.AddOptions<DraftSessionOptions>().BindConfiguration("Drafting:Sessions");
        services.AddSingleton<DraftSessions>();
        services.AddSingleton<IDraftEditing, DraftEditingService>();
        services.AddHostedService<DemoTextsStartup>();
        return services;
    }
}
