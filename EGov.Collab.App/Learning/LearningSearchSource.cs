using System.Runtime.CompilerServices;
using EGov.Collab.App.Common;
using EGov.Collab.App.Common.SearchIndex;
using EGov.Collab.Data;
using EGov.Collab.Domain.Common;
using EGov.Collab.Domain.Common.Search;
using EGov.Collab.Domain.Learning;
using Microsoft.EntityFrameworkCore;

namespace EGov.Collab.App.Learning;

/// <summary>Published courses (in both their languages) and their lessons, for everyone, as the catalogue shows them.</summary>
public sealed class LearningSearchSource(IDbContextFactory<CollabDbContext> dbFactory) : ISearchSource
{
    private const string LessonPrefix = "lesson:";

    public ModuleKey Module => ModuleKey.Learning;

    public static string LessonItem(Guid lessonId) => LessonPrefix + lessonId;

    public async IAsyncEnumerable<SearchItem> AllAsync([EnumeratorCancellation] CancellationToken cancellationToken)
    {
        await using var db = await dbFactory.CreateDbContextAsync(cancellationToken);
        var courses = await db.Courses.AsNoTracking().Where(c => c.IsPublished).ToDictionaryAsync(c => c.Id, cancellationToken);
        foreach (var course in courses.Values)
            foreach (var item in CourseDocuments(course))
                yield return item;
        await foreach (var lesson in db.Lessons.AsNoTracking().AsAsyncEnumerable().WithCancellation(cancellationToken))
            if (courses.TryGetValue(lesson.CourseId, out var course)) yield return LessonDocument(lesson, course);
    }

    public async Task<IReadOnlyList<SearchItem>> ItemAsync(string itemId, CancellationToken cancellationToken)
    {
        await using var db = await dbFactory.CreateDbContextAsync(cancellationToken);
        if (itemId.StartsWith(LessonPrefix, StringComparison.Ordinal) && Guid.TryParse(itemId[LessonPrefix.Length..], out var lessonId))
        {
            var lesson = await db.Lessons.AsNoTracking().SingleOrDefaultAsync(l => l.Id == lessonId, cancellationToken);
            var course = lesson is null ? null : await db.Courses.AsNoTracking().SingleOrDefaultAsync(c => c.Id == lesson.CourseId && c.IsPublished, cancellationToken);
            return lesson is null || course is null ? [] : [LessonDocument(lesson, course)];
        }
        if (!Guid.TryParse(itemId, out var courseId)) return [];
        var found = await db.Courses.AsNoTracking().SingleOrDefaultAsync(c => c.Id == courseId && c.IsPublished, cancellationToken);
        return found is null ? [] : CourseDocuments(found).ToList();
    }

    private IEnumerable<SearchItem> CourseDocuments(Course course)
    {
        var url = $"/learning/courses/{course.Id}";
        yield return new SearchItem(Module, course.Id.ToString(), "uk", course.Title, course.Summary + "\n" + course.Issuer, url, SearchAudience.Public, course.CreatedAt);
        if (!string.IsNullOrWhiteSpace(course.TitleEn) && course.TitleEn != course.Title)
            yield return new SearchItem(Module, course.Id.ToString(), "en", course.TitleEn, course.IssuerEn, url, SearchAudience.Public, course.CreatedAt);
    }

    private SearchItem LessonDocument(Lesson lesson, Course course) =>
        new(Module, LessonItem(lesson.Id), "uk", lesson.Title, SafeHtml.ToPlainText(lesson.BodyHtml), $"/learning/lessons/{lesson.Id}", SearchAudience.Public, course.CreatedAt);
}
