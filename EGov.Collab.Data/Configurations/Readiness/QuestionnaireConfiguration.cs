using EGov.Collab.Data.Common;
using EGov.Collab.Domain.Readiness;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace EGov.Collab.Data.Configurations.Readiness;

public sealed class QuestionnaireConfiguration : IEntityTypeConfiguration<Questionnaire>
{
    public const int IndicatorCodeMaxLength = 40;

    public void Configure(EntityTypeBuilder<Questionnaire> builder)
    {
        builder.ToTable("ReadinessQuestionnaires");
        builder.HasKey(q => q.Id);
        builder.Property(q => q.Id).ValueGeneratedNever();
        builder.Property(q => q.Status).HasConversion<string>().HasMaxLength(20);
        builder.HasIndex(q => new { q.Year, q.BodyId }).IsUnique();
        builder.HasIndex(q => q.RespondentId);
        builder.HasOne<ReadinessBody>().WithMany().HasForeignKey(q => q.BodyId).OnDelete(DeleteBehavior.Restrict);
        builder.HasOne<Member>().WithMany().HasForeignKey(q => q.RespondentId).OnDelete(DeleteBehavior.Restrict);
        builder.Ignore(q => q.IsLocked);
        builder.Ignore(q => q.IsEditable);
        builder.Ignore(q => q.OpenComments);

        builder.OwnsMany(q => q.Answers, answer =>
        {
            answer.ToTable("ReadinessAnswers");
            answer.WithOwner().HasForeignKey("QuestionnaireId");
            answer.HasKey("QuestionnaireId", nameof(QuestionnaireAnswer.IndicatorCode));
            answer.Property(a => a.IndicatorCode).HasMaxLength(IndicatorCodeMaxLength);
            answer.Property(a => a.Value).HasPrecision(9, 4);
            answer.Property(a => a.EvidenceUrl).HasMaxLength(EvidenceLink.MaxLength);
        });
        builder.Navigation(q => q.Answers).UsePropertyAccessMode(PropertyAccessMode.Field);

        builder.OwnsMany(q => q.Comments, comment =>
        {
            comment.ToTable("ReadinessReviewComments");
            comment.WithOwner().HasForeignKey("QuestionnaireId");
            comment.HasKey(c => c.Id);
            comment.Property(c => c.Id).ValueGeneratedNever();
            comment.Property(c => c.IndicatorCode).HasMaxLength(IndicatorCodeMaxLength);
            comment.Property(c => c.Text).HasMaxLength(ReviewComment.TextMaxLength).IsRequired();
        });
        builder.Navigation(q => q.Comments).UsePropertyAccessMode(PropertyAccessMode.Field);
        builder.HasAppManagedVersion();
    }
}
