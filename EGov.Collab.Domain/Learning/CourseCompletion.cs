namespace EGov.Collab.Domain.Learning;

/// <summary>What stands between a learner and the certificate, in the course's own order.</summary>
public sealed record CompletionStatus(bool HasContent, IReadOnlyList<Guid> MissingLessons, IReadOnlyList<Guid> MissingQuizzes)
{
    /// <summary>Every lesson completed and every quiz passed. A course with no lessons and no quizzes is never complete: there is nothing to certify.</summary>
    public bool IsComplete => HasContent && MissingLessons.Count == 0 && MissingQuizzes.Count == 0;
}

/// <summary>The automatic certificate rule: a learner completes a course by completing every lesson and passing every quiz.</summary>
public static class CourseCompletion
{
    public static bool IsComplete(IEnumerable<Guid> lessonsCompleted, IEnumerable<Guid> allLessons,
        IEnumerable<Guid> quizzesPassed, IEnumerable<Guid> allQuizzes) =>
        Check(lessonsCompleted, allLessons, quizzesPassed, allQuizzes).IsComplete;

    /// <remarks>Lessons or quizzes done that are not (or no longer) in the course are ignored.</remarks>
    public static CompletionStatus Check(IEnumerable<Guid> lessonsCompleted, IEnumerable<Guid> allLessons,
        IEnumerable<Guid> quizzesPassed, IEnumerable<Guid> allQuizzes)
    {
        ArgumentNullException.ThrowIfNull(lessonsCompleted);
        ArgumentNullException.ThrowIfNull(allLessons);
        ArgumentNullException.ThrowIfNull(quizzesPassed);
        ArgumentNullException.ThrowIfNull(allQuizzes);
        var lessons = allLessons.Distinct().ToList();
        var quizzes = allQuizzes.Distinct().ToList();
        var completed = lessonsCompleted.ToHashSet();
        var passed = quizzesPassed.ToHashSet();
        return new CompletionStatus(
            lessons.Count + quizzes.Count > 0,
            lessons.Where(l => !completed.Contains(l)).ToList(),
            quizzes.Where(q => !passed.Contains(q)).ToList());
    }
}
