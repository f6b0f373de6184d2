using EGov.Collab.App.Localization;
using EGov.Collab.Domain.Common;
using Microsoft.Extensions.Localization;

namespace EGov.Collab.App.Account;

/// <summary>Turns an <see cref="Error"/> into a sentence in the current language: AccountResource first, then the shared Domain messages.</summary>
public sealed class AccountText(IStringLocalizer<AccountResource> account, IStringLocalizer<SharedResource> shared)
{
    public string Describe(Error error)
    {
        var own = account[error.Code];
        if (!own.ResourceNotFound) return own.Value;
        var common = shared[error.Code];
        return common.ResourceNotFound ? account[AccountErrors.Failed.Code].Value : common.Value;
    }
}
