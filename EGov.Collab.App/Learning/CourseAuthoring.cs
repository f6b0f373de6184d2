using System.Security.Claims;
using EGov.Collab.App.Common;
using EGov.Collab.App.Common.SearchIndex;
using EGov.Collab.Data;
using EGov.Collab.Domain.Common;
using EGov.Collab.Domain.Learning;
using Microsoft.EntityFrameworkCore;

namespace EGov.Collab.App.Learning;

public sealed record AuthoringStep(Guid Id, bool IsQuiz, string Title, int Order);

public sealed record AuthoringSection(CourseSection Section, IReadOnlyList<AuthoringStep> Steps);

/// <summary>A course as its author sees it in the editor.</summary>
public sealed record CourseDraft(Course Course, IReadOnlyList<AuthoringSection> Sections)
{
    public int Steps => Sections.Sum(s => s.Steps.Count);
}

/// <summary>
/// Writing courses: the course's details, its sections, lessons and quizzes in order, and publishing. Trainers write
/// new courses and edit their own, administrators edit any (<see cref="LearningAuthorisation"/>). Every change is audited
/// and reaches the search index at once: a published course and its lessons are found, an unpublished one is not.
/// </summary>
public sealed class CourseAuthoring(IDbContextFactory<CollabDbContext> dbFactory, LearningAuthorisation authorisation, ISearchIndexer indexer, TimeProvider clock)
{
    public Task<bool> CanAuthorAsync(ClaimsPrincipal user, CancellationToken cancellationToken = default) =>
        authorisation.CanAuthorAsync(user, cancellationToken);

    public async Task<Result<Guid>> CreateAsync(ClaimsPrincipal user, CourseForm form, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(form);
        if (!await authorisation.CanAuthorAsync(user, cancellationToken)) return CommonErrors.Forbidden;
        if (form.Hours is null) return CommonErrors.Required("Hours");
        var now = clock.GetUtcNow();
        // A new course starts unpublished: learners see it once its author has something to show them.
        var created = Course.Create(form.Title, form.TitleEn, form.Summary, form.Hours.Value, form.Issuer, form.IssuerEn, form.Signatories,
            (form.CertificatePrefix ?? "").Trim().ToUpperInvariant(), now, user.MemberId(), published: false);
        if (!created.IsSuccess) return created.Error!;
        await using var db = await dbFactory.CreateDbContextAsync(cancellationToken);
        db.Courses.Add(created.Value);
        Audit(db, user, "learning.course.created", created.Value.Id, null, created.Value.Title);
        await db.SaveChangesAsync(cancellationToken);
        return created.Value.Id;
    }

    public async Task<Result<CourseDraft>> DraftAsync(ClaimsPrincipal user, Guid courseId, CancellationToken cancellationToken = default)
    {
        await using var db = await dbFactory.CreateDbContextAsync(cancellationToken);
        var course = await db.Courses.AsNoTracking().SingleOrDefaultAsync(c => c.Id == courseId, cancellationToken);
        if (course is null) return CommonErrors.NotFound;
        if (!await authorisation.CanEditAsync(user, course, cancellationToken)) return CommonErrors.Forbidden;
        return await DraftOfAsync(db, course, cancellationToken);
    }

    public async Task<Result> UpdateAsync(ClaimsPrincipal user, Guid courseId, CourseForm form, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(form);
        if (form.Hours is null) return CommonErrors.Required("Hours");
        return await WithCourseAsync(user, courseId, (db, course) =>
        {
            var before = course.Title;
            var updated = course.Update(form.Title, form.TitleEn, form.Summary, form.Hours.Value, form.Issuer, form.IssuerEn, form.Signatories,
                (form.CertificatePrefix ?? "").Trim().ToUpperInvariant());
            if (updated.IsSuccess) Audit(db, user, "learning.course.updated", course.Id, before, course.Title);
            return Task.FromResult(updated);
        }, cancellationToken);
    }

    public Task<Result> SetPublishedAsync(ClaimsPrincipal user, Guid courseId, bool publish, CancellationToken cancellationToken = default) =>
        WithCourseAsync(user, courseId, async (db, course) =>
        {
            var steps = await db.Lessons.CountAsync(l => l.CourseId == courseId, cancellationToken)
                + await db.CourseQuizzes.CountAsync(q => q.CourseId == courseId, cancellationToken);
            var result = publish ? course.Publish(steps) : course.Unpublish();
            if (result.IsSuccess) Audit(db, user, publish ? "learning.course.published" : "learning.course.unpublished", course.Id, null, course.Title);
            return result;
        }, cancellationToken);

