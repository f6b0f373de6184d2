using System.Text.Json;
using EGov.Collab.App.Common;
using EGov.Collab.App.Localization;
using EGov.Collab.Data;
using Microsoft.AspNetCore.DataProtection;
using Microsoft.AspNetCore.Diagnostics.HealthChecks;
using MudBlazor.Services;

namespace EGov.Collab.App.Shell;

public static class ShellModule
{
    /// <summary>Blazor Server with MudBlazor, localisation, data-protection keys that survive restarts, health checks.</summary>
    public static IServiceCollection AddShell(this IServiceCollection services, PortalPaths paths)
    {
        services.AddRazorComponents().AddInteractiveServerComponents();
        services.AddMudServices();
        services.AddPortalLocalization();
        services.AddDataProtection()
            .SetApplicationName("EGov.Collab")
            .PersistKeysToFileSystem(new DirectoryInfo(paths.Keys));
        services.AddHealthChecks().AddDbContextCheck<CollabDbContext>("database");
        return services;
    }

    public static WebApplication UseShell(this WebApplication app)
    {
        if (!app.Environment.IsDevelopment())
        {
            app.UseExceptionHandler("/Error", createScopeForErrors: true);
            app.UseHsts();
        }
        app.UseStatusCodePagesWithReExecute("/not-found", createScopeForStatusCodePages: true);
        app.UseRequestLocalization();
        app.UseAntiforgery();
        return app;
    }

    public static WebApplication MapShell(this WebApplication app)
    {
        app.MapStaticAssets();
        app.MapRazorComponents<App>().AddInteractiveServerRenderMode();
        app.MapCultureSwitch();
        app.MapHealthChecks("/health", new HealthCheckOptions { ResponseWriter = WriteHealthAsync }).AllowAnonymous();
        return app;
    }

    private static Task WriteHealthAsync(HttpContext context, Microsoft.Extensions.Diagnostics.HealthChecks.HealthReport report)
    {
        context.Response.ContentType = "application/json; charset=utf-8";
        var body = new
        {
            status = report.Status.ToString(),
            checks = report.Entries.ToDictionary(e => e.Key, e => new { status = e.Value.Status.ToString(), durationMs = e.Value.Duration.TotalMilliseconds }),
        };
        return context.Response.WriteAsync(JsonSerializer.Serialize(body));
    }
}
