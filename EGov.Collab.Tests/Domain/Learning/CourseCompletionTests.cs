using EGov.Collab.Domain.Learning;

namespace EGov.Collab.Tests.Domain.Learning;

public sealed class CourseCompletionTests
{
    private static readonly Guid[] Lessons = [Guid.CreateVersion7(), Guid.CreateVersion7(), Guid.CreateVersion7()];
    private static readonly Guid[] Quizzes = [Guid.CreateVersion7(), Guid.CreateVersion7()];

    [Fact]
    public void IsComplete_EveryLessonAndQuiz_True() =>
        Assert.True(CourseCompletion.IsComplete(Lessons.Reverse(), Lessons, Quizzes, Quizzes));

    [Fact]
    public void Check_LessonMissing_NamesItInCourseOrder()
    {
        var status = CourseCompletion.Check([Lessons[1]], Lessons, Quizzes, Quizzes);

        Assert.False(status.IsComplete);
        Assert.Equal([Lessons[0], Lessons[2]], status.MissingLessons);
        Assert.Empty(status.MissingQuizzes);
    }

    [Fact]
    public void Check_QuizNotPassed_NamesIt()
    {
        var status = CourseCompletion.Check(Lessons, Lessons, [Quizzes[0]], Quizzes);

        Assert.False(status.IsComplete);
        Assert.Empty(status.MissingLessons);
        Assert.Equal([Quizzes[1]], status.MissingQuizzes);
    }

    [Fact]
    public void Check_ExtraCompletionsOutsideCourse_Ignored() =>
        Assert.True(CourseCompletion.Check([.. Lessons, Guid.CreateVersion7()], Lessons, [.. Quizzes, Guid.CreateVersion7()], Quizzes).IsComplete);

    [Fact]
    public void Check_NothingDone_EverythingMissing()
    {
        var status = CourseCompletion.Check([], Lessons, [], Quizzes);

        Assert.Equal(Lessons, status.MissingLessons);
        Assert.Equal(Quizzes, status.MissingQuizzes);
    }

    [Fact]
    public void Check_LessonsOnlyCourse_CompleteWithoutQuizzes() =>
        Assert.True(CourseCompletion.IsComplete(Lessons, Lessons, [], []));

    [Fact]
    public void Check_EmptyCourse_NeverComplete()
    {
        var status = CourseCompletion.Check([], [], [], []);

        Assert.False(status.HasContent);
        Assert.False(status.IsComplete);
    }
}
