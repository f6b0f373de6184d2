using EGov.Collab.App.Drafting;
using EGov.Collab.Data;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace EGov.Collab.Tests.Components.Drafting;

/// <summary>The real comment service the editor injects, over the test's database (the bUnit tests fake the rest).</summary>
internal static class DraftEditorServices
{
    public static void AddComments(IServiceCollection services, IDbContextFactory<CollabDbContext> dbFactory, TimeProvider clock)
    {
        services.AddSingleton(dbFactory);
        services.AddSingleton(clock);
        services.AddSingleton<DraftAccess>();
        services.AddSingleton<DraftingLive>();
        services.AddSingleton<Comments>();
    }
}
