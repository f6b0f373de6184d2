using EGov.Collab.App.Common;
using Microsoft.AspNetCore.WebUtilities;

namespace EGov.Collab.App.Account;

/// <summary>
/// Absolute links for account mails, built on <see cref="PublicLinks"/> so a forged Host header cannot turn a
/// password-reset mail into a link to someone else's site.
/// </summary>
public sealed class AccountLinks(PublicLinks links)
{
    public string ConfirmEmail(Guid memberId, string token) =>
        Build("Account/ConfirmEmail", new() { ["userId"] = memberId.ToString(), ["code"] = IdentityTokens.Encode(token) });

    public string ConfirmEmailChange(Guid memberId, string newEmail, string token) =>
        Build("Account/ConfirmEmailChange", new() { ["userId"] = memberId.ToString(), ["email"] = newEmail, ["code"] = IdentityTokens.Encode(token) });

    public string ResetPassword(string email, string token) =>
        Build("Account/ResetPassword", new() { ["email"] = email, ["code"] = IdentityTokens.Encode(token) });

    private string Build(string path, Dictionary<string, string?> query) => QueryHelpers.AddQueryString(links.Absolute(path), query);
}
