using EGov.Collab.App.Contest;
using EGov.Collab.App.Drafting;
using EGov.Collab.App.ExpertClub.Live;
using EGov.Collab.App.Live;
using EGov.Collab.App.Notifications;
using EGov.Collab.Data;
using Microsoft.AspNetCore.DataProtection;
using Microsoft.Extensions.DependencyInjection.Extensions;
using StackExchange.Redis;

namespace EGov.Collab.App.Scale;

public static class ScaleModule
{
    /// <summary>
    /// Telemetry always; with <see cref="ScaleOptions.RedisKey"/> set, the live bus over Redis and the key ring in the
    /// database so that every node reads every other node's cookies (Hangfire's storage follows in the Jobs module).
    /// </summary>
    public static IServiceCollection AddScale(this IServiceCollection services, IConfiguration configuration)
    {
        services.AddPortalTelemetry(configuration);
        services.AddLiveMessage<MessageEvent>();
        services.AddLiveMessage<PollEvent>();
        services.AddLiveMessage<TopicStateEvent>();
        services.AddLiveMessage<EGov.Collab.App.ExpertClub.Conversations.DirectMessageEvent>();
        services.AddLiveMessage<DraftActivity>();
        services.AddLiveMessage<VoteCounts>();
        services.AddLiveMessage<NotificationsChanged>();
        services.AddSingleton<LiveMessageTypes>();
        services.TryAddSingleton<InProcessLiveBus>();

        if (ScaleOptions.RedisOf(configuration) is not { } redis)
        {
            services.Replace(ServiceDescriptor.Singleton<ILiveBus>(sp => new MeteredLiveBus(sp.GetRequiredService<InProcessLiveBus>())));
            return services;
        }

        services.AddSingleton<IConnectionMultiplexer>(_ =>
        {
            var options = ConfigurationOptions.Parse(redis);
            // A node starts (and serves its own circuits) while Redis is still coming up; it connects when Redis does.
            options.AbortOnConnectFail = false;
            return ConnectionMultiplexer.Connect(options);
        });
        services.AddSingleton(sp => new RedisLiveBus(sp.GetRequiredService<InProcessLiveBus>(), sp.GetRequiredService<LiveMessageTypes>(),
            sp.GetRequiredService<IConnectionMultiplexer>(), sp.GetRequiredService<ILogger<RedisLiveBus>>()));
        services.Replace(ServiceDescriptor.Singleton<ILiveBus>(sp => new MeteredLiveBus(sp.GetRequiredService<RedisLiveBus>())));
        // Replaces the Shell's key folder; a configured certificate (DataProtection:CertificatePath) still encrypts the keys.
        services.AddDataProtection().PersistKeysToDbContext<CollabDbContext>();
        return services;
    }

    /// <summary>Lets a message type cross nodes (a plain record that System.Text.Json round-trips).</summary>
    public static IServiceCollection AddLiveMessage<T>(this IServiceCollection services) where T : class
    {
        services.AddSingleton(new LiveMessageType(typeof(T)));
        return services;
    }
}
