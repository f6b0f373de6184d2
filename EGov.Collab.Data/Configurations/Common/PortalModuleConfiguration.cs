using EGov.Collab.Domain.Common;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace EGov.Collab.Data.Configurations.Common;

public sealed class PortalModuleConfiguration : IEntityTypeConfiguration<PortalModule>
{
    public void Configure(EntityTypeBuilder<PortalModule> builder)
    {
        builder.ToTable("Modules");
        builder.HasKey(m => m.Key);
        builder.Property(m => m.Key).ValueGeneratedNever();
        builder.HasOne<Organisation>().WithMany().HasForeignKey(m => m.AdministeringOrganisationId).OnDelete(DeleteBehavior.Restrict);
        builder.HasAppManagedVersion();
    }
}
