using OpenTelemetry;
using OpenTelemetry.Exporter;
using OpenTelemetry.Metrics;
using OpenTelemetry.Resources;
using OpenTelemetry.Trace;

namespace EGov.Collab.App.Scale;

public static class PortalTelemetry
{
    /// <summary>The framework's meters the operator needs: circuits and rendering, HTTP, Kestrel, SignalR.</summary>
    public static readonly string[] Meters =
    [
        PortalMeter.Name,
        "Microsoft.AspNetCore.Components*",
        "Microsoft.AspNetCore.Hosting",
        "Microsoft.AspNetCore.Server.Kestrel",
        "Microsoft.AspNetCore.Http.Connections",
    ];

    /// <summary>
    /// Metrics always (scraped at <see cref="MetricsEndpoint.Path"/>); traces of HTTP and EF Core, and the OTLP export of
    /// both, only when a collector is configured: spans nobody exports would cost every request for nothing.
    /// </summary>
    public static IServiceCollection AddPortalTelemetry(this IServiceCollection services, IConfiguration configuration)
    {
        var otlp = configuration[ScaleOptions.OtlpEndpointKey] is { Length: > 0 } endpoint ? endpoint : configuration["OTEL_EXPORTER_OTLP_ENDPOINT"];
        var telemetry = services.AddOpenTelemetry()
            .ConfigureResource(resource => resource.AddService("EGov.Collab", serviceInstanceId: $"{Environment.MachineName}:{Environment.ProcessId}"))
            .WithMetrics(metrics => metrics.AddMeter(Meters).AddPrometheusExporter());
        if (!string.IsNullOrWhiteSpace(otlp))
        {
            telemetry.WithTracing(tracing => tracing.AddAspNetCoreInstrumentation().AddEntityFrameworkCoreInstrumentation());
            telemetry.UseOtlpExporter(OtlpExportProtocol.Grpc, new Uri(otlp));
        }
        services.AddTransient<IStartupFilter, MetricsEndpoint>();
        return services;
    }
}
