using EGov.Collab.Domain.Common;
using EGov.Collab.Domain.Readiness;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace EGov.Collab.Data.Configurations.Readiness;

public sealed class ReadinessBodyConfiguration : IEntityTypeConfiguration<ReadinessBody>
{
    public void Configure(EntityTypeBuilder<ReadinessBody> builder)
    {
        builder.ToTable("ReadinessBodies");
        builder.HasKey(b => b.Id);
        builder.Property(b => b.Id).ValueGeneratedNever();
        builder.Property(b => b.NameUk).HasMaxLength(ReadinessBody.NameMaxLength).IsRequired();
        builder.Property(b => b.NameEn).HasMaxLength(ReadinessBody.NameMaxLength).IsRequired();
        builder.Property(b => b.Group).HasConversion<string>().HasMaxLength(40);
        builder.HasOne<Organisation>().WithMany().HasForeignKey(b => b.OrganisationId).OnDelete(DeleteBehavior.Restrict);
        builder.HasOne<Community>().WithMany().HasForeignKey(b => b.CommunityId).OnDelete(DeleteBehavior.Restrict);
        builder.HasIndex(b => b.OrganisationId);
        builder.HasIndex(b => b.CommunityId);
        builder.HasAppManagedVersion();
    }
}
