namespace EGov.Collab.Domain.Common;

/// <summary>A member holds a role in one module. Unique per (member, module, role).</summary>
public sealed class ModuleRoleGrant
{
    private ModuleRoleGrant()
    {
    }

    public Guid Id { get; private set; }
    public Guid MemberId { get; private set; }
    public ModuleKey Module { get; private set; }
    public ModuleRole Role { get; private set; }
    public DateTimeOffset GrantedAt { get; private set; }
    public Guid? GrantedById { get; private set; }

    public static Result<ModuleRoleGrant> Create(Guid memberId, ModuleKey module, ModuleRole role, Guid? grantedById, DateTimeOffset now)
    {
        if (memberId == Guid.Empty) throw new ArgumentException("A grant needs a member.", nameof(memberId));
        if (!role.IsValidFor(module)) return new Error("Roles.NotInModule", "Role");
        return new ModuleRoleGrant
        {
            Id = Guid.CreateVersion7(),
            MemberId = memberId,
            Module = module,
            Role = role,
            GrantedAt = now,
            GrantedById = grantedById,
        };
    }

    /// <summary>The claim value carried in a member's identity, e.g. "drafting:WorkingGroupChair".</summary>
    public string ClaimValue => ModulePermissions.ClaimValue(Module, Role);
}
