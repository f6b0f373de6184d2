using EGov.Collab.Domain.Common;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace EGov.Collab.Data.Configurations.Common;

public sealed class AuditEntryConfiguration : IEntityTypeConfiguration<AuditEntry>
{
    public void Configure(EntityTypeBuilder<AuditEntry> builder)
    {
        builder.ToTable("AuditEntries");
        builder.HasKey(a => a.Id);
        builder.Property(a => a.Id).ValueGeneratedNever();
        builder.Property(a => a.Action).HasMaxLength(AuditEntry.ActionMaxLength).IsRequired();
        builder.Property(a => a.Subject).HasMaxLength(AuditEntry.SubjectMaxLength).IsRequired();
        builder.Property(a => a.Before).HasMaxLength(AuditEntry.SummaryMaxLength);
        builder.Property(a => a.After).HasMaxLength(AuditEntry.SummaryMaxLength);
        builder.HasIndex(a => a.At);
        builder.HasIndex(a => new { a.Subject, a.At });
    }
}
