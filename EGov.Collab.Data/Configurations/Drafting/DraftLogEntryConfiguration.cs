using EGov.Collab.Data.Drafting;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace EGov.Collab.Data.Configurations.Drafting;

public sealed class DraftLogEntryConfiguration : IEntityTypeConfiguration<DraftLogEntry>
{
    public void Configure(EntityTypeBuilder<DraftLogEntry> builder)
    {
        builder.ToTable("DraftLog");
        builder.HasKey(e => new { e.DraftId, e.Revision });
        builder.Property(e => e.Revision).ValueGeneratedNever();
        builder.Property(e => e.Operations).IsRequired();
        builder.HasIndex(e => new { e.DraftId, e.ClientId, e.ClientSequence }).IsUnique();
    }
}

public sealed class DraftSnapshotConfiguration : IEntityTypeConfiguration<DraftSnapshot>
{
    public void Configure(EntityTypeBuilder<DraftSnapshot> builder)
    {
        builder.ToTable("DraftSnapshots");
        builder.HasKey(e => new { e.DraftId, e.Revision });
        builder.Property(e => e.Revision).ValueGeneratedNever();
        builder.Property(e => e.Document).IsRequired();
    }
}
