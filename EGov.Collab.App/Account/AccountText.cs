using EGov.Collab.App.Localization;
using EGov.Collab.Domain.Common;
using Microsoft.Extensions.Localization;

namespace EGov.Collab.App.Account;

/// <summary>Turns an <see cref="Error"/> into a sentence in the current language: AccountResource first, then the shared Domain messages.</summary>
public sealed class AccountText(IStringLocalizer<AccountResource> account, IStringLocalizer<SharedResource> shared)
{
    public string Describe(Error error)
    {
        ArgumentNullException.ThrowIfNull(error);
        return ErrorTexts.Find(account, shared, error.Code) ?? account[AccountErrors.Failed.Code].Value;
    }
}
