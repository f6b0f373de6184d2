using EGov.Collab.Data.Common;
using EGov.Collab.Domain.Learning;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace EGov.Collab.Data.Configurations.Learning;

public sealed class CertificateConfiguration : IEntityTypeConfiguration<Certificate>
{
    public void Configure(EntityTypeBuilder<Certificate> builder)
    {
        builder.ToTable("LearningCertificates");
        builder.HasKey(c => c.Id);
        builder.Property(c => c.Id).ValueGeneratedNever();
        builder.Property(c => c.Number).HasMaxLength(20).IsRequired();
        builder.Property(c => c.Prefix).HasMaxLength(6).IsRequired();
        builder.Property(c => c.Code).HasMaxLength(VerificationCode.Length + 3).IsRequired();
        builder.Property(c => c.HolderName).HasMaxLength(HolderName.MaxLength).IsRequired();
        builder.Property(c => c.HolderNameLatin).HasMaxLength(HolderName.MaxLength * 4).IsRequired();
        builder.Property(c => c.CourseTitle).HasMaxLength(Course.TitleMaxLength).IsRequired();
        builder.Property(c => c.CourseTitleEn).HasMaxLength(Course.TitleMaxLength).IsRequired();
        builder.Property(c => c.Issuer).HasMaxLength(Course.IssuerMaxLength).IsRequired();
        builder.Property(c => c.IssuerEn).HasMaxLength(Course.IssuerMaxLength).IsRequired();
        builder.Property(c => c.Signatories).HasMaxLength(Course.SignatoriesMaxLength).IsRequired();
        builder.Property(c => c.RevocationReason).HasMaxLength(Certificate.RevocationReasonMaxLength);
        builder.Ignore(c => c.IsRevoked);
        builder.HasOne<Member>().WithMany().HasForeignKey(c => c.LearnerId).OnDelete(DeleteBehavior.Restrict);
        builder.HasIndex(c => c.Code).IsUnique();
        builder.HasIndex(c => new { c.Prefix, c.Year, c.Sequence }).IsUnique();
        builder.HasIndex(c => new { c.LearnerId, c.CourseId, c.Kind });
        builder.HasIndex(c => c.CohortId);
        builder.HasAppManagedVersion();
    }
}

public sealed class CertificateBatchConfiguration : IEntityTypeConfiguration<CertificateBatch>
{
    public void Configure(EntityTypeBuilder<CertificateBatch> builder)
    {
        builder.ToTable("LearningCertificateBatches");
        builder.HasKey(b => b.Id);
        builder.Property(b => b.Id).ValueGeneratedNever();
        builder.Property(b => b.Culture).HasMaxLength(10).IsRequired();
        builder.Ignore(b => b.Percent);
        builder.HasOne<Cohort>().WithMany().HasForeignKey(b => b.CohortId).OnDelete(DeleteBehavior.Cascade);
        builder.HasIndex(b => new { b.CohortId, b.RequestedAt });
    }
}
