using System.Security.Claims;
using EGov.Collab.App.Common;
using EGov.Collab.Data;
using EGov.Collab.Domain.Common;
using EGov.Collab.Domain.Learning;
using Microsoft.EntityFrameworkCore;

namespace EGov.Collab.App.Learning;

/// <summary>A quiz as the learner is about to take it: the next attempt's order, or why there is no next attempt.</summary>
/// <param name="Seed">The next attempt's seed: the page orders a matching question's choices by it.</param>
public sealed record QuizSession(CourseQuiz Quiz, string CourseTitle, IReadOnlyList<ShuffledQuestion> Questions, int AttemptsUsed,
    int Remaining, bool Passed, decimal? BestPercent, Error? Refusal, ulong Seed = 0)
{
    /// <summary>The reader writes or teaches the course: they see the answer key, not a learner's refusal.</summary>
    public bool IsStaff { get; init; }
}

public sealed record QuizOutcome(QuizGrade Grade, int Remaining, string? CertificateCode);

/// <summary>
/// A learner's progress: lessons done and quiz attempts, each checked against the learner's open enrolment (cohort
/// not closed) and the attempt limit. When the last lesson is done and the last quiz passed, the certificate is
/// issued at once.
/// </summary>
public sealed class LearnerProgress(IDbContextFactory<CollabDbContext> dbFactory, CertificateIssuer issuer, LearningAuthorisation authorisation, TimeProvider clock)
{
    public async Task<Result<string?>> CompleteLessonAsync(ClaimsPrincipal user, Guid lessonId, CancellationToken cancellationToken = default)
    {
        var memberId = user.MemberId();
        if (memberId is null) return CommonErrors.Forbidden;
        await using var db = await dbFactory.CreateDbContextAsync(cancellationToken);
        var lesson = await db.Lessons.AsNoTracking().SingleOrDefaultAsync(l => l.Id == lessonId, cancellationToken);
        if (lesson is null) return CommonErrors.NotFound;
        var cohort = await OpenCohortAsync(db, memberId.Value, lesson.CourseId, cancellationToken);
        if (!cohort.IsSuccess) return cohort.Error!;
        if (!await db.LessonCompletions.AnyAsync(c => c.LearnerId == memberId && c.LessonId == lessonId, cancellationToken))
        {
            db.LessonCompletions.Add(LessonCompletion.Create(memberId.Value, lessonId, clock.GetUtcNow()));
            await db.SaveChangesAsync(cancellationToken);
        }
        return await IssueIfCompleteAsync(db, memberId.Value, lesson.CourseId, cohort.Value, cancellationToken);
    }

    public async Task<QuizSession?> QuizAsync(ClaimsPrincipal user, Guid quizId, CancellationToken cancellationToken = default)
    {
        await using var db = await dbFactory.CreateDbContextAsync(cancellationToken);
        var quiz = await db.CourseQuizzes.AsNoTracking().SingleOrDefaultAsync(q => q.Id == quizId, cancellationToken);
        if (quiz is null) return null;
        var course = await db.Courses.AsNoTracking().SingleAsync(c => c.Id == quiz.CourseId, cancellationToken);
        if (!course.IsPublished && !await authorisation.CanEditAsync(user, course, cancellationToken)) return null;
        var courseTitle = course.Title;
        var memberId = user.MemberId() ?? Guid.Empty;
        var attempts = await db.QuizAttempts.AsNoTracking().Where(a => a.LearnerId == memberId && a.QuizId == quizId).ToListAsync(cancellationToken);
        var domainQuiz = quiz.ToQuiz();
        Error? refusal = memberId == Guid.Empty ? CommonErrors.Forbidden : null;
        if (refusal is null)
        {
            var cohort = await OpenCohortAsync(db, memberId, quiz.CourseId, cancellationToken);
            refusal = cohort.IsSuccess
                ? QuizAttempts.Check(domainQuiz, attempts.Count, cohort.Value.EffectiveClosesAt, clock.GetUtcNow()).Error
                : cohort.Error;
        }
        var seed = QuizShuffle.SeedFor(memberId, quizId, attempts.Count + 1);
        var order = QuizShuffle.Order(domainQuiz.Drawn(QuizShuffle.Draw(domainQuiz, seed)), seed);
        return new QuizSession(quiz, courseTitle, order, attempts.Count, QuizAttempts.Remaining(domainQuiz, attempts.Count),
            attempts.Any(a => a.Passed), attempts.Count == 0 ? null : attempts.Max(a => a.Percent), refusal, seed)
        {
            IsStaff = await authorisation.IsStaffAsync(user, course, cancellationToken),
        };
    }

