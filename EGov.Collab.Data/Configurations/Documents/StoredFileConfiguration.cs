using EGov.Collab.Domain.Common.Documents;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace EGov.Collab.Data.Configurations.Documents;

public sealed class StoredFileConfiguration : IEntityTypeConfiguration<StoredFile>
{
    public void Configure(EntityTypeBuilder<StoredFile> builder)
    {
        builder.ToTable("StoredFiles");
        builder.HasKey(f => f.Id);
        builder.Property(f => f.Id).ValueGeneratedNever();
        builder.Property(f => f.Sha256).HasMaxLength(StoredFile.Sha256Length).IsRequired();
        builder.HasIndex(f => f.Sha256).IsUnique();
        builder.Property(f => f.FileName).HasMaxLength(StoredFile.FileNameMaxLength).IsRequired();
        builder.Property(f => f.ExtractionNote).HasMaxLength(StoredFile.NoteMaxLength);
        builder.HasIndex(f => f.Extraction);
    }
}

public sealed class StoredFilePageConfiguration : IEntityTypeConfiguration<StoredFilePage>
{
    public void Configure(EntityTypeBuilder<StoredFilePage> builder)
    {
        builder.ToTable("StoredFilePages");
        builder.HasKey(p => new { p.FileId, p.Number });
        builder.Property(p => p.Text).HasMaxLength(StoredFilePage.TextMaxLength).IsRequired();
        builder.HasOne<StoredFile>().WithMany().HasForeignKey(p => p.FileId).OnDelete(DeleteBehavior.Cascade);
    }
}
