using EGov.Collab.Data.Common;
using EGov.Collab.Domain.Common;
using EGov.Collab.Domain.Contest;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace EGov.Collab.Data.Configurations.Contest;

public sealed class ContestEditionConfiguration : IEntityTypeConfiguration<ContestEdition>
{
    public void Configure(EntityTypeBuilder<ContestEdition> builder)
    {
        builder.ToTable("ContestEditions");
        builder.HasKey(e => e.Id);
        builder.Property(e => e.Id).ValueGeneratedNever();
        builder.Property(e => e.Title).HasMaxLength(ContestEdition.TitleMaxLength);
        builder.HasIndex(e => e.Year).IsUnique();
    }
}

public sealed class NominationConfiguration : IEntityTypeConfiguration<Nomination>
{
    public void Configure(EntityTypeBuilder<Nomination> builder)
    {
        builder.ToTable("ContestNominations");
        builder.HasKey(n => n.Id);
        builder.Property(n => n.Id).ValueGeneratedNever();
        builder.Property(n => n.Title).HasMaxLength(Nomination.TitleMaxLength);
        builder.Property(n => n.Description).HasMaxLength(Nomination.DescriptionMaxLength);
        builder.Ignore(n => n.Schedule);
        builder.Ignore(n => n.JuryOptions);
        builder.Ignore(n => n.IsScoringLocked);
        builder.HasAppManagedVersion();
        builder.HasOne<ContestEdition>().WithMany().HasForeignKey(n => n.EditionId).OnDelete(DeleteBehavior.Cascade);
        builder.HasIndex(n => new { n.EditionId, n.Order });
    }
}

public sealed class CriterionConfiguration : IEntityTypeConfiguration<Criterion>
{
    public void Configure(EntityTypeBuilder<Criterion> builder)
    {
        builder.ToTable("ContestCriteria");
        builder.HasKey(c => c.Id);
        builder.Property(c => c.Id).ValueGeneratedNever();
        builder.Property(c => c.Name).HasMaxLength(Criterion.NameMaxLength);
        builder.Property(c => c.Description).HasMaxLength(Criterion.DescriptionMaxLength);
        builder.Ignore(c => c.Spec);
        builder.HasOne<Nomination>().WithMany().HasForeignKey(c => c.NominationId).OnDelete(DeleteBehavior.Cascade);
    }
}

public sealed class EntryConfiguration : IEntityTypeConfiguration<Entry>
{
    public void Configure(EntityTypeBuilder<Entry> builder)
    {
        builder.ToTable("ContestEntries");
        builder.HasKey(e => e.Id);
        builder.Property(e => e.Id).ValueGeneratedNever();
        builder.Property(e => e.Title).HasMaxLength(EntryForm.TitleMaxLength);
        builder.Property(e => e.Description).HasMaxLength(EntryForm.TextMaxLength);
        builder.Property(e => e.Results).HasMaxLength(EntryForm.TextMaxLength);
        builder.Property(e => e.Costs).HasMaxLength(EntryForm.TextMaxLength);
        builder.Property(e => e.Replication).HasMaxLength(EntryForm.TextMaxLength);
        builder.Property(e => e.Contacts).HasMaxLength(EntryForm.ContactsMaxLength);
        builder.Property(e => e.ScreeningReason).HasMaxLength(Entry.ReasonMaxLength);
        builder.Ignore(e => e.Form);
        builder.Ignore(e => e.Profile);
        builder.HasOne<Nomination>().WithMany().HasForeignKey(e => e.NominationId).OnDelete(DeleteBehavior.Cascade);
        builder.HasOne<Member>().WithMany().HasForeignKey(e => e.ApplicantId).OnDelete(DeleteBehavior.Restrict);
        builder.HasOne<Organisation>().WithMany().HasForeignKey(e => e.OrganisationId).OnDelete(DeleteBehavior.SetNull);
        builder.HasOne<Community>().WithMany().HasForeignKey(e => e.CommunityId).OnDelete(DeleteBehavior.SetNull);
        builder.HasIndex(e => new { e.NominationId, e.Status });
        builder.HasIndex(e => e.IsWinner);
    }
}

public sealed class EntryAttachmentConfiguration : IEntityTypeConfiguration<EntryAttachment>
{
    public void Configure(EntityTypeBuilder<EntryAttachment> builder)
    {
        builder.ToTable("ContestAttachments");
        builder.HasKey(a => a.Id);
        builder.Property(a => a.Id).ValueGeneratedNever();
        builder.Property(a => a.FileName).HasMaxLength(AttachmentRules.FileNameMaxLength);
        builder.Property(a => a.ContentType).HasMaxLength(100);
        builder.Property(a => a.StoredName).HasMaxLength(60);
        builder.HasOne<Entry>().WithMany().HasForeignKey(a => a.EntryId).OnDelete(DeleteBehavior.Cascade);
    }
}

