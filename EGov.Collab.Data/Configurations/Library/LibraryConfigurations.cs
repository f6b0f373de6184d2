using EGov.Collab.Data.Common;
using EGov.Collab.Domain.Common;
using EGov.Collab.Domain.Library;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace EGov.Collab.Data.Configurations.Library;

public sealed class LibraryCollectionConfiguration : IEntityTypeConfiguration<LibraryCollection>
{
    public void Configure(EntityTypeBuilder<LibraryCollection> builder)
    {
        builder.ToTable("LibraryCollections");
        builder.HasKey(c => c.Id);
        builder.Property(c => c.Id).ValueGeneratedNever();
        builder.Property(c => c.Slug).HasMaxLength(LibraryCollection.SlugMaxLength).IsRequired();
        builder.Property(c => c.NameUk).HasMaxLength(LibraryCollection.NameMaxLength).IsRequired();
        builder.Property(c => c.NameEn).HasMaxLength(LibraryCollection.NameMaxLength).IsRequired();
        builder.Property(c => c.DescriptionUk).HasMaxLength(LibraryCollection.DescriptionMaxLength).IsRequired();
        builder.Property(c => c.DescriptionEn).HasMaxLength(LibraryCollection.DescriptionMaxLength).IsRequired();
        builder.HasIndex(c => c.Slug).IsUnique();
    }
}

public sealed class LibraryItemConfiguration : IEntityTypeConfiguration<LibraryItem>
{
    public void Configure(EntityTypeBuilder<LibraryItem> builder)
    {
        builder.ToTable("LibraryItems");
        builder.HasKey(i => i.Id);
        builder.Property(i => i.Id).ValueGeneratedNever();
        builder.Property(i => i.TitleUk).HasMaxLength(LibraryMetadata.TitleMaxLength).IsRequired();
        builder.Property(i => i.TitleEn).HasMaxLength(LibraryMetadata.TitleMaxLength).IsRequired();
        builder.Property(i => i.AlternativeTitle).HasMaxLength(LibraryMetadata.TitleMaxLength).IsRequired();
        builder.Property(i => i.AbstractUk).HasMaxLength(LibraryMetadata.AbstractMaxLength).IsRequired();
        builder.Property(i => i.AbstractEn).HasMaxLength(LibraryMetadata.AbstractMaxLength).IsRequired();
        builder.Property(i => i.Publisher).HasMaxLength(LibraryMetadata.NameMaxLength).IsRequired();
        builder.Property(i => i.Language).HasMaxLength(2).IsRequired();
        builder.Property(i => i.Relation).HasMaxLength(LibraryMetadata.RelationMaxLength).IsRequired();
        builder.Property(i => i.LicenceUri).HasMaxLength(100).IsRequired();
        builder.Property(i => i.Comment).HasMaxLength(LibraryItem.CommentMaxLength);
        builder.Ignore(i => i.PersistentId);
        builder.Ignore(i => i.HasBeenPublished);
        builder.Ignore(i => i.CurrentFile);
        builder.Ignore(i => i.Creators);
        builder.Ignore(i => i.Contributors);
        builder.Ignore(i => i.SubjectValues);
        builder.HasMany(i => i.Agents).WithOne().HasForeignKey(a => a.ItemId).OnDelete(DeleteBehavior.Cascade);
        builder.HasMany(i => i.Subjects).WithOne().HasForeignKey(s => s.ItemId).OnDelete(DeleteBehavior.Cascade);
        builder.HasMany(i => i.Files).WithOne().HasForeignKey(f => f.ItemId).OnDelete(DeleteBehavior.Cascade);
        builder.Navigation(i => i.Agents).UsePropertyAccessMode(PropertyAccessMode.Field);
        builder.Navigation(i => i.Subjects).UsePropertyAccessMode(PropertyAccessMode.Field);
        builder.Navigation(i => i.Files).UsePropertyAccessMode(PropertyAccessMode.Field);
        builder.HasOne<LibraryCollection>().WithMany().HasForeignKey(i => i.CollectionId).OnDelete(DeleteBehavior.Restrict);
        builder.HasOne<Member>().WithMany().HasForeignKey(i => i.SubmitterId).OnDelete(DeleteBehavior.Restrict);
        builder.HasOne<Community>().WithMany().HasForeignKey(i => i.CoverageCommunityId).OnDelete(DeleteBehavior.SetNull);
        // The persistent identifier is unique for ever; items not yet accepted have none (NULLs do not collide).
        builder.HasIndex(i => new { i.IdentifierYear, i.IdentifierNumber }).IsUnique();
        builder.HasIndex(i => new { i.Status, i.PublishedAt });
        builder.HasIndex(i => i.UpdatedAt);
        builder.HasIndex(i => new { i.SubmitterId, i.SubmittedAt });
        builder.HasAppManagedVersion();
    }
}

public sealed class LibraryAgentConfiguration : IEntityTypeConfiguration<LibraryAgent>
{
    public void Configure(EntityTypeBuilder<LibraryAgent> builder)
    {
        builder.ToTable("LibraryAgents");
        builder.HasKey(a => a.Id);
        builder.Property(a => a.Id).ValueGeneratedNever();
        builder.Property(a => a.Name).HasMaxLength(LibraryMetadata.NameMaxLength).IsRequired();
        builder.HasIndex(a => new { a.ItemId, a.Position });
        builder.HasIndex(a => a.Name);
    }
}

public sealed class LibrarySubjectConfiguration : IEntityTypeConfiguration<LibrarySubject>
{
    public void Configure(EntityTypeBuilder<LibrarySubject> builder)
    {
        builder.ToTable("LibrarySubjects");
        builder.HasKey(s => s.Id);
        builder.Property(s => s.Id).ValueGeneratedNever();
        builder.Property(s => s.Value).HasMaxLength(LibraryMetadata.SubjectMaxLength).IsRequired();
        builder.HasIndex(s => new { s.ItemId, s.Position });
        builder.HasIndex(s => s.Value);
    }
}

public sealed class LibraryFileConfiguration : IEntityTypeConfiguration<LibraryFile>
{
    public void Configure(EntityTypeBuilder<LibraryFile> builder)
    {
        builder.ToTable("LibraryFiles");
        builder.HasKey(f => f.Id);
        builder.Property(f => f.Id).ValueGeneratedNever();
        builder.Property(f => f.FileName).HasMaxLength(LibraryFile.FileNameMaxLength).IsRequired();
        builder.HasIndex(f => new { f.ItemId, f.Number }).IsUnique();
        builder.HasIndex(f => f.DocumentId);
    }
}

public sealed class LibraryUsageEventConfiguration : IEntityTypeConfiguration<LibraryUsageEvent>
{
    public void Configure(EntityTypeBuilder<LibraryUsageEvent> builder)
    {
        builder.ToTable("LibraryUsageEvents");
        builder.HasKey(e => e.Id);
        builder.Property(e => e.Id).ValueGeneratedNever();
        builder.Property(e => e.VisitorKey).HasMaxLength(LibraryUsageEvent.VisitorKeyLength).IsRequired();
        builder.HasOne<LibraryItem>().WithMany().HasForeignKey(e => e.ItemId).OnDelete(DeleteBehavior.Cascade);
        builder.HasIndex(e => new { e.ItemId, e.Kind, e.VisitorKey, e.At });
        builder.HasIndex(e => new { e.ItemId, e.At });
    }
}
