using EGov.Collab.Domain.Common;
using EGov.Collab.Domain.Drafting;
using EGov.Collab.Domain.Methodology;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace EGov.Collab.Data.Configurations.Methodology;

public sealed class LegalActConfiguration : IEntityTypeConfiguration<LegalAct>
{
    public void Configure(EntityTypeBuilder<LegalAct> builder)
    {
        builder.ToTable("MethodologyActs");
        builder.HasKey(a => a.Id);
        builder.Property(a => a.Id).ValueGeneratedNever();
        builder.Property(a => a.Identifier).HasMaxLength(LegalAct.IdentifierMaxLength).IsRequired();
        builder.Property(a => a.Title).HasMaxLength(LegalAct.TitleMaxLength).IsRequired();
        builder.Property(a => a.Number).HasMaxLength(LegalAct.NumberMaxLength).IsRequired();
        builder.Property(a => a.AdopterName).HasMaxLength(LegalAct.AdopterMaxLength).IsRequired();
        builder.Property(a => a.OfficialUrl).HasMaxLength(LegalAct.UrlMaxLength);
        builder.Property(a => a.TagList).HasMaxLength(LegalAct.TagsMaxLength).IsRequired();
        builder.Ignore(a => a.Tags);
        builder.HasIndex(a => a.Identifier).IsUnique();
        builder.HasIndex(a => a.AdoptedOn);
    }
}

public sealed class ActEditionConfiguration : IEntityTypeConfiguration<ActEdition>
{
    public void Configure(EntityTypeBuilder<ActEdition> builder)
    {
        builder.ToTable("MethodologyActEditions");
        builder.HasKey(e => e.Id);
        builder.Property(e => e.Id).ValueGeneratedNever();
        builder.Property(e => e.Text).HasMaxLength(ActEdition.TextMaxLength).IsRequired();
        builder.Property(e => e.OfficialUrl).HasMaxLength(LegalAct.UrlMaxLength);
        builder.Property(e => e.Note).HasMaxLength(ActEdition.NoteMaxLength).IsRequired();
        builder.HasOne<LegalAct>().WithMany().HasForeignKey(e => e.ActId).OnDelete(DeleteBehavior.Cascade);
        builder.HasIndex(e => new { e.ActId, e.EditionDate });
    }
}

public sealed class ActLinkConfiguration : IEntityTypeConfiguration<ActLink>
{
    public void Configure(EntityTypeBuilder<ActLink> builder)
    {
        builder.ToTable("MethodologyActLinks");
        builder.HasKey(l => l.Id);
        builder.Property(l => l.Id).ValueGeneratedNever();
        builder.HasOne<LegalAct>().WithMany().HasForeignKey(l => l.SourceId).OnDelete(DeleteBehavior.Cascade);
        builder.HasOne<LegalAct>().WithMany().HasForeignKey(l => l.TargetId).OnDelete(DeleteBehavior.Restrict);
        builder.HasIndex(l => new { l.SourceId, l.TargetId, l.Type }).IsUnique();
        builder.HasIndex(l => l.TargetId);
    }
}

public sealed class MethodologyExampleConfiguration : IEntityTypeConfiguration<MethodologyExample>
{
    public void Configure(EntityTypeBuilder<MethodologyExample> builder)
    {
        builder.ToTable("MethodologyExamples");
        builder.HasKey(e => e.Id);
        builder.Property(e => e.Id).ValueGeneratedNever();
        builder.Property(e => e.Title).HasMaxLength(MethodologyExample.TitleMaxLength).IsRequired();
        builder.Property(e => e.Summary).HasMaxLength(MethodologyExample.SummaryMaxLength).IsRequired();
        builder.Property(e => e.Topic).HasMaxLength(MethodologyExample.TopicMaxLength).IsRequired();
        builder.Property(e => e.RegionCode).HasMaxLength(Community.KatottgLength);
        builder.Property(e => e.Url).HasMaxLength(LegalAct.UrlMaxLength);
        builder.HasIndex(e => new { e.Level, e.Year });
        builder.HasIndex(e => e.CommunityId);
    }
}

public sealed class ActCitationConfiguration : IEntityTypeConfiguration<ActCitation>
{
    public void Configure(EntityTypeBuilder<ActCitation> builder)
    {
        builder.ToTable("MethodologyCitations");
        builder.HasKey(c => c.Id);
        builder.Property(c => c.Id).ValueGeneratedNever();
        builder.Property(c => c.SeenState).HasMaxLength(ActCitation.StateMaxLength).IsRequired();
        builder.Ignore(c => c.IsFlagged);
        builder.HasOne<LegalAct>().WithMany().HasForeignKey(c => c.ActId).OnDelete(DeleteBehavior.Cascade);
        builder.HasIndex(c => new { c.Kind, c.CitingId, c.ActId }).IsUnique();
        builder.HasIndex(c => c.ActId);
    }
}

public sealed class MethodologyTemplateConfiguration : IEntityTypeConfiguration<MethodologyTemplate>
{
    public void Configure(EntityTypeBuilder<MethodologyTemplate> builder)
    {
        builder.ToTable("MethodologyTemplates");
        builder.HasKey(t => t.Id);
        builder.Property(t => t.Id).ValueGeneratedNever();
        builder.Property(t => t.Title).HasMaxLength(MethodologyTemplate.TitleMaxLength).IsRequired();
        builder.Property(t => t.Description).HasMaxLength(MethodologyTemplate.DescriptionMaxLength).IsRequired();
        builder.Property(t => t.CurrentVersion).IsConcurrencyToken();
    }
}

public sealed class TemplateVersionConfiguration : IEntityTypeConfiguration<TemplateVersion>
{
    public void Configure(EntityTypeBuilder<TemplateVersion> builder)
    {
        builder.ToTable("MethodologyTemplateVersions");
        builder.HasKey(v => v.Id);
        builder.Property(v => v.Id).ValueGeneratedNever();
        builder.Property(v => v.Structure).HasMaxLength(TemplateVersion.StructureMaxLength).IsRequired();
        builder.HasOne<MethodologyTemplate>().WithMany().HasForeignKey(v => v.TemplateId).OnDelete(DeleteBehavior.Cascade);
        builder.HasIndex(v => new { v.TemplateId, v.Number }).IsUnique();
    }
}

public sealed class TemplateDraftConfiguration : IEntityTypeConfiguration<TemplateDraft>
{
    public void Configure(EntityTypeBuilder<TemplateDraft> builder)
    {
        builder.ToTable("MethodologyTemplateDrafts");
        builder.HasKey(d => d.DraftId);
        builder.Property(d => d.PlaceholderValues).HasMaxLength(TemplateDraft.ValuesMaxLength).IsRequired();
        builder.HasOne<Draft>().WithMany().HasForeignKey(d => d.DraftId).OnDelete(DeleteBehavior.Cascade);
        builder.HasOne<MethodologyTemplate>().WithMany().HasForeignKey(d => d.TemplateId).OnDelete(DeleteBehavior.Restrict);
        builder.HasIndex(d => d.TemplateId);
    }
}
