using System.Security.Cryptography;

namespace EGov.Collab.App.Shell;

/// <summary>
/// Response headers every page carries. The Content-Security-Policy keeps what Blazor Server and MudBlazor need
/// (scripts and the circuit's websocket from this origin, inline style attributes, the import map by a per-request
/// nonce) and nothing more: no inline or foreign scripts, no plug-ins, no framing, forms post only to the portal.
/// JSON-LD blocks (<c>script type="application/ld+json"</c>) are data, not scripts, and need no exception.
/// Frames only from the portal itself (the library's inline PDF viewer) and the two video players lessons embed
/// (YouTube's privacy-enhanced host and Vimeo's player). No page may be framed, not even by the portal: only a response
/// that asks for it (<see cref="AllowSameOriginFraming"/>, a document shown inline) may be framed by the portal's own pages.
/// </summary>
public static class SecurityHeaders
{
    private const string NonceKey = "egov.csp-nonce";
    private const string FramableKey = "egov.framable";

    /// <summary>The nonce of this response's policy, for the one inline script Blazor renders (the import map).</summary>
    public static string? Nonce(HttpContext? context) => context?.Items[NonceKey] as string;

    /// <summary>Lets the portal's own pages (and nobody else) frame this response: a document its page shows inline.</summary>
    public static void AllowSameOriginFraming(HttpContext context) => context.Items[FramableKey] = true;

    public static string Policy(string nonce, bool framable = false) =>
        "default-src 'self'; " +
        $"script-src 'self' 'nonce-{nonce}'; " +
        "style-src 'self' 'unsafe-inline'; " +
        "img-src 'self' data: blob:; " +
        "font-src 'self' data:; " +
        "connect-src 'self'; " +
        "media-src 'self'; " +
        "frame-src 'self' https://www.youtube-nocookie.com https://player.vimeo.com; " +
        "worker-src 'self' blob:; " +
        "object-src 'none'; " +
        "base-uri 'self'; " +
        "form-action 'self'; " +
        (framable ? "frame-ancestors 'self'" : "frame-ancestors 'none'");

    public static IApplicationBuilder UseSecurityHeaders(this IApplicationBuilder app) => app.Use(async (context, next) =>
    {
        // Hex, not base64: a "+" would be HTML-encoded in the attribute and the nonce would then differ from the header.
        var nonce = Convert.ToHexStringLower(RandomNumberGenerator.GetBytes(16));
        context.Items[NonceKey] = nonce;
        context.Response.OnStarting(() =>
        {
            var headers = context.Response.Headers;
            headers.XContentTypeOptions = "nosniff";
            headers["Referrer-Policy"] = "strict-origin-when-cross-origin";
            var framable = context.Items.ContainsKey(FramableKey);
            headers.XFrameOptions = framable ? "SAMEORIGIN" : "DENY";
            headers["Permissions-Policy"] = "camera=(), microphone=(), geolocation=(), payment=()";
            headers["Cross-Origin-Opener-Policy"] = "same-origin";
            // The Hangfire dashboard (administrators only) renders inline scripts of its own.
            if (!context.Request.Path.StartsWithSegments("/hangfire", StringComparison.OrdinalIgnoreCase))
                headers.ContentSecurityPolicy = Policy(nonce, framable);
            else
                headers.ContentSecurityPolicy = "object-src 'none'; base-uri 'self'; form-action 'self'; frame-ancestors 'none'";
            return Task.CompletedTask;
        });
        await next(context);
    });
}
