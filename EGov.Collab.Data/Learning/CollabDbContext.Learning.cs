using EGov.Collab.Domain.Learning;
using Microsoft.EntityFrameworkCore;

namespace EGov.Collab.Data;

public abstract partial class CollabDbContext
{
    public DbSet<Course> Courses => Set<Course>();
    public DbSet<CourseSection> CourseSections => Set<CourseSection>();
    public DbSet<Lesson> Lessons => Set<Lesson>();
    public DbSet<CourseQuiz> CourseQuizzes => Set<CourseQuiz>();
    public DbSet<Cohort> Cohorts => Set<Cohort>();
    public DbSet<Enrolment> Enrolments => Set<Enrolment>();
    public DbSet<LessonCompletion> LessonCompletions => Set<LessonCompletion>();
    public DbSet<QuizAttemptRecord> QuizAttempts => Set<QuizAttemptRecord>();
    public DbSet<AttendanceMark> AttendanceMarks => Set<AttendanceMark>();
    public DbSet<Certificate> Certificates => Set<Certificate>();
    public DbSet<CertificateBatch> CertificateBatches => Set<CertificateBatch>();
}
