using System.Security.Claims;

namespace EGov.Collab.App.Common;

public static class MemberClaims
{
    public const string FullName = "egov:full-name";

    /// <summary>The signed-in member's id, or null for a visitor.</summary>
    public static Guid? MemberId(this ClaimsPrincipal user) =>
        Guid.TryParse(user.FindFirstValue(ClaimTypes.NameIdentifier), out var id) ? id : null;
}
