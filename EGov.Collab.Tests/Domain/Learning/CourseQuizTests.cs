using EGov.Collab.Domain.Learning;

namespace EGov.Collab.Tests.Domain.Learning;

public sealed class CourseQuizTests
{
    [Fact]
    public void Create_UsesTheQuizRules()
    {
        var result = CourseQuiz.Create(Guid.CreateVersion7(), Guid.CreateVersion7(), 1, "Тест", [QuizBuilder.Single("Питання")], 0, 3);

        Assert.Equal(LearningErrors.PassMarkOutOfRange, result.Error);
    }

    [Fact]
    public void ToQuiz_GradesLikeTheDomainQuiz()
    {
        var question = QuizBuilder.Multiple("Що є прикладами е-урядування?", 4, 0, 1);
        var stored = CourseQuiz.Create(Guid.CreateVersion7(), Guid.CreateVersion7(), 1, "Тест", [question], 100, 2).Value;

        var grade = QuizGrader.Grade(stored.ToQuiz(), new Dictionary<Guid, IReadOnlySet<Guid>> { [question.Id] = QuizBuilder.Pick(question, 0, 1) });

        Assert.True(grade.Passed);
        Assert.Equal(stored.Id, stored.ToQuiz().Id);
    }
}
