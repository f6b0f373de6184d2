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

public sealed class DraftLogBatchConfiguration : IEntityTypeConfiguration<DraftLogBatch>
{
    public void Configure(EntityTypeBuilder<DraftLogBatch> builder)
    {
        builder.ToTable("DraftLogBatches");
        builder.HasKey(e => new { e.DraftId, e.FirstRevision });
        builder.Property(e => e.FirstRevision).ValueGeneratedNever();
        builder.Property(e => e.Changes).IsRequired();
        // Reading from a revision finds the batch that contains it.
        builder.HasIndex(e => new { e.DraftId, e.LastRevision }).IsUnique();
    }
}

public sealed class DraftClientSequenceConfiguration : IEntityTypeConfiguration<DraftClientSequence>
{
    public void Configure(EntityTypeBuilder<DraftClientSequence> builder)
    {
        builder.ToTable("DraftClientSequences");
        builder.HasKey(e => new { e.DraftId, e.ClientId });
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
