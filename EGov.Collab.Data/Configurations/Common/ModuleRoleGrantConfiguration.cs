using EGov.Collab.Data.Common;
using EGov.Collab.Domain.Common;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace EGov.Collab.Data.Configurations.Common;

public sealed class ModuleRoleGrantConfiguration : IEntityTypeConfiguration<ModuleRoleGrant>
{
    public void Configure(EntityTypeBuilder<ModuleRoleGrant> builder)
    {
        builder.ToTable("ModuleRoleGrants");
        builder.HasKey(g => g.Id);
        builder.Property(g => g.Id).ValueGeneratedNever();
        builder.Ignore(g => g.ClaimValue);
        builder.HasIndex(g => new { g.MemberId, g.Module, g.Role }).IsUnique();
        builder.HasIndex(g => new { g.Module, g.Role });
        builder.HasOne<Member>().WithMany().HasForeignKey(g => g.MemberId).OnDelete(DeleteBehavior.Cascade);
        builder.HasOne<PortalModule>().WithMany().HasForeignKey(g => g.Module).OnDelete(DeleteBehavior.Restrict);
    }
}
