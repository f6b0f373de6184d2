using EGov.Collab.App.Common;

namespace EGov.Collab.App.Account.TwoFactor;

public static class TwoFactorLinks
{
    public const string Manage = "/Account/Manage/TwoFactor";

    public const string SignIn = "/Account/LoginWith2fa";

    /// <summary>The sign-in's second step, keeping where the member was going (a local path only) and "remember me".</summary>
    public static string SecondFactor(string? returnUrl, bool rememberMe, bool recovery)
    {
        var query = $"?ReturnUrl={Uri.EscapeDataString(LocalUrl.OrHome(returnUrl))}&RememberMe={(rememberMe ? "true" : "false")}";
        return SignIn + query + (recovery ? "&Recovery=true" : "");
    }
}
