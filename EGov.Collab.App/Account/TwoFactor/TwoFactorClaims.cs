namespace EGov.Collab.App.Account.TwoFactor;

public static class TwoFactorClaims
{
    /// <summary>An administrator whose rights wait for an authenticator (<see cref="TwoFactorOptions.AdministratorsNeedTwoFactor"/>).</summary>
    public const string AdministratorPending = "egov:admin-needs-2fa";
}
