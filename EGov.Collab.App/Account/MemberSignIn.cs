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
            logger.LogWarning("Sign-in refused: too many failures from one address");
            return SignInOutcome.TooManyFromAddress;
        }

        var outcome = await CheckAsync(name, password, remember);
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
        if (result.IsLockedOut)
        {
            logger.LogWarning("Sign-in refused: account locked out");
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
