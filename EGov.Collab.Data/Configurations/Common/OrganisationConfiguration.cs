using EGov.Collab.Domain.Common;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace EGov.Collab.Data.Configurations.Common;

public sealed class OrganisationConfiguration : IEntityTypeConfiguration<Organisation>
{
    public void Configure(EntityTypeBuilder<Organisation> builder)
    {
        builder.ToTable("Organisations");
        builder.HasKey(o => o.Id);
        builder.Property(o => o.Id).ValueGeneratedNever();
        builder.Property(o => o.Name).HasMaxLength(Organisation.NameMaxLength).IsRequired();
        builder.Property(o => o.RegionCode).HasMaxLength(Community.KatottgLength).IsRequired();
        builder.Property(o => o.EdrpouCode).HasMaxLength(Organisation.EdrpouLength);
        builder.Ignore(o => o.Region);
        builder.HasIndex(o => o.Name);
        builder.HasIndex(o => o.EdrpouCode).IsUnique();
        builder.HasAppManagedVersion();
    }
}
