using EGov.Collab.Domain.Contest;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace EGov.Collab.Data.Configurations.Contest;

public sealed class EntryFieldConfiguration : IEntityTypeConfiguration<EntryField>
{
    public void Configure(EntityTypeBuilder<EntryField> builder)
    {
        builder.ToTable("ContestEntryFields");
        builder.HasKey(f => f.Id);
        builder.Property(f => f.Id).ValueGeneratedNever();
        builder.Property(f => f.LabelUk).HasMaxLength(EntryField.LabelMaxLength);
        builder.Property(f => f.LabelEn).HasMaxLength(EntryField.LabelMaxLength);
        builder.Property(f => f.Choices).HasMaxLength(EntryField.ChoicesMaxLength);
        builder.Ignore(f => f.Options);
        builder.Ignore(f => f.Key);
        builder.HasIndex(f => new { f.NominationId, f.Order });
        builder.HasOne<Nomination>().WithMany().HasForeignKey(f => f.NominationId).OnDelete(DeleteBehavior.Cascade);
    }
}

public sealed class EntryAnswerConfiguration : IEntityTypeConfiguration<EntryAnswer>
{
    public void Configure(EntityTypeBuilder<EntryAnswer> builder)
    {
        builder.ToTable("ContestEntryAnswers");
        builder.HasKey(a => a.Id);
        builder.Property(a => a.Id).ValueGeneratedNever();
        builder.Property(a => a.Text).HasMaxLength(EntryField.LongTextMaxLength);
        builder.HasIndex(a => new { a.EntryId, a.FieldId }).IsUnique();
        builder.HasIndex(a => a.FieldId);
        builder.HasOne<Entry>().WithMany().HasForeignKey(a => a.EntryId).OnDelete(DeleteBehavior.Cascade);
        // A field with answers is not removed (ContestErrors.FieldInUse); the nomination's cascade reaches answers through the entries.
        builder.HasOne<EntryField>().WithMany().HasForeignKey(a => a.FieldId).OnDelete(DeleteBehavior.NoAction);
    }
}