    public Task<Result> AddSectionAsync(ClaimsPrincipal user, Guid courseId, string? title, CancellationToken cancellationToken = default) =>
        WithCourseAsync(user, courseId, async (db, course) =>
        {
            var orders = await db.CourseSections.Where(s => s.CourseId == courseId).Select(s => s.Order).ToListAsync(cancellationToken);
            var created = CourseSection.New(courseId, CourseOrdering.Next(orders), title);
            if (!created.IsSuccess) return created.Error!;
            db.CourseSections.Add(created.Value);
            Audit(db, user, "learning.section.added", course.Id, null, created.Value.Title);
            return Result.Success();
        }, cancellationToken);

    public Task<Result> RenameSectionAsync(ClaimsPrincipal user, Guid courseId, Guid sectionId, string? title, CancellationToken cancellationToken = default) =>
        WithCourseAsync(user, courseId, async (db, course) =>
        {
            var section = await db.CourseSections.SingleOrDefaultAsync(s => s.Id == sectionId && s.CourseId == courseId, cancellationToken);
            if (section is null) return CommonErrors.NotFound;
            var before = section.Title;
            var renamed = section.Rename(title);
            if (renamed.IsSuccess) Audit(db, user, "learning.section.renamed", course.Id, before, section.Title);
            return renamed;
        }, cancellationToken);

    /// <summary>Only an empty section goes: removing its lessons and quizzes is a decision of its own, one at a time.</summary>
    public Task<Result> RemoveSectionAsync(ClaimsPrincipal user, Guid courseId, Guid sectionId, CancellationToken cancellationToken = default) =>
        WithCourseAsync(user, courseId, async (db, course) =>
        {
            var section = await db.CourseSections.SingleOrDefaultAsync(s => s.Id == sectionId && s.CourseId == courseId, cancellationToken);
            if (section is null) return CommonErrors.NotFound;
            if (await db.Lessons.AnyAsync(l => l.SectionId == sectionId, cancellationToken) || await db.CourseQuizzes.AnyAsync(q => q.SectionId == sectionId, cancellationToken))
                return LearningErrors.SectionNotEmpty;
            db.CourseSections.Remove(section);
            Audit(db, user, "learning.section.removed", course.Id, section.Title, null);
            return Result.Success();
        }, cancellationToken);

    public Task<Result> MoveSectionAsync(ClaimsPrincipal user, Guid courseId, Guid sectionId, int by, CancellationToken cancellationToken = default) =>
        WithCourseAsync(user, courseId, async (db, course) =>
        {
            var sections = await db.CourseSections.Where(s => s.CourseId == courseId).OrderBy(s => s.Order).ToListAsync(cancellationToken);
            var moved = sections.FirstOrDefault(s => s.Id == sectionId);
            if (moved is null) return CommonErrors.NotFound;
            var order = CourseOrdering.Move(sections.Select(s => s.Id).ToList(), sectionId, by);
            foreach (var section in sections) section.MoveTo(IndexIn(order, section.Id));
            Audit(db, user, "learning.section.moved", course.Id, null, moved.Title);
            return Result.Success();
        }, cancellationToken);

    /// <summary>Moves a lesson or quiz one place within its section (lessons and quizzes share one order).</summary>
    public Task<Result> MoveStepAsync(ClaimsPrincipal user, Guid courseId, Guid stepId, int by, CancellationToken cancellationToken = default) =>
        WithCourseAsync(user, courseId, async (db, course) =>
        {
            var lesson = await db.Lessons.SingleOrDefaultAsync(l => l.Id == stepId && l.CourseId == courseId, cancellationToken);
            var quiz = lesson is null ? await db.CourseQuizzes.SingleOrDefaultAsync(q => q.Id == stepId && q.CourseId == courseId, cancellationToken) : null;
            if (lesson is null && quiz is null) return CommonErrors.NotFound;
            var sectionId = lesson?.SectionId ?? quiz!.SectionId;
            var lessons = await db.Lessons.Where(l => l.SectionId == sectionId).ToListAsync(cancellationToken);
            var quizzes = await db.CourseQuizzes.Where(q => q.SectionId == sectionId).ToListAsync(cancellationToken);
            var current = lessons.Select(l => (l.Id, l.Order)).Concat(quizzes.Select(q => (q.Id, q.Order)))
                .OrderBy(x => x.Order).ThenBy(x => x.Id).Select(x => x.Id).ToList();
            var order = CourseOrdering.Move(current, stepId, by);
            foreach (var l in lessons) l.MoveTo(IndexIn(order, l.Id));
            foreach (var q in quizzes) q.MoveTo(IndexIn(order, q.Id));
            Audit(db, user, "learning.step.moved", course.Id, null, lesson?.Title ?? quiz!.Title);
            return Result.Success();
        }, cancellationToken);

