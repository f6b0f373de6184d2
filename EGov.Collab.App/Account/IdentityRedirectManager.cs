using EGov.Collab.App.Common;
using Microsoft.AspNetCore.Components;

namespace EGov.Collab.App.Account;

/// <summary>Redirects from the server-rendered account pages, with an optional <see cref="StatusNotice"/> for the next page.</summary>
internal sealed class IdentityRedirectManager(NavigationManager navigationManager)
{
    public const string StatusCookieName = "Identity.StatusMessage";

    private static readonly CookieBuilder StatusCookieBuilder = new()
    {
        SameSite = SameSiteMode.Strict,
        HttpOnly = true,
        IsEssential = true,
        MaxAge = TimeSpan.FromSeconds(5),
    };

    /// <summary>Goes to a path on this site; anything else (another host, "//evil", "javascript:") goes home.</summary>
    public void RedirectTo(string? uri) => navigationManager.NavigateTo(LocalUrl.OrHome(uri));

    public void RedirectTo(string uri, Dictionary<string, object?> queryParameters)
    {
        var path = navigationManager.ToAbsoluteUri(uri).GetLeftPart(UriPartial.Path);
        var withQuery = navigationManager.GetUriWithQueryParameters(path, queryParameters);
        RedirectTo("/" + navigationManager.ToBaseRelativePath(withQuery));
    }

    public void RedirectToWithStatus(string uri, StatusNotice notice, HttpContext context)
    {
        context.Response.Cookies.Append(StatusCookieName, notice.ToCookie(), StatusCookieBuilder.Build(context));
        RedirectTo(uri);
    }

    private string CurrentPath => "/" + navigationManager.ToBaseRelativePath(navigationManager.ToAbsoluteUri(navigationManager.Uri).GetLeftPart(UriPartial.Path));

    public void RedirectToCurrentPageWithStatus(StatusNotice notice, HttpContext context) =>
        RedirectToWithStatus(CurrentPath, notice, context);

    /// <summary>The sign-in cookie names a member who no longer exists (deleted in another window).</summary>
    public void RedirectToInvalidUser() => RedirectTo("/Account/InvalidUser");
}
