using EGov.Collab.Domain.Drafting;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace EGov.Collab.Data.Configurations.Drafting;

public sealed class DraftConfiguration : IEntityTypeConfiguration<Draft>
{
    public void Configure(EntityTypeBuilder<Draft> builder)
    {
        builder.ToTable("Drafts");
        builder.HasKey(d => d.Id);
        builder.Property(d => d.Id).ValueGeneratedNever();
        builder.Property(d => d.Title).HasMaxLength(Draft.TitleMaxLength).IsRequired();
        builder.HasOne<WorkingGroup>().WithMany().HasForeignKey(d => d.GroupId).OnDelete(DeleteBehavior.Cascade);
        builder.HasIndex(d => d.ConsultationDeadline);
        builder.HasIndex(d => d.AmendmentDeadline);
    }
}

public sealed class DraftVersionConfiguration : IEntityTypeConfiguration<DraftVersion>
{
    public void Configure(EntityTypeBuilder<DraftVersion> builder)
    {
        builder.ToTable("DraftVersions");
        builder.HasKey(v => v.Id);
        builder.Property(v => v.Id).ValueGeneratedNever();
        builder.Property(v => v.Name).HasMaxLength(DraftVersion.NameMaxLength).IsRequired();
        builder.HasOne<Draft>().WithMany().HasForeignKey(v => v.DraftId).OnDelete(DeleteBehavior.Cascade);
        builder.HasIndex(v => new { v.DraftId, v.Revision });
    }
}

public sealed class DraftCommentConfiguration : IEntityTypeConfiguration<DraftComment>
{
    public void Configure(EntityTypeBuilder<DraftComment> builder)
    {
        builder.ToTable("DraftComments");
        builder.HasKey(c => c.Id);
        builder.Property(c => c.Id).ValueGeneratedNever();
        builder.Property(c => c.Body).HasMaxLength(DraftComment.BodyMaxLength).IsRequired();
        builder.Property(c => c.Quote).HasMaxLength(DraftComment.QuoteMaxLength);
        builder.HasOne<Draft>().WithMany().HasForeignKey(c => c.DraftId).OnDelete(DeleteBehavior.Cascade);
        builder.HasOne<DraftComment>().WithMany().HasForeignKey(c => c.ParentId).OnDelete(DeleteBehavior.Restrict);
        builder.Ignore(c => c.IsResolved);
        builder.HasIndex(c => new { c.DraftId, c.At });
    }
}
