using EGov.Collab.Data.Common;
using EGov.Collab.Domain.Common;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace EGov.Collab.Data.Configurations.Common;

public sealed class MemberConfiguration : IEntityTypeConfiguration<Member>
{
    public void Configure(EntityTypeBuilder<Member> builder)
    {
        builder.Property(m => m.FullName).HasMaxLength(MemberProfile.FullNameMaxLength).IsRequired();
        builder.Property(m => m.Position).HasMaxLength(MemberProfile.PositionMaxLength);
        builder.Property(m => m.RegionCode).HasMaxLength(Community.KatottgLength);
        builder.Property(m => m.PreferredCulture).HasMaxLength(10).IsRequired();
        builder.Ignore(m => m.Initials);
        builder.HasOne<Organisation>().WithMany().HasForeignKey(m => m.OrganisationId).OnDelete(DeleteBehavior.SetNull);
        builder.HasIndex(m => m.FullName);
    }
}
