using System.Net;
using System.Text.RegularExpressions;
using EGov.Collab.App.Account.TwoFactor;
using EGov.Collab.Tests.Support;

namespace EGov.Collab.Tests.Integration.Account;

/// <summary>
/// Two-factor sign-in through the account forms, as a browser without JavaScript posts them: a member adds an
/// authenticator, then every sign-in asks for its code; recovery codes work once.
/// </summary>
[Collection(SharedPortal.Name)]
public sealed partial class TwoFactorTests(PortalFactory portal)
{
    private const string Password = "a-long-test-passphrase";

    [Fact]
    public async Task Enable_WithTheAppsCode_ThenSignIn_AsksForTheCode_RefusesAWrongOne_AndLetsTheRightOneIn()
    {
        var member = await portal.CreateMemberAsync(Password);
        var key = await EnableAsync(member.Email!);

        using var session = portal.CreateSessionClient();
        using var password = await session.SignInAsync(member.Email!, Password);
        Assert.StartsWith(TwoFactorLinks.SignIn, password.RedirectPath());
        using (var notYet = await session.GetAsync("/Account/Manage"))
            Assert.Equal(HttpStatusCode.Redirect, notYet.StatusCode);

        var codePage = password.RedirectPath()!;
        using var wrong = await session.SubmitFormAsync(codePage, "second-factor", new Dictionary<string, string> { ["Input.Code"] = WrongCode(key) });
        Assert.Equal(HttpStatusCode.OK, wrong.StatusCode);
        Assert.Contains("Код не підходить", await wrong.ReadTextAsync(), StringComparison.Ordinal);

        using var right = await session.SubmitFormAsync(codePage, "second-factor", new Dictionary<string, string> { ["Input.Code"] = Totp.Code(key, DateTimeOffset.UtcNow) });
        Assert.Equal("/", right.RedirectPath());
        using var manage = await session.GetAsync("/Account/Manage");
        Assert.Equal(HttpStatusCode.OK, manage.StatusCode);
    }

    [Fact]
    public async Task Enable_WithAWrongCode_IsRefusedWithAMessage_AndLeavesSignInAsItWas()
    {
        var member = await portal.CreateMemberAsync(Password);
        using var session = portal.CreateSessionClient();
        await session.SignInAsync(member.Email!, Password);
        var key = await KeyAsync(session);

        using var refused = await session.SubmitFormAsync(TwoFactorLinks.Manage, "enable-2fa", new Dictionary<string, string> { ["Input.Code"] = WrongCode(key) });
        Assert.Contains("Код не підходить", await refused.ReadTextAsync(), StringComparison.Ordinal);

        using var again = portal.CreateSessionClient();
        using var signedIn = await again.SignInAsync(member.Email!, Password);
        Assert.Equal("/", signedIn.RedirectPath());
    }

    [Fact]
    public async Task RecoveryCode_SignsInOnce_AndNeverAgain()
    {
        var member = await portal.CreateMemberAsync(Password);
        using var owner = portal.CreateSessionClient();
        await owner.SignInAsync(member.Email!, Password);
        var key = await KeyAsync(owner);
        using var enabled = await owner.SubmitFormAsync(TwoFactorLinks.Manage, "enable-2fa", new Dictionary<string, string> { ["Input.Code"] = Totp.Code(key, DateTimeOffset.UtcNow) });
        var codes = RecoveryCodes().Matches(await enabled.ReadTextAsync()).Select(m => m.Groups["code"].Value).ToList();
        Assert.Equal(AuthenticatorEnrolment.RecoveryCodeCount, codes.Count);

        Assert.Equal("/", await SignInWithRecoveryCodeAsync(member.Email!, codes[0]));
        Assert.NotEqual("/", await SignInWithRecoveryCodeAsync(member.Email!, codes[0]));
    }

    [Fact]
    public async Task CodePage_WithoutThePasswordStep_SendsToTheSignInForm()
    {
        using var stranger = portal.CreateSessionClient();
        using var page = await stranger.GetAsync(TwoFactorLinks.SecondFactor("/", false, recovery: false));
        Assert.Equal("/Account/Login", page.RedirectPath());
    }

    private async Task<string?> SignInWithRecoveryCodeAsync(string email, string code)
    {
        using var session = portal.CreateSessionClient();
        using var password = await session.SignInAsync(email, Password);
        var recovery = TwoFactorLinks.SecondFactor("/", false, recovery: true);
        using var answer = await session.SubmitFormAsync(recovery, "second-factor", new Dictionary<string, string> { ["Input.Code"] = code });
        return answer.RedirectPath();
    }

    /// <summary>Turns the authenticator on for <paramref name="email"/> in a session of its own; answers the key the app holds.</summary>
    private async Task<string> EnableAsync(string email)
    {
        using var session = portal.CreateSessionClient();
        await session.SignInAsync(email, Password);
        var key = await KeyAsync(session);
        using var enabled = await session.SubmitFormAsync(TwoFactorLinks.Manage, "enable-2fa", new Dictionary<string, string> { ["Input.Code"] = Totp.Code(key, DateTimeOffset.UtcNow) });
        Assert.Contains("id=\"recovery-codes\"", await enabled.Content.ReadAsStringAsync(), StringComparison.Ordinal);
        return key;
    }

    internal static async Task<string> KeyAsync(HttpClient session)
    {
        using var page = await session.GetAsync(TwoFactorLinks.Manage);
        var match = SharedKey().Match(await page.Content.ReadAsStringAsync());
        Assert.True(match.Success, "the set-up page shows no key");
        return match.Groups["key"].Value;
    }

    /// <summary>A six-digit code no nearby time step gives (Identity accepts a few steps either side).</summary>
    private static string WrongCode(string key)
    {
        var now = DateTimeOffset.UtcNow;
        var near = Enumerable.Range(-3, 7).Select(step => Totp.Code(key, now.AddSeconds(step * 30))).ToHashSet();
        return Enumerable.Range(0, 1_000_000).Select(n => n.ToString("D6", System.Globalization.CultureInfo.InvariantCulture)).First(c => !near.Contains(c));
    }

    [GeneratedRegex("<kbd id=\"two-factor-key\">(?<key>[a-z2-7 ]+)</kbd>")]
    private static partial Regex SharedKey();

    [GeneratedRegex("<li><code>(?<code>[^<]+)</code></li>")]
    private static partial Regex RecoveryCodes();
}
