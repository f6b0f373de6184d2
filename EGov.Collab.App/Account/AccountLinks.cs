using Microsoft.AspNetCore.Components;
using Microsoft.AspNetCore.WebUtilities;

namespace EGov.Collab.App.Account;

/// <summary>
/// Absolute links for account mails. Outside Development they are built on Portal:PublicUrl when it is set, so a forged
/// Host header cannot turn a password-reset mail into a link to someone else's site.
/// </summary>
public sealed class AccountLinks(NavigationManager navigation, IConfiguration configuration, IHostEnvironment environment)
{
    public string ConfirmEmail(Guid memberId, string token) =>
        Build("Account/ConfirmEmail", new() { ["userId"] = memberId.ToString(), ["code"] = IdentityTokens.Encode(token) });

    public string ConfirmEmailChange(Guid memberId, string newEmail, string token) =>
        Build("Account/ConfirmEmailChange", new() { ["userId"] = memberId.ToString(), ["email"] = newEmail, ["code"] = IdentityTokens.Encode(token) });

    public string ResetPassword(string email, string token) =>
        Build("Account/ResetPassword", new() { ["email"] = email, ["code"] = IdentityTokens.Encode(token) });

    private string Build(string path, Dictionary<string, string?> query) => QueryHelpers.AddQueryString(BaseUri + path, query);

    private string BaseUri
    {
        get
        {
            var configured = configuration["Portal:PublicUrl"];
            if (environment.IsDevelopment() || string.IsNullOrWhiteSpace(configured)) return navigation.BaseUri;
            return configured.EndsWith('/') ? configured : configured + "/";
        }
    }
}