public sealed class PanelMemberConfiguration : IEntityTypeConfiguration<PanelMember>
{
    public void Configure(EntityTypeBuilder<PanelMember> builder)
    {
        builder.ToTable("ContestPanel");
        builder.HasKey(p => p.Id);
        builder.Property(p => p.Id).ValueGeneratedNever();
        builder.Ignore(p => p.Profile);
        builder.HasIndex(p => new { p.NominationId, p.MemberId }).IsUnique();
        builder.HasOne<Nomination>().WithMany().HasForeignKey(p => p.NominationId).OnDelete(DeleteBehavior.Cascade);
        builder.HasOne<Member>().WithMany().HasForeignKey(p => p.MemberId).OnDelete(DeleteBehavior.Cascade);
    }
}

public sealed class ConflictDeclarationConfiguration : IEntityTypeConfiguration<ConflictDeclaration>
{
    public void Configure(EntityTypeBuilder<ConflictDeclaration> builder)
    {
        builder.ToTable("ContestConflicts");
        builder.HasKey(c => c.Id);
        builder.Property(c => c.Id).ValueGeneratedNever();
        builder.Property(c => c.Reason).HasMaxLength(ConflictDeclaration.ReasonMaxLength);
        builder.HasIndex(c => new { c.EntryId, c.JurorId }).IsUnique();
        builder.HasOne<Entry>().WithMany().HasForeignKey(c => c.EntryId).OnDelete(DeleteBehavior.Cascade);
        builder.HasOne<Member>().WithMany().HasForeignKey(c => c.JurorId).OnDelete(DeleteBehavior.Cascade);
    }
}

public sealed class JurorScoreConfiguration : IEntityTypeConfiguration<JurorScore>
{
    public void Configure(EntityTypeBuilder<JurorScore> builder)
    {
        builder.ToTable("ContestScores");
        builder.HasKey(s => s.Id);
        builder.Property(s => s.Id).ValueGeneratedNever();
        builder.HasIndex(s => new { s.EntryId, s.JurorId, s.CriterionId }).IsUnique();
        builder.HasOne<Entry>().WithMany().HasForeignKey(s => s.EntryId).OnDelete(DeleteBehavior.Cascade);
        builder.HasOne<Criterion>().WithMany().HasForeignKey(s => s.CriterionId).OnDelete(DeleteBehavior.Restrict);
        builder.HasOne<Member>().WithMany().HasForeignKey(s => s.JurorId).OnDelete(DeleteBehavior.Restrict);
    }
}

public sealed class ScoreSheetConfiguration : IEntityTypeConfiguration<ScoreSheet>
{
    public void Configure(EntityTypeBuilder<ScoreSheet> builder)
    {
        builder.ToTable("ContestSheets");
        builder.HasKey(s => s.Id);
        builder.Property(s => s.Id).ValueGeneratedNever();
        builder.Property(s => s.Comment).HasMaxLength(ScoreSheet.CommentMaxLength);
        builder.Ignore(s => s.IsSubmitted);
        builder.Ignore(s => s.Values);
        builder.HasIndex(s => new { s.EntryId, s.JurorId }).IsUnique();
        builder.HasOne<Entry>().WithMany().HasForeignKey(s => s.EntryId).OnDelete(DeleteBehavior.Cascade);
        builder.HasOne<Member>().WithMany().HasForeignKey(s => s.JurorId).OnDelete(DeleteBehavior.Restrict);
    }
}

public sealed class ExpertReviewConfiguration : IEntityTypeConfiguration<ExpertReview>
{
    public void Configure(EntityTypeBuilder<ExpertReview> builder)
    {
        builder.ToTable("ContestReviews");
        builder.HasKey(r => r.Id);
        builder.Property(r => r.Id).ValueGeneratedNever();
        builder.Property(r => r.Strengths).HasMaxLength(ExpertReview.TextMaxLength);
        builder.Property(r => r.Weaknesses).HasMaxLength(ExpertReview.TextMaxLength);
        builder.HasIndex(r => new { r.EntryId, r.ExpertId }).IsUnique();
        builder.HasOne<Entry>().WithMany().HasForeignKey(r => r.EntryId).OnDelete(DeleteBehavior.Cascade);
        builder.HasOne<Member>().WithMany().HasForeignKey(r => r.ExpertId).OnDelete(DeleteBehavior.Restrict);
    }
}

public sealed class PublicVoteConfiguration : IEntityTypeConfiguration<PublicVote>
{
    public void Configure(EntityTypeBuilder<PublicVote> builder)
    {
        builder.ToTable("ContestVotes");
        builder.HasKey(v => v.Id);
        builder.Property(v => v.Id).ValueGeneratedNever();
        builder.Property(v => v.RemoteAddress).HasMaxLength(PublicVote.RemoteAddressMaxLength);
        // One vote per member per entry, whatever the UI or a race does.
        builder.HasIndex(v => new { v.MemberId, v.EntryId }).IsUnique();
        builder.HasIndex(v => new { v.NominationId, v.MemberId });
        builder.HasIndex(v => v.CastAt);
        builder.HasOne<Entry>().WithMany().HasForeignKey(v => v.EntryId).OnDelete(DeleteBehavior.Cascade);
        builder.HasOne<Nomination>().WithMany().HasForeignKey(v => v.NominationId).OnDelete(DeleteBehavior.NoAction);
        builder.HasOne<Member>().WithMany().HasForeignKey(v => v.MemberId).OnDelete(DeleteBehavior.Cascade);
    }
}
