using System.Globalization;
using System.Security.Claims;
using Microsoft.AspNetCore.Components;
using Microsoft.AspNetCore.Components.Authorization;

namespace EGov.Collab.App.Common;

/// <summary>What every module's components share: the acting user, the reader's culture and Kyiv-time formatting.</summary>
public abstract class PortalComponentBase : ComponentBase
{
    [CascadingParameter]
    private Task<AuthenticationState>? AuthenticationState { get; set; }

    protected static CultureInfo Culture => CultureInfo.CurrentCulture;

    /// <summary>The signed-in member, or an anonymous principal for a visitor.</summary>
    protected async Task<ClaimsPrincipal> UserAsync() =>
        AuthenticationState is null ? new ClaimsPrincipal(new ClaimsIdentity()) : (await AuthenticationState).User;

    /// <summary>A moment in Kyiv time, short date and time in the reader's language.</summary>
    protected static string Time(DateTimeOffset instant) => PortalTime.ToKyiv(instant).ToString("g", Culture);
}
