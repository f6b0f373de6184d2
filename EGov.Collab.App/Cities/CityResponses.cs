using Microsoft.AspNetCore.Diagnostics;

namespace EGov.Collab.App.Cities;

/// <summary>Answers a refusal with its status code while keeping the page's own message (which says what was wrong).</summary>
public static class CityResponses
{
    /// <summary>Sets the status on a server-rendered response; the portal's status-code pages would otherwise replace the body with a generic one.</summary>
    public static void Refuse(HttpContext? context, int statusCode)
    {
        if (context is null || context.Response.HasStarted) return;
        context.Response.StatusCode = statusCode;
        if (context.Features.Get<IStatusCodePagesFeature>() is { } statusPages) statusPages.Enabled = false;
    }
}