    /// <param name="matches">Matching questions' pairs: by question id, for each left-hand option id the option id whose match was picked.</param>
    public async Task<Result<QuizOutcome>> SubmitQuizAsync(ClaimsPrincipal user, Guid quizId, IReadOnlyDictionary<Guid, IReadOnlySet<Guid>> answers,
        IReadOnlyDictionary<Guid, IReadOnlyDictionary<Guid, Guid>>? matches = null, CancellationToken cancellationToken = default)
    {
        var memberId = user.MemberId();
        if (memberId is null) return CommonErrors.Forbidden;
        await using var db = await dbFactory.CreateDbContextAsync(cancellationToken);
        var quiz = await db.CourseQuizzes.AsNoTracking().SingleOrDefaultAsync(q => q.Id == quizId, cancellationToken);
        if (quiz is null) return CommonErrors.NotFound;
        var cohort = await OpenCohortAsync(db, memberId.Value, quiz.CourseId, cancellationToken);
        if (!cohort.IsSuccess) return cohort.Error!;
        var used = await db.QuizAttempts.CountAsync(a => a.LearnerId == memberId && a.QuizId == quizId, cancellationToken);
        var domainQuiz = quiz.ToQuiz();
        var now = clock.GetUtcNow();
        var allowed = QuizAttempts.Check(domainQuiz, used, cohort.Value.EffectiveClosesAt, now);
        if (!allowed.IsSuccess) return allowed.Error!;
        // The same seed as the page that showed the attempt: the same questions are drawn, graded and stored with it.
        var drawn = QuizShuffle.Draw(domainQuiz, QuizShuffle.SeedFor(memberId.Value, quizId, used + 1));
        var grade = QuizGrader.Grade(domainQuiz.Drawn(drawn), answers, matches);
        db.QuizAttempts.Add(QuizAttemptRecord.Create(memberId.Value, quizId, used + 1, grade, now, drawn));
        try
        {
            await db.SaveChangesAsync(cancellationToken);
        }
        catch (DbUpdateException)
        {
            // The same attempt number arrived twice (a double click): the first one counts.
            return LearningErrors.AttemptLimitReached;
        }
        var certificate = grade.Passed ? await IssueIfCompleteAsync(db, memberId.Value, quiz.CourseId, cohort.Value, cancellationToken) : null;
        return new QuizOutcome(grade, QuizAttempts.Remaining(domainQuiz, used + 1), certificate?.IsSuccess == true ? certificate.Value : null);
    }

    /// <summary>The cohort the learner studies the course in: the open enrolment that closes last.</summary>
    private static async Task<Result<Cohort>> OpenCohortAsync(CollabDbContext db, Guid memberId, Guid courseId, CancellationToken cancellationToken)
    {
        var cohorts = await (from e in db.Enrolments
                             join c in db.Cohorts on e.CohortId equals c.Id
                             where e.LearnerId == memberId && c.CourseId == courseId
                             select c).AsNoTracking().ToListAsync(cancellationToken);
        if (cohorts.Count == 0) return LearningErrors.NotEnrolled;
        var latest = cohorts.OrderByDescending(c => c.EffectiveClosesAt).First();
        return latest;
    }

    private async Task<Result<string?>> IssueIfCompleteAsync(CollabDbContext db, Guid memberId, Guid courseId, Cohort cohort, CancellationToken cancellationToken)
    {
        var lessons = await db.Lessons.Where(l => l.CourseId == courseId).Select(l => l.Id).ToListAsync(cancellationToken);
        var quizzes = await db.CourseQuizzes.Where(q => q.CourseId == courseId).Select(q => q.Id).ToListAsync(cancellationToken);
        var done = await db.LessonCompletions.Where(c => c.LearnerId == memberId && lessons.Contains(c.LessonId)).Select(c => c.LessonId).ToListAsync(cancellationToken);
        var passed = await db.QuizAttempts.Where(a => a.LearnerId == memberId && a.Passed && quizzes.Contains(a.QuizId)).Select(a => a.QuizId).ToListAsync(cancellationToken);
        if (!CourseCompletion.IsComplete(done, lessons, passed, quizzes)) return (string?)null;
        var course = await db.Courses.AsNoTracking().SingleAsync(c => c.Id == courseId, cancellationToken);
        var issued = await issuer.IssueAsync(db, memberId, course, cohort, null, cancellationToken);
        if (issued.IsSuccess) return issued.Value.Code;
        // Already certified: completing a lesson again is not an error for the learner.
        return issued.Error == LearningErrors.AlreadyCertified ? (string?)null : issued.Error!;
    }
}
