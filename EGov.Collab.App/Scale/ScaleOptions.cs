namespace EGov.Collab.App.Scale;

/// <summary>Settings of a multi-node portal. Without <see cref="RedisKey"/> the portal is one node and needs no Redis.</summary>
public static class ScaleOptions
{
    /// <summary>A StackExchange.Redis connection string ("localhost:6379"): live bus, Hangfire storage, shared key ring.</summary>
    public const string RedisKey = "LiveBus:Redis";

    /// <summary>An OTLP collector ("http://localhost:4317"); the standard OTEL_EXPORTER_OTLP_ENDPOINT works too.</summary>
    public const string OtlpEndpointKey = "OpenTelemetry:Otlp:Endpoint";

    public static string? RedisOf(IConfiguration configuration) =>
        configuration[RedisKey] is { Length: > 0 } redis && !string.IsNullOrWhiteSpace(redis) ? redis : null;
}
