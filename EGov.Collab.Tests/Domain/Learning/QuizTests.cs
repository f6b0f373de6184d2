using EGov.Collab.Domain.Learning;
using static EGov.Collab.Tests.Domain.Learning.QuizBuilder;

namespace EGov.Collab.Tests.Domain.Learning;

public sealed class QuizTests
{
    [Fact]
    public void Create_Valid_KeepsSettings()
    {
        var quiz = Quiz.Create(Guid.CreateVersion7(), "  Тест  ", [Single("Q1"), Multiple("Q2", 4, 0, 2)], 75, 2, true, false).Value;

        Assert.Equal(("Тест", 75, 2, true, false), (quiz.Title, quiz.PassMarkPercent, quiz.AttemptLimit, quiz.ShuffleQuestions, quiz.ShuffleOptions));
        Assert.Equal(2, quiz.Questions.Count);
    }

    [Fact]
    public void Create_NoQuestions_Refused() =>
        Assert.Equal("Learning.QuizNoQuestions", Quiz.Create(Guid.CreateVersion7(), "Тест", [], 60, 3).Error?.Code);

    [Fact]
    public void Create_NoTitle_Required() =>
        Assert.Equal("Validation.Required", Quiz.Create(Guid.CreateVersion7(), " ", [Single("Q1")], 60, 3).Error?.Code);

    [Theory]
    [InlineData(0)]
    [InlineData(101)]
    public void Create_PassMarkOutOfRange_Refused(int passMark) =>
        Assert.Equal("Learning.PassMarkOutOfRange", Quiz.Create(Guid.CreateVersion7(), "Тест", [Single("Q1")], passMark, 3).Error?.Code);

    [Fact]
    public void Create_ZeroAttempts_Refused() =>
        Assert.Equal("Learning.AttemptLimitInvalid", Quiz.Create(Guid.CreateVersion7(), "Тест", [Single("Q1")], 60, 0).Error?.Code);

    [Fact]
    public void Create_OneOption_Refused() =>
        Assert.Equal("Learning.QuestionTooFewOptions", Quiz.Create(Guid.CreateVersion7(), "Тест", [Single("Q1", options: 1)], 60, 3).Error?.Code);

    [Fact]
    public void Create_SingleChoiceWithTwoCorrect_Refused()
    {
        var question = Single("Q1");
        var twoCorrect = question with { Options = [.. question.Options.Select(o => o with { IsCorrect = true })] };

        Assert.Equal("Learning.SingleChoiceNeedsOneCorrect", Quiz.Create(Guid.CreateVersion7(), "Тест", [twoCorrect], 60, 3).Error?.Code);
    }

    [Fact]
    public void Create_MultipleChoiceWithNoCorrect_Refused() =>
        Assert.Equal("Learning.MultipleChoiceNeedsCorrect", Quiz.Create(Guid.CreateVersion7(), "Тест", [Multiple("Q1", 3)], 60, 3).Error?.Code);
}