    public async Task<Result<LessonForm>> LessonFormAsync(ClaimsPrincipal user, Guid courseId, Guid lessonId, CancellationToken cancellationToken = default)
    {
        var draft = await DraftAsync(user, courseId, cancellationToken);
        if (!draft.IsSuccess) return draft.Error!;
        await using var db = await dbFactory.CreateDbContextAsync(cancellationToken);
        var lesson = await db.Lessons.AsNoTracking().SingleOrDefaultAsync(l => l.Id == lessonId && l.CourseId == courseId, cancellationToken);
        return lesson is null ? CommonErrors.NotFound : LessonForm.From(lesson);
    }

    public async Task<Result<Guid>> SaveLessonAsync(ClaimsPrincipal user, Guid courseId, LessonForm form, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(form);
        var id = Guid.Empty;
        var saved = await WithCourseAsync(user, courseId, async (db, course) =>
        {
            var html = form.SafeBody();
            var source = form.BodyIsHtml ? "" : form.Body ?? "";
            if (form.Id is { } existingId)
            {
                var lesson = await db.Lessons.SingleOrDefaultAsync(l => l.Id == existingId && l.CourseId == courseId, cancellationToken);
                if (lesson is null) return CommonErrors.NotFound;
                var before = lesson.Title;
                var updated = lesson.Update(form.Title, source, html, form.VideoUrl, form.Attachments, form.Minutes);
                if (!updated.IsSuccess) return updated;
                id = lesson.Id;
                Audit(db, user, "learning.lesson.updated", course.Id, before, lesson.Title);
                return Result.Success();
            }
            if (!await db.CourseSections.AnyAsync(s => s.Id == form.SectionId && s.CourseId == courseId, cancellationToken)) return CommonErrors.Invalid("Section");
            var created = Lesson.New(courseId, form.SectionId, await NextStepOrderAsync(db, form.SectionId, cancellationToken), form.Title, source, html,
                form.VideoUrl, form.Attachments, form.Minutes);
            if (!created.IsSuccess) return created.Error!;
            db.Lessons.Add(created.Value);
            id = created.Value.Id;
            Audit(db, user, "learning.lesson.created", course.Id, null, created.Value.Title);
            return Result.Success();
        }, cancellationToken);
        return saved.IsSuccess ? id : saved.Error!;
    }

    /// <summary>A lesson a learner has finished stays: removing it would change what their progress and certificate mean.</summary>
    public Task<Result> RemoveLessonAsync(ClaimsPrincipal user, Guid courseId, Guid lessonId, CancellationToken cancellationToken = default) =>
        WithCourseAsync(user, courseId, async (db, course) =>
        {
            var lesson = await db.Lessons.SingleOrDefaultAsync(l => l.Id == lessonId && l.CourseId == courseId, cancellationToken);
            if (lesson is null) return CommonErrors.NotFound;
            if (await db.LessonCompletions.AnyAsync(c => c.LessonId == lessonId, cancellationToken)) return LearningErrors.StepHasProgress;
            db.Lessons.Remove(lesson);
            Audit(db, user, "learning.lesson.removed", course.Id, lesson.Title, null);
            return Result.Success();
        }, cancellationToken);

    public async Task<Result<QuizForm>> QuizFormAsync(ClaimsPrincipal user, Guid courseId, Guid quizId, CancellationToken cancellationToken = default)
    {
        var draft = await DraftAsync(user, courseId, cancellationToken);
        if (!draft.IsSuccess) return draft.Error!;
        await using var db = await dbFactory.CreateDbContextAsync(cancellationToken);
        var quiz = await db.CourseQuizzes.AsNoTracking().SingleOrDefaultAsync(q => q.Id == quizId && q.CourseId == courseId, cancellationToken);
        return quiz is null ? CommonErrors.NotFound : QuizForm.From(quiz);
    }

