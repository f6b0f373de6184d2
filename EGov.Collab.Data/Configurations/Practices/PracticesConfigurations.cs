using EGov.Collab.Data.Common;
using EGov.Collab.Domain.Common;
using EGov.Collab.Domain.Practices;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace EGov.Collab.Data.Configurations.Practices;

public sealed class PracticeConfiguration : IEntityTypeConfiguration<Practice>
{
    public void Configure(EntityTypeBuilder<Practice> builder)
    {
        builder.ToTable("Practices");
        builder.HasKey(p => p.Id);
        builder.Property(p => p.Id).ValueGeneratedNever();
        builder.Property(p => p.TitleUk).HasMaxLength(PracticeContent.TitleMaxLength).IsRequired();
        builder.Property(p => p.TitleEn).HasMaxLength(PracticeContent.TitleMaxLength).IsRequired();
        foreach (var text in new[]
                 {
                     nameof(Practice.ProblemUk), nameof(Practice.ProblemEn), nameof(Practice.SolutionUk), nameof(Practice.SolutionEn),
                     nameof(Practice.ImplementationUk), nameof(Practice.ImplementationEn), nameof(Practice.ResourcesUk), nameof(Practice.ResourcesEn),
                     nameof(Practice.LessonsUk), nameof(Practice.LessonsEn), nameof(Practice.TransferabilityUk), nameof(Practice.TransferabilityEn),
                 })
            builder.Property<string>(text).HasMaxLength(PracticeContent.TextMaxLength).IsRequired();
        builder.Property(p => p.Contacts).HasMaxLength(PracticeContent.ContactsMaxLength).IsRequired();
        builder.Property(p => p.CostUah).HasPrecision(18, 2);
        builder.Property(p => p.JuryScore).HasPrecision(9, 2);
        builder.Property(p => p.RegionCode).HasMaxLength(Community.KatottgLength);
        builder.Property(p => p.ResultsJson).IsRequired();
        builder.Property(p => p.ReadinessCodeList).HasMaxLength(PracticeContent.MaxReadinessCodes * 21).IsRequired();
        builder.Ignore(p => p.Results);
        builder.Ignore(p => p.ReadinessCodes);
        builder.Ignore(p => p.Content);
        builder.Ignore(p => p.IsPublic);
        builder.HasMany(p => p.Concepts).WithOne().HasForeignKey(c => c.PracticeId).OnDelete(DeleteBehavior.Cascade);
        builder.Navigation(p => p.Concepts).UsePropertyAccessMode(PropertyAccessMode.Field);
        builder.HasOne<Member>().WithMany().HasForeignKey(p => p.AuthorId).OnDelete(DeleteBehavior.Restrict);
        builder.HasOne<Community>().WithMany().HasForeignKey(p => p.CommunityId).OnDelete(DeleteBehavior.Restrict);
        builder.HasOne<Organisation>().WithMany().HasForeignKey(p => p.OrganisationId).OnDelete(DeleteBehavior.Restrict);
        builder.HasIndex(p => new { p.Status, p.PublishedAt });
        builder.HasIndex(p => p.ContestEntryId).IsUnique();
        builder.HasIndex(p => p.CommunityId);
    }
}

public sealed class PracticeConceptConfiguration : IEntityTypeConfiguration<PracticeConcept>
{
    public void Configure(EntityTypeBuilder<PracticeConcept> builder)
    {
        builder.ToTable("PracticeConcepts");
        builder.HasKey(c => new { c.PracticeId, c.ConceptId });
        builder.HasOne<Concept>().WithMany().HasForeignKey(c => c.ConceptId).OnDelete(DeleteBehavior.Restrict);
        builder.HasIndex(c => c.ConceptId);
    }
}

public sealed class ConceptConfiguration : IEntityTypeConfiguration<Concept>
{
    public void Configure(EntityTypeBuilder<Concept> builder)
    {
        builder.ToTable("PracticeClassifier");
        builder.HasKey(c => c.Id);
        builder.Property(c => c.Id).ValueGeneratedNever();
        builder.Property(c => c.Notation).HasMaxLength(Concept.NotationMaxLength).IsRequired();
        builder.Property(c => c.LabelUk).HasMaxLength(Concept.LabelMaxLength).IsRequired();
        builder.Property(c => c.LabelEn).HasMaxLength(Concept.LabelMaxLength).IsRequired();
        builder.HasOne<Concept>().WithMany().HasForeignKey(c => c.BroaderId).OnDelete(DeleteBehavior.Restrict);
        builder.HasIndex(c => new { c.Scheme, c.Notation }).IsUnique();
    }
}

public sealed class PracticeReviewConfiguration : IEntityTypeConfiguration<PracticeReview>
{
    public void Configure(EntityTypeBuilder<PracticeReview> builder)
    {
        builder.ToTable("PracticeReviews");
        builder.HasKey(r => r.Id);
        builder.Property(r => r.Id).ValueGeneratedNever();
        builder.Property(r => r.Text).HasMaxLength(PracticeReview.TextMaxLength).IsRequired();
        builder.HasOne<Practice>().WithMany().HasForeignKey(r => r.PracticeId).OnDelete(DeleteBehavior.Cascade);
        builder.HasOne<Member>().WithMany().HasForeignKey(r => r.AuthorId).OnDelete(DeleteBehavior.Restrict);
        builder.HasIndex(r => new { r.PracticeId, r.At });
    }
}

public sealed class ReplicationConfiguration : IEntityTypeConfiguration<Replication>
{
    public void Configure(EntityTypeBuilder<Replication> builder)
    {
        builder.ToTable("PracticeReplications");
        builder.HasKey(r => r.Id);
        builder.Property(r => r.Id).ValueGeneratedNever();
        builder.Property(r => r.NotesUk).HasMaxLength(Replication.NotesMaxLength).IsRequired();
        builder.Property(r => r.NotesEn).HasMaxLength(Replication.NotesMaxLength).IsRequired();
        builder.HasOne<Practice>().WithMany().HasForeignKey(r => r.PracticeId).OnDelete(DeleteBehavior.Cascade);
        builder.HasOne<Community>().WithMany().HasForeignKey(r => r.CommunityId).OnDelete(DeleteBehavior.Restrict);
        builder.HasOne<Organisation>().WithMany().HasForeignKey(r => r.OrganisationId).OnDelete(DeleteBehavior.Restrict);
        builder.HasOne<Member>().WithMany().HasForeignKey(r => r.RecordedBy).OnDelete(DeleteBehavior.Restrict);
        builder.HasIndex(r => new { r.PracticeId, r.CommunityId }).IsUnique();
        builder.HasIndex(r => r.CommunityId);
    }
}

public sealed class PracticeAttachmentConfiguration : IEntityTypeConfiguration<PracticeAttachment>
{
    public void Configure(EntityTypeBuilder<PracticeAttachment> builder)
    {
        builder.ToTable("PracticeAttachments");
        builder.HasKey(a => a.Id);
        builder.Property(a => a.Id).ValueGeneratedNever();
        builder.Property(a => a.FileName).HasMaxLength(PracticeAttachment.FileNameMaxLength).IsRequired();
        builder.HasOne<Practice>().WithMany().HasForeignKey(a => a.PracticeId).OnDelete(DeleteBehavior.Cascade);
        builder.HasIndex(a => new { a.PracticeId, a.DocumentId }).IsUnique();
    }
}
