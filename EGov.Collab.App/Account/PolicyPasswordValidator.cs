using EGov.Collab.Data.Common;
using EGov.Collab.Domain.Common;
using Microsoft.AspNetCore.Identity;

namespace EGov.Collab.App.Account;

/// <summary>Applies the Domain's <see cref="PasswordPolicy"/> (length, not composition) inside Identity.</summary>
public sealed class PolicyPasswordValidator(PortalIdentityErrorDescriber errors) : IPasswordValidator<Member>
{
    public Task<IdentityResult> ValidateAsync(UserManager<Member> manager, Member user, string? password)
    {
        var result = PasswordPolicy.Check(password, user.Email);
        return Task.FromResult(result.IsSuccess ? IdentityResult.Success : IdentityResult.Failed(errors.FromPolicy(result.Error!)));
    }
}
