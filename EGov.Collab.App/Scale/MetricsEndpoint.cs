using System.Net;
using EGov.Collab.Data.Common;
using Microsoft.AspNetCore.Authentication;
using Microsoft.AspNetCore.Identity;

namespace EGov.Collab.App.Scale;

/// <summary>
/// The Prometheus scrape endpoint: for a scraper on this machine and for signed-in administrators; anyone else gets
/// 404 (the endpoint's existence is nobody else's business). Mounted ahead of the pipeline, so it reads the
/// connection itself: a request that came through a proxy (X-Forwarded-For) is never "on this machine".
/// </summary>
public sealed class MetricsEndpoint : IStartupFilter
{
    public const string Path = "/metrics";

    public Action<IApplicationBuilder> Configure(Action<IApplicationBuilder> next) => app =>
    {
        app.UseOpenTelemetryPrometheusScrapingEndpoint(
            meterProvider: null,
            predicate: context => context.Request.Path.Equals(Path, StringComparison.OrdinalIgnoreCase),
            path: null,
            configureBranchedPipeline: branch => branch.Use(RefuseStrangersAsync),
            optionsName: null);
        next(app);
    };

    private static async Task RefuseStrangersAsync(HttpContext context, RequestDelegate next)
    {
        if (IsLocalScraper(context) || await IsAdministratorAsync(context))
        {
            await next(context);
            return;
        }
        context.Response.StatusCode = StatusCodes.Status404NotFound;
    }

    public static bool IsLocalScraper(HttpContext context) =>
        context.Connection.RemoteIpAddress is { } address && IPAddress.IsLoopback(address)
        && !context.Request.Headers.ContainsKey("X-Forwarded-For");

    private static async Task<bool> IsAdministratorAsync(HttpContext context)
    {
        var result = await context.AuthenticateAsync(IdentityConstants.ApplicationScheme);
        return result.Succeeded && result.Principal?.IsInRole(PortalRoles.Administrator) == true;
    }
}
