using EGov.Collab.App.Drafting;
using EGov.Collab.App.Drafting.Live;
using EGov.Collab.App.Live;
using EGov.Collab.Data;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace EGov.Collab.Tests.Components.Drafting;

/// <summary>What the live editor injects, for bUnit: the test's session, access rule and buses, and the real comment service over its database.</summary>
internal static class DraftEditorServices
{
    public static void Add(
        IServiceCollection services, DraftSessions sessions, IDraftEditing editing, IDraftAccess access, ILiveBus bus,
        LivePresence presence, IDbContextFactory<CollabDbContext> dbFactory, TimeProvider clock)
    {
        services.AddSingleton(sessions);
        services.AddSingleton(editing);
        services.AddSingleton(access);
        services.AddSingleton(bus);
        services.AddSingleton(presence);
        services.AddScoped<PresenceCircuit>();
        services.AddSingleton(dbFactory);
        services.AddSingleton(clock);
        services.AddSingleton<DraftAccess>();
        services.AddSingleton<DraftingLive>();
        services.AddSingleton<Comments>();
    }
}
