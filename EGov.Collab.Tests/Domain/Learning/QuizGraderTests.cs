using EGov.Collab.Domain.Learning;
using static EGov.Collab.Tests.Domain.Learning.QuizBuilder;

namespace EGov.Collab.Tests.Domain.Learning;

public sealed class QuizGraderTests
{
    private static readonly QuizQuestion One = Single("Що таке е-урядування?", options: 3, correct: 1);
    private static readonly QuizQuestion Two = Multiple("Які сервіси державні?", 4, 0, 2);
    private static readonly QuizQuestion Three = Single("Хто видає сертифікат?", options: 2, correct: 0);

    [Fact]
    public void Grade_AllCorrect_HundredPercentPassed()
    {
        var grade = QuizGrader.Grade(NewQuiz(60, 3, true, One, Two, Three), Answers((One, [1]), (Two, [0, 2]), (Three, [0])));

        Assert.Equal((3, 3, 100m, true), (grade.Correct, grade.Total, grade.Percent, grade.Passed));
        Assert.All(grade.Questions, q => Assert.Equal(1, q.Points));
    }

    [Fact]
    public void Grade_SingleChoiceWrongOption_NoPoint() =>
        Assert.False(QuizGrader.Grade(NewQuiz(60, 3, true, One), Answers((One, [0]))).Questions[0].IsCorrect);

    [Fact]
    public void Grade_SingleChoiceCorrectPlusAnother_NoPoint() =>
        Assert.False(QuizGrader.Grade(NewQuiz(60, 3, true, One), Answers((One, [1, 2]))).Questions[0].IsCorrect);

    [Theory]
    [InlineData(new[] { 0 })]
    [InlineData(new[] { 2 })]
    [InlineData(new[] { 0, 1, 2 })]
    [InlineData(new[] { 0, 1, 2, 3 })]
    [InlineData(new int[0])]
    public void Grade_MultipleChoiceNotExactlyTheCorrectSet_NoPartialCredit(int[] picked) =>
        Assert.Equal(0, QuizGrader.Grade(NewQuiz(60, 3, true, Two), Answers((Two, picked))).Questions[0].Points);

    [Fact]
    public void Grade_MultipleChoiceExactSetAnyOrder_Point() =>
        Assert.True(QuizGrader.Grade(NewQuiz(60, 3, true, Two), Answers((Two, [2, 0]))).Questions[0].IsCorrect);

    [Fact]
    public void Grade_Unanswered_ScoresNothing()
    {
        var grade = QuizGrader.Grade(NewQuiz(60, 3, true, One, Two), Answers((One, [1])));

        Assert.Equal((1, 2, 50m, false), (grade.Correct, grade.Total, grade.Percent, grade.Passed));
        Assert.Equal([One.Id, Two.Id], grade.Questions.Select(q => q.QuestionId));
    }

    [Fact]
    public void Grade_ForeignOptionOrQuestion_Ignored()
    {
        var answers = new Dictionary<Guid, IReadOnlySet<Guid>>
        {
            [One.Id] = new HashSet<Guid> { Three.Options[0].Id },
            [Guid.CreateVersion7()] = new HashSet<Guid> { One.Options[1].Id },
        };

        var grade = QuizGrader.Grade(NewQuiz(60, 3, true, One), answers);

        Assert.Equal((0, 1), (grade.Correct, grade.Total));
    }

    [Theory]
    [InlineData(67, false)]
    [InlineData(66, true)]
    public void Grade_TwoOfThreeAgainstPassMark_DecidedOnExactCounts(int passMark, bool passed)
    {
        var grade = QuizGrader.Grade(NewQuiz(passMark, 3, true, One, Two, Three), Answers((One, [1]), (Two, [0, 2]), (Three, [1])));

        Assert.Equal(66.67m, grade.Percent);
        Assert.Equal(passed, grade.Passed);
    }

    [Fact]
    public void Grade_ExactlyThePassMark_Passes() =>
        Assert.True(QuizGrader.Grade(NewQuiz(50, 3, true, One, Two), Answers((One, [1]))).Passed);

    private static Dictionary<Guid, IReadOnlySet<Guid>> Answers(params (QuizQuestion Question, int[] Picked)[] answers) =>
        answers.ToDictionary(a => a.Question.Id, a => Pick(a.Question, a.Picked));
}
