using EGov.Collab.Domain.Common;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace EGov.Collab.Data.Configurations.Common;

public sealed class CommunityConfiguration : IEntityTypeConfiguration<Community>
{
    public void Configure(EntityTypeBuilder<Community> builder)
    {
        builder.ToTable("Communities");
        builder.HasKey(c => c.Id);
        builder.Property(c => c.Id).ValueGeneratedNever();
        builder.Property(c => c.NameUk).HasMaxLength(Community.NameMaxLength).IsRequired();
        builder.Property(c => c.NameEn).HasMaxLength(Community.NameMaxLength).IsRequired();
        builder.Property(c => c.KatottgCode).HasMaxLength(Community.KatottgLength).IsRequired();
        builder.HasIndex(c => c.KatottgCode).IsUnique();
        builder.HasOne<Community>().WithMany().HasForeignKey(c => c.ParentId).OnDelete(DeleteBehavior.Restrict);
        builder.HasAppManagedVersion();
    }
}
