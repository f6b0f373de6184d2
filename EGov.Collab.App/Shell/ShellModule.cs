using System.Text.Json;
using EGov.Collab.App.Common;
using EGov.Collab.App.Localization;
using EGov.Collab.Data;
using Microsoft.AspNetCore.Antiforgery;
using System.Security.Cryptography.X509Certificates;
using Microsoft.AspNetCore.DataProtection;
using Microsoft.AspNetCore.HttpOverrides;
using Microsoft.AspNetCore.ResponseCompression;
using Microsoft.AspNetCore.Diagnostics.HealthChecks;
using Microsoft.AspNetCore.Components.Server.Circuits;
using MudBlazor.Services;

namespace EGov.Collab.App.Shell;

public static class ShellModule
{
    /// <summary>Blazor Server with MudBlazor, localisation, data-protection keys that survive restarts, health checks.</summary>
    public static IServiceCollection AddShell(this IServiceCollection services, PortalPaths paths, IConfiguration configuration)
    {
        services.AddRazorComponents().AddInteractiveServerComponents()
            .AddHubOptions(options => options.MaximumReceiveMessageSize = CircuitLimits.MaxMessageBytes);
        services.AddSingleton<MemberCircuitCounter>();
        services.AddScoped<CircuitHandler, MemberCircuitCap>();
        services.AddMudServices();
        services.AddPortalLocalization();
        var dataProtection = services.AddDataProtection()
            .SetApplicationName("EGov.Collab")
            .PersistKeysToFileSystem(new DirectoryInfo(paths.Keys));
        // Keys at rest: the keys folder is the portal account's alone (PortalPaths); with a certificate configured
        // (DataProtection:CertificatePath, DataProtection:CertificatePassword) they are also encrypted with it.
        if (configuration["DataProtection:CertificatePath"] is { Length: > 0 } certificatePath)
            dataProtection.ProtectKeysWithCertificate(X509CertificateLoader.LoadPkcs12FromFile(certificatePath, configuration["DataProtection:CertificatePassword"]));
        services.Configure<ForwardedHeadersOptions>(options =>
        {
            // Behind a TLS proxy the request's scheme and client address come from X-Forwarded-*, so the auth cookie is
            // Secure and HSTS is sent. Only proxies on this host are trusted, plus those listed in Proxy:KnownProxies.
            options.ForwardedHeaders = ForwardedHeaders.XForwardedFor | ForwardedHeaders.XForwardedProto | ForwardedHeaders.XForwardedHost;
            options.ForwardLimit = 1;
            foreach (var proxy in configuration.GetSection("Proxy:KnownProxies").Get<string[]>() ?? [])
                options.KnownProxies.Add(System.Net.IPAddress.Parse(proxy));
        });
        services.AddHealthChecks().AddDbContextCheck<CollabDbContext>("database");
        services.AddResponseCompression(options =>
        {
            // Over TLS too: the secrets in a page (antiforgery tokens, the circuit's descriptors) are data-protected with
            // a fresh random IV on every response, so they never repeat for a compression-length attack (BREACH) to guess.
            options.EnableForHttps = true;
            options.Providers.Add<BrotliCompressionProvider>();
            options.Providers.Add<GzipCompressionProvider>();
        });
        // Pages are compressed per request: a better ratio than the providers' fastest default for little more time.
        services.Configure<BrotliCompressionProviderOptions>(options => options.Level = System.IO.Compression.CompressionLevel.Optimal);
        services.Configure<GzipCompressionProviderOptions>(options => options.Level = System.IO.Compression.CompressionLevel.Optimal);
        services.AddSingleton<PrecompressedAssets>();
        return services;
    }

    public static WebApplication UseShell(this WebApplication app)
    {
        app.UseForwardedHeaders();
        app.UseSecurityHeaders();
        // Pages (and any response that still goes out uncompressed); static assets the build left uncompressed come
        // compressed once from PrecompressedAssets, and responses that already carry a Content-Encoding are left alone.
        // Never the circuit's own endpoint (its WebSocket and long-polling fallback).
        app.UseWhen(context => !context.Request.Path.StartsWithSegments("/_blazor", StringComparison.OrdinalIgnoreCase),
            branch => branch.UseResponseCompression());
        if (!app.Environment.IsDevelopment())
        {
            app.UseExceptionHandler("/Error", createScopeForErrors: true);
            app.UseHsts();
        }
        app.UseStatusCodePagesWithReExecute("/status/{0}", createScopeForStatusCodePages: true);
        app.UseRequestLocalization();
        app.UseAntiforgery();
        app.Use(RefuseExpiredFormsAsync);
        return app;
    }

    public static WebApplication MapShell(this WebApplication app)
    {
        app.MapStaticAssets().Add(app.Services.GetRequiredService<PrecompressedAssets>().Apply);
        app.MapRazorComponents<App>().AddInteractiveServerRenderMode();
        app.MapCultureSwitch();
        app.MapHealthChecks("/health", new HealthCheckOptions { ResponseWriter = WriteHealthAsync }).AllowAnonymous();
        return app;
    }

    /// <summary>
    /// A form posted with a missing, expired or tampered antiforgery token answers 400 with no body, so the localised
    /// status page explains it (instead of the framework's English sentence for developers).
    /// </summary>
    private static Task RefuseExpiredFormsAsync(HttpContext context, RequestDelegate next)
    {
        if (context.Features.Get<IAntiforgeryValidationFeature>() is { IsValid: false })
        {
            context.Response.StatusCode = StatusCodes.Status400BadRequest;
            // The status page is re-executed on this same request: as a plain GET, with the failed check forgotten,
            // or it would be refused (and fail) for the very same reason.
            context.Request.Method = HttpMethods.Get;
            context.Features.Set<IAntiforgeryValidationFeature>(null);
            return Task.CompletedTask;
        }
        return next(context);
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
