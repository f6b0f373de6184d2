using System.ComponentModel.DataAnnotations;
using EGov.Collab.Domain.Common;
using Microsoft.AspNetCore.Identity;

namespace EGov.Collab.App.Account;

/// <summary>
/// Refusals of the account pages. Codes starting with "Account." live in AccountResource; the Domain's codes
/// (Validation.*, Password.*, Organisation.*) in SharedResource.
/// </summary>
public static class AccountErrors
{
    public const int EmailMaxLength = 256;

    public static Error DuplicateEmail(string field) => new("Account.DuplicateEmail", field);

    /// <summary>For a signed-in member changing their address: the address belongs to another account.</summary>
    public static Error EmailInUse(string field) => new("Account.EmailInUse", field);

    public static Error InvalidEmail(string field) => new("Account.InvalidEmail", field);

    public static Error PasswordsDiffer(string field) => new("Account.PasswordsDiffer", field);

    public static Error WrongPassword(string field) => new("Account.WrongPassword", field);

    public static Error LockedOut(string field) => new("Account.LockedOut", field);

    public static Error OrganisationListed(string field) => new("Account.OrganisationListed", field);

    public static Error WrongTwoFactorCode(string field) => new("Account.WrongTwoFactorCode", field);

    public static readonly Error InvalidToken = new("Account.InvalidToken");

    public static readonly Error Failed = new("Account.Failed");

    public static readonly Error MailFailed = new("Account.MailFailed");

    public static readonly Error EmailUnchanged = new("Account.EmailUnchanged", "NewEmail");

    /// <summary>Required, well-formed, not too long; null when fine.</summary>
    public static Error? CheckEmail(string? email, string field)
    {
        var value = (email ?? "").Trim();
        if (value.Length == 0) return CommonErrors.Required(field);
        if (value.Length > EmailMaxLength || !new EmailAddressAttribute().IsValid(value) || value.Any(char.IsWhiteSpace))
            return InvalidEmail(field);
        return null;
    }

    /// <summary>Identity's errors as ours, each beside the input it concerns. Duplicates (Identity repeats itself for user name and email) are dropped.</summary>
    public static IReadOnlyList<Error> FromIdentity(IEnumerable<IdentityError> errors, string emailField, string passwordField) =>
        errors.Select(e => FromIdentity(e, emailField, passwordField)).Distinct().ToList();

    private static Error FromIdentity(IdentityError error, string emailField, string passwordField) => error.Code switch
    {
        "DuplicateEmail" or "DuplicateUserName" => DuplicateEmail(emailField),
        "InvalidEmail" or "InvalidUserName" => InvalidEmail(emailField),
        "PasswordTooShort" => new Error("Password.TooShort", passwordField),
        "PasswordMismatch" => WrongPassword(passwordField),
        "InvalidToken" => InvalidToken,
        "ConcurrencyFailure" => CommonErrors.ConcurrentChange,
        _ when error.Code.StartsWith("Password.", StringComparison.Ordinal) => new Error(error.Code, passwordField),
        _ => Failed,
    };
}
