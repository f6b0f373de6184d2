namespace EGov.Collab.App.Account.TwoFactor;

/// <summary><c>Account:*</c>: whether a portal administrator must sign in with a second factor (on unless configured off).</summary>
public sealed class TwoFactorOptions
{
    public const string Section = "Account";

    /// <summary>
    /// On: an administrator's rights apply only once the account has an authenticator (so every sign-in asks for its code);
    /// until then the member is an ordinary member with a prompt to set one up. Development turns it off for the demo.
    /// </summary>
    public bool AdministratorsNeedTwoFactor { get; set; } = true;
}
