using System.Security.Claims;
using EGov.Collab.App.Common;
using EGov.Collab.Data;
using EGov.Collab.Domain.Learning;
using Microsoft.EntityFrameworkCore;

namespace EGov.Collab.App.Learning;

public sealed record CourseCard(Guid Id, string Title, string TitleEn, string Summary, int Hours, string Issuer, int Lessons, int Quizzes);

/// <summary>One step of a course in order: a lesson or a quiz, and whether the reader has done it.</summary>
public sealed record CourseStep(Guid Id, bool IsQuiz, string Title, bool Done, int Minutes);

public sealed record SectionOutline(Guid Id, string Title, IReadOnlyList<CourseStep> Steps);

public sealed record CohortChoice(Guid Id, string Name, CohortKind Kind, DateOnly StartsOn, DateOnly EndsOn, bool Enrolled, bool CanSelfEnrol, bool Closed,
    bool Teaches = false);

public sealed record CourseOutline(Course Course, IReadOnlyList<SectionOutline> Sections, IReadOnlyList<CohortChoice> Cohorts,
    CompletionStatus Completion, string? CertificateCode, bool CanEdit = false, bool IsStaff = false)
{
    /// <summary>Writes or teaches the course and is not learning it: the page speaks to them as staff.</summary>
    public bool ViewsAsStaff => IsStaff && !Cohorts.Any(c => c.Enrolled);

    public bool IsEnrolled => Cohorts.Any(c => c.Enrolled && !c.Closed);

    public int StepsDone => Sections.Sum(s => s.Steps.Count(step => step.Done));

    public int StepsTotal => Sections.Sum(s => s.Steps.Count);
}

public sealed record LessonView(Lesson Lesson, string CourseTitle, string SafeBody, bool Done, bool CanComplete, CourseStep? Next, bool ViewsAsStaff = false)
{
    /// <summary>The player address of the lesson's video when it is a YouTube or Vimeo link.</summary>
    public string? VideoEmbed => LessonVideo.EmbedUrl(Lesson.VideoUrl);
}

/// <summary>
/// The catalogue and what a reader sees of a course. Reading a published course is open to everyone; progress shows for
/// the signed-in. An unpublished course is "not found" to everyone but those who may edit it.
/// </summary>
public sealed class CourseCatalogue(IDbContextFactory<CollabDbContext> dbFactory, LearningAuthorisation authorisation, TimeProvider clock)
{
    public async Task<IReadOnlyList<CourseCard>> ListAsync(CancellationToken cancellationToken = default)
    {
        await using var db = await dbFactory.CreateDbContextAsync(cancellationToken);
        return await db.Courses.AsNoTracking().Where(c => c.IsPublished).OrderBy(c => c.CreatedAt)
            .Select(c => new CourseCard(c.Id, c.Title, c.TitleEn, c.Summary, c.Hours, c.Issuer,
                db.Lessons.Count(l => l.CourseId == c.Id), db.CourseQuizzes.Count(q => q.CourseId == c.Id)))
            .ToListAsync(cancellationToken);
    }

    public async Task<CourseOutline?> OutlineAsync(Guid courseId, ClaimsPrincipal user, CancellationToken cancellationToken = default)
    {
        await using var db = await dbFactory.CreateDbContextAsync(cancellationToken);
        var course = await db.Courses.AsNoTracking().SingleOrDefaultAsync(c => c.Id == courseId, cancellationToken);
        if (course is null) return null;
        var canEdit = await authorisation.CanEditAsync(user, course, cancellationToken);
        if (!course.IsPublished && !canEdit) return null;
        var memberId = user.MemberId() ?? Guid.Empty;
        var sections = await db.CourseSections.AsNoTracking().Where(s => s.CourseId == courseId).OrderBy(s => s.Order).ToListAsync(cancellationToken);
        var lessons = await db.Lessons.AsNoTracking().Where(l => l.CourseId == courseId)
            .Select(l => new { l.Id, l.SectionId, l.Order, l.Title, l.Minutes }).ToListAsync(cancellationToken);
        var quizzes = await db.CourseQuizzes.AsNoTracking().Where(q => q.CourseId == courseId)
            .Select(q => new { q.Id, q.SectionId, q.Order, q.Title }).ToListAsync(cancellationToken);
        var done = (await db.LessonCompletions.Where(c => c.LearnerId == memberId).Select(c => c.LessonId).ToListAsync(cancellationToken)).ToHashSet();
        var passed = (await db.QuizAttempts.Where(a => a.LearnerId == memberId && a.Passed).Select(a => a.QuizId).ToListAsync(cancellationToken)).ToHashSet();

        var outline = sections.Select(s => new SectionOutline(s.Id, s.Title,
            lessons.Where(l => l.SectionId == s.Id).Select(l => (l.Order, Step: new CourseStep(l.Id, false, l.Title, done.Contains(l.Id), l.Minutes)))
                .Concat(quizzes.Where(q => q.SectionId == s.Id).Select(q => (q.Order, Step: new CourseStep(q.Id, true, q.Title, passed.Contains(q.Id), 0))))
                .OrderBy(x => x.Order).Select(x => x.Step).ToList())).ToList();

        var now = clock.GetUtcNow();
        var enrolled = (await db.Enrolments.Where(e => e.LearnerId == memberId).Select(e => e.CohortId).ToListAsync(cancellationToken)).ToHashSet();
        var cohorts = (await db.Cohorts.AsNoTracking().Where(c => c.CourseId == courseId).OrderBy(c => c.StartsOn).ToListAsync(cancellationToken))
            .Select(c => new CohortChoice(c.Id, c.Name, c.Kind, c.StartsOn, c.EndsOn, enrolled.Contains(c.Id),
                c.SelfEnrolment && !c.IsClosed(now) && !enrolled.Contains(c.Id), c.IsClosed(now), memberId != Guid.Empty && c.TrainerId == memberId))
            .Where(c => c.Enrolled || c.CanSelfEnrol || c.Teaches)
            .ToList();
        var completion = CourseCompletion.Check(done, lessons.Select(l => l.Id), passed, quizzes.Select(q => q.Id));
        var certificate = await db.Certificates.AsNoTracking()
            .Where(c => c.LearnerId == memberId && c.CourseId == courseId && c.RevokedAt == null)
            .OrderByDescending(c => c.IssuedAt).Select(c => c.Code).FirstOrDefaultAsync(cancellationToken);
        var isStaff = canEdit || cohorts.Any(c => c.Teaches);
        return new CourseOutline(course, outline, cohorts, completion, certificate, canEdit, isStaff);
    }

    public async Task<LessonView?> LessonAsync(Guid lessonId, ClaimsPrincipal user, CancellationToken cancellationToken = default)
    {
        await using var db = await dbFactory.CreateDbContextAsync(cancellationToken);
        var lesson = await db.Lessons.AsNoTracking().SingleOrDefaultAsync(l => l.Id == lessonId, cancellationToken);
        if (lesson is null) return null;
        var outline = await OutlineAsync(lesson.CourseId, user, cancellationToken);
        if (outline is null) return null;
        var steps = outline.Sections.SelectMany(s => s.Steps).ToList();
        var index = steps.FindIndex(s => s.Id == lessonId);
        var next = index >= 0 && index + 1 < steps.Count ? steps[index + 1] : null;
        return new LessonView(lesson, outline.Course.Title, SafeHtml.Sanitize(lesson.BodyHtml), steps[index].Done,
            user.MemberId() is not null && outline.IsEnrolled, next, outline.ViewsAsStaff);
    }
}
