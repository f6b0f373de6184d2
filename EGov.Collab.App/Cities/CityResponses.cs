using EGov.Collab.App.Shell;

namespace EGov.Collab.App.Cities;

/// <summary>Answers "not found" with 404 on a server-rendered request, keeping the sentence that says what was not found.</summary>
public static class CityResponses
{
    /// <summary>
    /// The portal's status-code pages re-execute a 404 into the shared not-found page; <paramref name="detail"/> travels
    /// with the request so that page says which code was wrong. Interactive renders have no HttpContext and show the
    /// cabinet's own message instead.
    /// </summary>
    public static void NotFound(HttpContext? context, string detail)
    {
        if (context is null || context.Response.HasStarted) return;
        context.Items[NotFoundPage.DetailKey] = detail;
        context.Response.StatusCode = StatusCodes.Status404NotFound;
    }
}
