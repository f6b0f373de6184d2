using EGov.Collab.Data.Common;
using EGov.Collab.Domain.Common;
using EGov.Collab.Domain.Learning;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace EGov.Collab.Data.Configurations.Learning;

public sealed class CohortConfiguration : IEntityTypeConfiguration<Cohort>
{
    public void Configure(EntityTypeBuilder<Cohort> builder)
    {
        builder.ToTable("LearningCohorts");
        builder.HasKey(c => c.Id);
        builder.Property(c => c.Id).ValueGeneratedNever();
        builder.Property(c => c.Name).HasMaxLength(Cohort.NameMaxLength).IsRequired();
        builder.Property(c => c.RegionCode).HasMaxLength(Community.KatottgLength);
        builder.Ignore(c => c.CertificateKind);
        builder.Ignore(c => c.IsTrainerLed);
        builder.Ignore(c => c.EffectiveClosesAt);
        builder.HasOne<Course>().WithMany().HasForeignKey(c => c.CourseId).OnDelete(DeleteBehavior.Cascade);
        builder.HasOne<Member>().WithMany().HasForeignKey(c => c.TrainerId).OnDelete(DeleteBehavior.SetNull);
        builder.HasIndex(c => c.CourseId);
        builder.HasAppManagedVersion();
    }
}

public sealed class EnrolmentConfiguration : IEntityTypeConfiguration<Enrolment>
{
    public void Configure(EntityTypeBuilder<Enrolment> builder)
    {
        builder.ToTable("LearningEnrolments");
        builder.HasKey(e => e.Id);
        builder.Property(e => e.Id).ValueGeneratedNever();
        builder.HasOne<Cohort>().WithMany().HasForeignKey(e => e.CohortId).OnDelete(DeleteBehavior.Cascade);
        builder.HasOne<Member>().WithMany().HasForeignKey(e => e.LearnerId).OnDelete(DeleteBehavior.Cascade);
        builder.HasIndex(e => new { e.CohortId, e.LearnerId }).IsUnique();
        builder.HasIndex(e => e.LearnerId);
    }
}

public sealed class LessonCompletionConfiguration : IEntityTypeConfiguration<LessonCompletion>
{
    public void Configure(EntityTypeBuilder<LessonCompletion> builder)
    {
        builder.ToTable("LearningLessonCompletions");
        builder.HasKey(c => c.Id);
        builder.Property(c => c.Id).ValueGeneratedNever();
        builder.HasOne<Lesson>().WithMany().HasForeignKey(c => c.LessonId).OnDelete(DeleteBehavior.Cascade);
        builder.HasOne<Member>().WithMany().HasForeignKey(c => c.LearnerId).OnDelete(DeleteBehavior.Cascade);
        builder.HasIndex(c => new { c.LearnerId, c.LessonId }).IsUnique();
    }
}

public sealed class QuizAttemptRecordConfiguration : IEntityTypeConfiguration<QuizAttemptRecord>
{
    public void Configure(EntityTypeBuilder<QuizAttemptRecord> builder)
    {
        builder.ToTable("LearningQuizAttempts");
        builder.HasKey(a => a.Id);
        builder.Property(a => a.Id).ValueGeneratedNever();
        builder.Property(a => a.Percent).HasPrecision(5, 2);
        builder.Property(a => a.QuestionIds).HasMaxLength(QuizAttemptRecord.QuestionIdsMaxLength).IsRequired();
        builder.Ignore(a => a.DrawnQuestionIds);
        builder.HasOne<CourseQuiz>().WithMany().HasForeignKey(a => a.QuizId).OnDelete(DeleteBehavior.Cascade);
        builder.HasOne<Member>().WithMany().HasForeignKey(a => a.LearnerId).OnDelete(DeleteBehavior.Cascade);
        builder.HasIndex(a => new { a.LearnerId, a.QuizId, a.Number }).IsUnique();
    }
}

public sealed class AttendanceMarkConfiguration : IEntityTypeConfiguration<AttendanceMark>
{
    public void Configure(EntityTypeBuilder<AttendanceMark> builder)
    {
        builder.ToTable("LearningAttendance");
        builder.HasKey(a => a.Id);
        builder.Property(a => a.Id).ValueGeneratedNever();
        builder.HasOne<Cohort>().WithMany().HasForeignKey(a => a.CohortId).OnDelete(DeleteBehavior.Cascade);
        builder.HasOne<Member>().WithMany().HasForeignKey(a => a.LearnerId).OnDelete(DeleteBehavior.Cascade);
        builder.HasIndex(a => new { a.CohortId, a.LearnerId, a.Day }).IsUnique();
    }
}
