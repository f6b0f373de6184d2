namespace EGov.Collab.Data.Common;

/// <summary>Portal-wide Identity roles. Module roles are <see cref="EGov.Collab.Domain.Common.ModuleRoleGrant"/> rows.</summary>
public static class PortalRoles
{
    public const string Administrator = "Administrator";

    public static readonly IReadOnlyList<string> All = [Administrator];
}
