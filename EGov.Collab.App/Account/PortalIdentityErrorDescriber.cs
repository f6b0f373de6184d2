using EGov.Collab.App.Localization;
using EGov.Collab.Domain.Common;
using Microsoft.AspNetCore.Identity;
using Microsoft.Extensions.Localization;

namespace EGov.Collab.App.Account;

/// <summary>Identity's error messages in the member's language.</summary>
public sealed class PortalIdentityErrorDescriber(IStringLocalizer<SharedResource> l) : IdentityErrorDescriber
{
    public IdentityError FromPolicy(Error error) => new() { Code = error.Code, Description = l[error.Code] };

    public override IdentityError DuplicateEmail(string email) => Describe(nameof(DuplicateEmail), email ?? "");

    public override IdentityError DuplicateUserName(string userName) => Describe(nameof(DuplicateEmail), userName ?? "");

    public override IdentityError InvalidEmail(string? email) => Describe(nameof(InvalidEmail), email ?? "");

    public override IdentityError InvalidUserName(string? userName) => Describe(nameof(InvalidEmail), userName ?? "");

    public override IdentityError InvalidToken() => Describe(nameof(InvalidToken));

    public override IdentityError PasswordMismatch() => Describe(nameof(PasswordMismatch));

    public override IdentityError PasswordTooShort(int length) => Describe(nameof(PasswordTooShort), length);

    public override IdentityError ConcurrencyFailure() => Describe(nameof(ConcurrencyFailure));

    public override IdentityError DefaultError() => Describe(nameof(DefaultError));

    public override IdentityError UserLockoutNotEnabled() => Describe(nameof(DefaultError));

    private IdentityError Describe(string code, params object[] arguments) =>
        new() { Code = code, Description = l[$"Identity.{code}", arguments] };
}
