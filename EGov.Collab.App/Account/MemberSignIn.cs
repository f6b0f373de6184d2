using EGov.Collab.Data.Common;
using Microsoft.AspNetCore.Identity;

namespace EGov.Collab.App.Account;

public enum SignInOutcome
{
    Succeeded,
    WrongCredentials,
    LockedOut,
    EmailNotConfirmed,
}

/// <summary>
/// Password sign-in with lockout. Unknown email and wrong password read the same; "not confirmed" is told only to
/// someone who knows the password, and wrong passwords count towards lockout for unconfirmed accounts too.
/// </summary>
public sealed class MemberSignIn(SignInManager<Member> signIn, UserManager<Member> users, ILogger<MemberSignIn> logger)
{
    public async Task<SignInOutcome> SignInAsync(string? email, string? password, bool remember)
    {
        var name = (email ?? "").Trim();
        if (name.Length == 0 || string.IsNullOrEmpty(password)) return SignInOutcome.WrongCredentials;

        var result = await signIn.PasswordSignInAsync(name, password, remember, lockoutOnFailure: true);
        if (result.Succeeded) return SignInOutcome.Succeeded;
        if (result.IsLockedOut)
        {
            logger.LogWarning("Sign-in refused: account locked out");
            return SignInOutcome.LockedOut;
        }
        if (!result.IsNotAllowed) return SignInOutcome.WrongCredentials;

        // Identity refuses unconfirmed accounts before it checks the password; check it here so the answer reveals nothing.
        var member = await users.FindByNameAsync(name);
        if (member is null) return SignInOutcome.WrongCredentials;
        if (await users.IsLockedOutAsync(member)) return SignInOutcome.LockedOut;
        if (await users.CheckPasswordAsync(member, password))
            return await users.IsEmailConfirmedAsync(member) ? SignInOutcome.WrongCredentials : SignInOutcome.EmailNotConfirmed;
        await users.AccessFailedAsync(member);
        return await users.IsLockedOutAsync(member) ? SignInOutcome.LockedOut : SignInOutcome.WrongCredentials;
    }
}
