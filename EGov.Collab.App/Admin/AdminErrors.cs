using EGov.Collab.Domain.Common;

namespace EGov.Collab.App.Admin;

/// <summary>Refusals of the administration services; codes are keys in AdminResource.</summary>
public static class AdminErrors
{
    public static readonly Error LastAdministrator = new("Admin.Members.LastAdministrator");

    public static readonly Error CannotRemoveOwnAdministrator = new("Admin.Members.CannotRemoveSelf");

    public static readonly Error CannotLockSelf = new("Admin.Members.CannotLockSelf");

    public static readonly Error RoleAlreadyGranted = new("Admin.Roles.AlreadyGranted", "Role");

    public static readonly Error EdrpouTaken = new("Admin.Organisations.EdrpouTaken", "EdrpouCode");

    public static readonly Error NotPending = new("Admin.Organisations.NotPending");

    public static readonly Error OrganisationNotApproved = new("Admin.Modules.OrganisationNotApproved", "OrganisationId");

    public static readonly Error MessageNotFound = new("Admin.Outbox.NotFound");

    /// <summary>Identity refused a change for a reason other than a concurrent edit.</summary>
    public static readonly Error IdentityFailed = new("Identity.DefaultError");
}