    public async Task<Result<Guid>> SaveQuizAsync(ClaimsPrincipal user, Guid courseId, QuizForm form, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(form);
        var questions = form.Questions.Select(q => q.ToQuestion()).ToList();
        for (var i = 0; i < questions.Count; i++)
        {
            // Pointing at the question: the editor shows the message under it.
            if (Quiz.Check(questions[i]) is { } refusal) return refusal with { Field = QuestionField(i) };
        }
        var id = Guid.Empty;
        var saved = await WithCourseAsync(user, courseId, async (db, course) =>
        {
            if (form.Id is { } existingId)
            {
                var quiz = await db.CourseQuizzes.SingleOrDefaultAsync(q => q.Id == existingId && q.CourseId == courseId, cancellationToken);
                if (quiz is null) return CommonErrors.NotFound;
                var before = quiz.Title;
                var updated = quiz.Update(form.Title, questions, form.PassMarkPercent, form.AttemptLimit, form.ShuffleQuestions, form.ShuffleOptions, form.DrawCount);
                if (!updated.IsSuccess) return updated;
                var review = quiz.SetReview(form.Review);
                if (!review.IsSuccess) return review;
                id = quiz.Id;
                Audit(db, user, "learning.quiz.updated", course.Id, before, quiz.Title);
                return Result.Success();
            }
            if (!await db.CourseSections.AnyAsync(s => s.Id == form.SectionId && s.CourseId == courseId, cancellationToken)) return CommonErrors.Invalid("Section");
            var created = CourseQuiz.Create(courseId, form.SectionId, await NextStepOrderAsync(db, form.SectionId, cancellationToken), form.Title, questions,
                form.PassMarkPercent, form.AttemptLimit, form.ShuffleQuestions, form.ShuffleOptions, form.DrawCount);
            if (!created.IsSuccess) return created.Error!;
            var reviewSet = created.Value.SetReview(form.Review);
            if (!reviewSet.IsSuccess) return reviewSet;
            db.CourseQuizzes.Add(created.Value);
            id = created.Value.Id;
            Audit(db, user, "learning.quiz.created", course.Id, null, created.Value.Title);
            return Result.Success();
        }, cancellationToken);
        return saved.IsSuccess ? id : saved.Error!;
    }

    public static string QuestionField(int index) => $"Question{index}";

    /// <summary>A quiz with attempts stays, like a finished lesson: learners' scores refer to it.</summary>
    public Task<Result> RemoveQuizAsync(ClaimsPrincipal user, Guid courseId, Guid quizId, CancellationToken cancellationToken = default) =>
        WithCourseAsync(user, courseId, async (db, course) =>
        {
            var quiz = await db.CourseQuizzes.SingleOrDefaultAsync(q => q.Id == quizId && q.CourseId == courseId, cancellationToken);
            if (quiz is null) return CommonErrors.NotFound;
            if (await db.QuizAttempts.AnyAsync(a => a.QuizId == quizId, cancellationToken)) return LearningErrors.StepHasProgress;
            db.CourseQuizzes.Remove(quiz);
            Audit(db, user, "learning.quiz.removed", course.Id, quiz.Title, null);
            return Result.Success();
        }, cancellationToken);

    /// <summary>Whether the reader may see a stored file a lesson refers to: the course is published, or the reader edits it.</summary>
    public async Task<bool> CanReadFileAsync(ClaimsPrincipal user, Guid documentId, CancellationToken cancellationToken = default)
    {
        var path = LearningFiles.PathOf(documentId);
        await using var db = await dbFactory.CreateDbContextAsync(cancellationToken);
        var courseIds = await db.Lessons.Where(l => l.BodyHtml.Contains(path) || l.Attachments.Contains(path)).Select(l => l.CourseId).Distinct().ToListAsync(cancellationToken);
        var courses = await db.Courses.AsNoTracking().Where(c => courseIds.Contains(c.Id)).ToListAsync(cancellationToken);
        if (courses.Any(c => c.IsPublished)) return true;
        foreach (var course in courses)
        {
            if (await authorisation.CanEditAsync(user, course, cancellationToken)) return true;
        }
        return false;
    }

    private static int IndexIn(IReadOnlyList<Guid> order, Guid id) => order.ToList().IndexOf(id) + 1;

