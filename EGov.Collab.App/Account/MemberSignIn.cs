using EGov.Collab.App.Common;
using EGov.Collab.Data.Common;
using Microsoft.AspNetCore.Identity;

namespace EGov.Collab.App.Account;

public enum SignInOutcome
{
    Succeeded,
    WrongCredentials,
    LockedOut,
    EmailNotConfirmed,
    TooManyFromAddress,
    /// <summary>The password was right and the account has an authenticator: the code is asked next.</summary>
    RequiresTwoFactor,
}

/// <summary>Failed sign-ins per client address: past the limit the address is refused before any password is checked.</summary>
public sealed class SignInAddressThrottle(TimeProvider clock) : SlidingWindowThrottle(Limit, TimeSpan.FromMinutes(15), clock)
{
    public new const int Limit = 20;
}

/// <summary>
/// Password sign-in with lockout. Unknown email and wrong password read the same and take the same time (an unknown
/// address still pays for one password hash); "not confirmed" is told only to someone who knows the password, and
/// wrong passwords count towards lockout for unconfirmed accounts too. Failures also count per client address.
/// </summary>
public sealed class MemberSignIn(
    SignInManager<Member> signIn, UserManager<Member> users, SignInAddressThrottle addresses,
    IHttpContextAccessor http, ILogger<MemberSignIn> logger)
{
    // A hash of a random password, verified when the account does not exist so both answers cost one hash.
    private static readonly Lazy<string> DecoyHash = new(() => new PasswordHasher<Member>().HashPassword(new Member(), Guid.NewGuid().ToString()));

    public async Task<SignInOutcome> SignInAsync(string? email, string? password, bool remember)
    {
        var name = (email ?? "").Trim();
        if (name.Length == 0 || string.IsNullOrEmpty(password)) return SignInOutcome.WrongCredentials;
        // Kestrel always knows the peer (the client's address once forwarded headers are applied); only an in-process
        // test host has none, and it is not counted.
        var address = http.HttpContext?.Connection.RemoteIpAddress?.ToString();
        if (address is not null && addresses.IsExhausted(address))
        {
            logger.LogWarning("Sign-in refused: too many failures from {ClientAddress}", address);
            return SignInOutcome.TooManyFromAddress;
        }

        return Counted(address, await CheckAsync(name, password, remember));
    }

    /// <summary>The second step: the code from the member's authenticator app, or one of their recovery codes.</summary>
    public async Task<SignInOutcome> SecondFactorAsync(string? code, bool remember, bool rememberMachine, bool isRecoveryCode)
    {
        var address = http.HttpContext?.Connection.RemoteIpAddress?.ToString();
        if (address is not null && addresses.IsExhausted(address)) return SignInOutcome.TooManyFromAddress;
        if (await signIn.GetTwoFactorAuthenticationUserAsync() is null) return SignInOutcome.WrongCredentials;
        // Recovery codes keep their dash ("XXXXX-XXXXX"); app codes are digits people may group with spaces or dashes.
        var token = isRecoveryCode ? (code ?? "").Replace(" ", "", StringComparison.Ordinal).Trim().ToUpperInvariant() : TwoFactor.AuthenticatorEnrolment.Normalise(code);
        if (token.Length == 0) return SignInOutcome.WrongCredentials;
        var result = isRecoveryCode
            ? await signIn.TwoFactorRecoveryCodeSignInAsync(token)
            : await signIn.TwoFactorAuthenticatorSignInAsync(token, remember, rememberMachine);
        return Counted(address, result.Succeeded ? SignInOutcome.Succeeded : result.IsLockedOut ? SignInOutcome.LockedOut : SignInOutcome.WrongCredentials);
    }

    private SignInOutcome Counted(string? address, SignInOutcome outcome)
    {
        if (address is not null && outcome is SignInOutcome.WrongCredentials or SignInOutcome.LockedOut) addresses.Record(address);
        return outcome;
    }

    private async Task<SignInOutcome> CheckAsync(string name, string password, bool remember)
    {
        var member = await users.FindByNameAsync(name);
        if (member is null)
        {
            users.PasswordHasher.VerifyHashedPassword(new Member(), DecoyHash.Value, password);
            return SignInOutcome.WrongCredentials;
        }

        var result = await signIn.PasswordSignInAsync(member, password, remember, lockoutOnFailure: true);
        if (result.Succeeded) return SignInOutcome.Succeeded;
        if (result.RequiresTwoFactor) return SignInOutcome.RequiresTwoFactor;
        if (result.IsLockedOut)
        {
            logger.LogWarning("Sign-in refused: account {MemberId} locked out", member.Id);
            return SignInOutcome.LockedOut;
        }
        if (!result.IsNotAllowed) return SignInOutcome.WrongCredentials;

        // Identity refuses unconfirmed accounts before it checks the password; check it here so the answer reveals nothing.
        if (await users.IsLockedOutAsync(member)) return SignInOutcome.LockedOut;
        if (await users.CheckPasswordAsync(member, password))
            return await users.IsEmailConfirmedAsync(member) ? SignInOutcome.WrongCredentials : SignInOutcome.EmailNotConfirmed;
        await users.AccessFailedAsync(member);
        return await users.IsLockedOutAsync(member) ? SignInOutcome.LockedOut : SignInOutcome.WrongCredentials;
    }
}
