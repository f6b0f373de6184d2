using System.Text.Json;
using EGov.Collab.Domain.Learning;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.ChangeTracking;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace EGov.Collab.Data.Configurations.Learning;

public sealed class CourseConfiguration : IEntityTypeConfiguration<Course>
{
    public void Configure(EntityTypeBuilder<Course> builder)
    {
        builder.ToTable("LearningCourses");
        builder.HasKey(c => c.Id);
        builder.Property(c => c.Id).ValueGeneratedNever();
        builder.Property(c => c.Title).HasMaxLength(Course.TitleMaxLength).IsRequired();
        builder.Property(c => c.TitleEn).HasMaxLength(Course.TitleMaxLength).IsRequired();
        builder.Property(c => c.Summary).HasMaxLength(Course.SummaryMaxLength).IsRequired();
        builder.Property(c => c.Issuer).HasMaxLength(Course.IssuerMaxLength).IsRequired();
        builder.Property(c => c.IssuerEn).HasMaxLength(Course.IssuerMaxLength).IsRequired();
        builder.Property(c => c.Signatories).HasMaxLength(Course.SignatoriesMaxLength).IsRequired();
        builder.Property(c => c.CertificatePrefix).HasMaxLength(5).IsRequired();
        builder.Ignore(c => c.SignatoryList);
        builder.HasOne<EGov.Collab.Data.Common.Member>().WithMany().HasForeignKey(c => c.AuthorId).OnDelete(DeleteBehavior.SetNull);
        builder.HasIndex(c => c.Title);
    }
}

public sealed class CourseSectionConfiguration : IEntityTypeConfiguration<CourseSection>
{
    public void Configure(EntityTypeBuilder<CourseSection> builder)
    {
        builder.ToTable("LearningSections");
        builder.HasKey(s => s.Id);
        builder.Property(s => s.Id).ValueGeneratedNever();
        builder.Property(s => s.Title).HasMaxLength(CourseSection.TitleMaxLength).IsRequired();
        builder.HasOne<Course>().WithMany().HasForeignKey(s => s.CourseId).OnDelete(DeleteBehavior.Cascade);
        builder.HasIndex(s => new { s.CourseId, s.Order });
    }
}

public sealed class LessonConfiguration : IEntityTypeConfiguration<Lesson>
{
    public void Configure(EntityTypeBuilder<Lesson> builder)
    {
        builder.ToTable("LearningLessons");
        builder.HasKey(l => l.Id);
        builder.Property(l => l.Id).ValueGeneratedNever();
        builder.Property(l => l.Title).HasMaxLength(Lesson.TitleMaxLength).IsRequired();
        builder.Property(l => l.BodyHtml).IsRequired();
        builder.Property(l => l.BodySource).IsRequired();
        builder.Property(l => l.VideoUrl).HasMaxLength(Lesson.UrlMaxLength);
        builder.Property(l => l.Attachments).HasMaxLength(Lesson.AttachmentsMaxLength).IsRequired();
        builder.Ignore(l => l.AttachmentList);
        builder.HasOne<Course>().WithMany().HasForeignKey(l => l.CourseId).OnDelete(DeleteBehavior.Cascade);
        builder.HasOne<CourseSection>().WithMany().HasForeignKey(l => l.SectionId).OnDelete(DeleteBehavior.NoAction);
        builder.HasIndex(l => new { l.CourseId, l.Order });
    }
}

public sealed class CourseQuizConfiguration : IEntityTypeConfiguration<CourseQuiz>
{
    private static readonly JsonSerializerOptions Json = new(JsonSerializerDefaults.General);

    public void Configure(EntityTypeBuilder<CourseQuiz> builder)
    {
        builder.ToTable("LearningQuizzes");
        builder.HasKey(q => q.Id);
        builder.Property(q => q.Id).ValueGeneratedNever();
        builder.Property(q => q.Title).HasMaxLength(Course.TitleMaxLength).IsRequired();
        // Questions and options travel with their quiz and are never queried on their own: one JSON column.
        builder.Property(q => q.Questions)
            .HasConversion(
                questions => JsonSerializer.Serialize(questions, Json),
                json => JsonSerializer.Deserialize<List<QuizQuestion>>(json, Json) ?? new List<QuizQuestion>(),
                new ValueComparer<IReadOnlyList<QuizQuestion>>(
                    (a, b) => JsonSerializer.Serialize(a, Json) == JsonSerializer.Serialize(b, Json),
                    v => JsonSerializer.Serialize(v, Json).GetHashCode(StringComparison.Ordinal),
                    v => v.ToList()))
            .HasColumnName("QuestionsJson")
            .IsRequired();
        builder.HasOne<Course>().WithMany().HasForeignKey(q => q.CourseId).OnDelete(DeleteBehavior.Cascade);
        builder.HasOne<CourseSection>().WithMany().HasForeignKey(q => q.SectionId).OnDelete(DeleteBehavior.NoAction);
        builder.HasIndex(q => new { q.CourseId, q.Order });
    }
}