    private static async Task<int> NextStepOrderAsync(CollabDbContext db, Guid sectionId, CancellationToken cancellationToken)
    {
        var orders = await db.Lessons.Where(l => l.SectionId == sectionId).Select(l => l.Order)
            .Concat(db.CourseQuizzes.Where(q => q.SectionId == sectionId).Select(q => q.Order)).ToListAsync(cancellationToken);
        return CourseOrdering.Next(orders);
    }

    private static async Task<CourseDraft> DraftOfAsync(CollabDbContext db, Course course, CancellationToken cancellationToken)
    {
        var sections = await db.CourseSections.AsNoTracking().Where(s => s.CourseId == course.Id).OrderBy(s => s.Order).ToListAsync(cancellationToken);
        var lessons = await db.Lessons.AsNoTracking().Where(l => l.CourseId == course.Id).Select(l => new { l.Id, l.SectionId, l.Title, l.Order }).ToListAsync(cancellationToken);
        var quizzes = await db.CourseQuizzes.AsNoTracking().Where(q => q.CourseId == course.Id).Select(q => new { q.Id, q.SectionId, q.Title, q.Order }).ToListAsync(cancellationToken);
        return new CourseDraft(course, sections.Select(s => new AuthoringSection(s,
            lessons.Where(l => l.SectionId == s.Id).Select(l => new AuthoringStep(l.Id, false, l.Title, l.Order))
                .Concat(quizzes.Where(q => q.SectionId == s.Id).Select(q => new AuthoringStep(q.Id, true, q.Title, q.Order)))
                .OrderBy(x => x.Order).ThenBy(x => x.Id).ToList())).ToList());
    }

    private async Task<Result> WithCourseAsync(ClaimsPrincipal user, Guid courseId, Func<CollabDbContext, Course, Task<Result>> change, CancellationToken cancellationToken)
    {
        await using var db = await dbFactory.CreateDbContextAsync(cancellationToken);
        var course = await db.Courses.SingleOrDefaultAsync(c => c.Id == courseId, cancellationToken);
        if (course is null) return CommonErrors.NotFound;
        if (!await authorisation.CanEditAsync(user, course, cancellationToken)) return CommonErrors.Forbidden;
        var lessonsBefore = await db.Lessons.Where(l => l.CourseId == courseId).Select(l => l.Id).ToListAsync(cancellationToken);
        var result = await change(db, course);
        if (!result.IsSuccess) return result;
        var saved = await db.SaveOrConflictAsync(cancellationToken);
        if (saved.IsSuccess) await RefreshSearchAsync(courseId, lessonsBefore, cancellationToken);
        return saved;
    }

    /// <summary>The course and every lesson it had or has now (a removed lesson leaves the index).</summary>
    private async Task RefreshSearchAsync(Guid courseId, IReadOnlyList<Guid> lessonsBefore, CancellationToken cancellationToken)
    {
        List<Guid> lessonsNow;
        await using (var db = await dbFactory.CreateDbContextAsync(cancellationToken))
            lessonsNow = await db.Lessons.Where(l => l.CourseId == courseId).Select(l => l.Id).ToListAsync(cancellationToken);
        await indexer.RefreshAsync(ModuleKey.Learning, courseId.ToString(), cancellationToken);
        foreach (var lessonId in lessonsBefore.Union(lessonsNow))
            await indexer.RefreshAsync(ModuleKey.Learning, LearningSearchSource.LessonItem(lessonId), cancellationToken);
    }

    private void Audit(CollabDbContext db, ClaimsPrincipal user, string action, Guid courseId, string? before, string? after) =>
        db.AuditEntries.Add(AuditEntry.Record(user.MemberId(), ModuleKey.Learning, action, $"course:{courseId}", before, after, clock.GetUtcNow()));
}

/// <summary>Files a lesson shows or offers: stored in the document store, served from the module's own address.</summary>
public static class LearningFiles
{
    public const long MaxBytes = 20 * 1024 * 1024;

    public static string PathOf(Guid documentId) => $"/learning/files/{documentId}";

    public static Common.Documents.DocumentUpload Images(Guid? memberId) => Common.Documents.DocumentUpload.Images(memberId, MaxBytes);

    public static Common.Documents.DocumentUpload Documents(Guid? memberId) =>
        new([.. Domain.Common.Documents.DocumentKinds.Documents, .. Domain.Common.Documents.DocumentKinds.Images], memberId, MaxBytes);
}
