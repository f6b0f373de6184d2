using EGov.Collab.Data.Common;
using EGov.Collab.Domain.Cities;
using EGov.Collab.Domain.Common;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace EGov.Collab.Data.Configurations.Cities;

public sealed class CityProfileConfiguration : IEntityTypeConfiguration<CityProfile>
{
    public void Configure(EntityTypeBuilder<CityProfile> builder)
    {
        builder.ToTable("CityProfiles");
        builder.HasKey(p => p.CommunityId);
        builder.Property(p => p.CommunityId).ValueGeneratedNever();
        builder.Property(p => p.Website).HasMaxLength(CityProfile.WebsiteMaxLength);
        builder.Property(p => p.Email).HasMaxLength(CityProfile.EmailMaxLength);
        builder.Property(p => p.Phone).HasMaxLength(CityProfile.PhoneMaxLength);
        builder.Property(p => p.Address).HasMaxLength(CityProfile.AddressMaxLength);
        builder.Property(p => p.About).HasMaxLength(CityProfile.AboutMaxLength);
        builder.HasOne<Community>().WithOne().HasForeignKey<CityProfile>(p => p.CommunityId).OnDelete(DeleteBehavior.Cascade);
    }
}

public sealed class CityNewsConfiguration : IEntityTypeConfiguration<CityNews>
{
    public void Configure(EntityTypeBuilder<CityNews> builder)
    {
        builder.ToTable("CityNews");
        builder.HasKey(n => n.Id);
        builder.Property(n => n.Id).ValueGeneratedNever();
        builder.Property(n => n.Title).HasMaxLength(CityNews.TitleMaxLength).IsRequired();
        builder.Property(n => n.Body).HasMaxLength(CityNews.BodyMaxLength).IsRequired();
        builder.HasOne<Community>().WithMany().HasForeignKey(n => n.CommunityId).OnDelete(DeleteBehavior.Cascade);
        builder.HasOne<Member>().WithMany().HasForeignKey(n => n.AuthorId).OnDelete(DeleteBehavior.Restrict);
        builder.HasIndex(n => new { n.CommunityId, n.PublishedAt });
        builder.HasIndex(n => n.PublishedAt);
    }
}

public sealed class CityManagerConfiguration : IEntityTypeConfiguration<CityManager>
{
    public void Configure(EntityTypeBuilder<CityManager> builder)
    {
        builder.ToTable("CityManagers");
        builder.HasKey(m => m.Id);
        builder.Property(m => m.Id).ValueGeneratedNever();
        builder.HasOne<Community>().WithMany().HasForeignKey(m => m.CommunityId).OnDelete(DeleteBehavior.Cascade);
        builder.HasOne<Member>().WithMany().HasForeignKey(m => m.MemberId).OnDelete(DeleteBehavior.Cascade);
        builder.HasIndex(m => new { m.CommunityId, m.MemberId }).IsUnique();
        builder.HasIndex(m => m.MemberId);
    }
}

public sealed class CityOrganisationConfiguration : IEntityTypeConfiguration<CityOrganisation>
{
    public void Configure(EntityTypeBuilder<CityOrganisation> builder)
    {
        builder.ToTable("CityOrganisations");
        builder.HasKey(o => new { o.CommunityId, o.OrganisationId });
        builder.HasOne<Community>().WithMany().HasForeignKey(o => o.CommunityId).OnDelete(DeleteBehavior.Cascade);
        builder.HasOne<Organisation>().WithMany().HasForeignKey(o => o.OrganisationId).OnDelete(DeleteBehavior.Cascade);
        builder.HasIndex(o => o.OrganisationId);
    }
}

public sealed class CertifiedStaffConsentConfiguration : IEntityTypeConfiguration<CertifiedStaffConsent>
{
    public void Configure(EntityTypeBuilder<CertifiedStaffConsent> builder)
    {
        builder.ToTable("CityCertifiedStaffConsents");
        builder.HasKey(c => c.MemberId);
        builder.Property(c => c.MemberId).ValueGeneratedNever();
        builder.HasOne<Member>().WithMany().HasForeignKey(c => c.MemberId).OnDelete(DeleteBehavior.Cascade);
    }
}
