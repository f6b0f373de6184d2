using System.Security.Claims;
using EGov.Collab.App.Account.TwoFactor;
using EGov.Collab.App.Common;
using EGov.Collab.Data;
using EGov.Collab.Data.Common;
using EGov.Collab.Domain.Common;
using Microsoft.AspNetCore.Identity;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;

namespace EGov.Collab.App.Account;

/// <summary>
/// Puts the member's name and module roles into the sign-in cookie, for the UI to show. Decisions never rest on these
/// claims alone: <see cref="ModuleAccess"/> reads the database. An administrator without an authenticator gets no
/// administrator claim while <see cref="TwoFactorOptions.AdministratorsNeedTwoFactor"/> is on.
/// </summary>
public sealed class MemberClaimsFactory(
    UserManager<Member> users,
    RoleManager<IdentityRole<Guid>> roles,
    IOptions<IdentityOptions> options,
    IOptions<TwoFactorOptions> twoFactor,
    CollabDbContext db)
    : UserClaimsPrincipalFactory<Member, IdentityRole<Guid>>(users, roles, options)
{
    protected override async Task<ClaimsIdentity> GenerateClaimsAsync(Member user)
    {
        var identity = await base.GenerateClaimsAsync(user);
        if (twoFactor.Value.AdministratorsNeedTwoFactor && !user.TwoFactorEnabled
            && identity.FindFirst(c => c.Type == identity.RoleClaimType && c.Value == PortalRoles.Administrator) is { } administrator)
        {
            identity.RemoveClaim(administrator);
            identity.AddClaim(new Claim(TwoFactorClaims.AdministratorPending, "true"));
        }
        identity.AddClaim(new Claim(MemberClaims.FullName, user.FullName));
        var grants = await db.ModuleRoleGrants.AsNoTracking().Where(g => g.MemberId == user.Id).ToListAsync();
        foreach (var grant in grants)
            identity.AddClaim(new Claim(ModulePermissions.ClaimType, grant.ClaimValue));
        return identity;
    }
}
