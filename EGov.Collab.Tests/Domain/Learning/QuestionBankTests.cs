using EGov.Collab.Domain.Learning;
using static EGov.Collab.Tests.Domain.Learning.QuizBuilder;

namespace EGov.Collab.Tests.Domain.Learning;

public sealed class QuestionBankTests
{
    private static QuizQuestion TrueFalse(bool isTrue) =>
        new(Guid.CreateVersion7(), "Е-урядування — це лише сайти", QuestionKind.TrueFalse,
            [new(Guid.CreateVersion7(), "true", isTrue), new(Guid.CreateVersion7(), "false", !isTrue)]);

    private static QuizQuestion Matching(params (string Text, string Match)[] pairs) =>
        new(Guid.CreateVersion7(), "Доберіть відповідність", QuestionKind.Matching,
            [.. pairs.Select(p => new QuizOption(Guid.CreateVersion7(), p.Text, false, p.Match))]);

    private static Quiz Bank(int questions, int draw) =>
        Quiz.Create(Guid.CreateVersion7(), "Банк", [.. Enumerable.Range(0, questions).Select(i => Single($"Q{i}"))], 60, 3, true, true, draw).Value;

    [Fact]
    public void Draw_TakesTheCountWithoutRepeats_InBankOrder()
    {
        var quiz = Bank(10, 4);

        var drawn = QuizShuffle.Draw(quiz, 42);

        Assert.Equal(4, drawn.Count);
        Assert.Equal(4, drawn.Distinct().Count());
        var bankOrder = quiz.Questions.Select(q => q.Id).ToList();
        Assert.Equal(drawn.OrderBy(bankOrder.IndexOf), drawn);
    }

    [Fact]
    public void Draw_SameSeed_SameQuestions_OtherSeedsVary()
    {
        var quiz = Bank(12, 3);

        Assert.Equal(QuizShuffle.Draw(quiz, 7), QuizShuffle.Draw(quiz, 7));
        var draws = Enumerable.Range(0, 20).Select(seed => string.Join(',', QuizShuffle.Draw(quiz, (ulong)seed))).Distinct().Count();
        Assert.True(draws > 1);
    }

    [Fact]
    public void Draw_Zero_TakesEveryQuestion()
    {
        var quiz = Bank(5, 0);

        Assert.Equal(quiz.Questions.Select(q => q.Id), QuizShuffle.Draw(quiz, 1));
    }

    [Fact]
    public void Create_DrawMoreThanTheBank_IsRefused() =>
        Assert.Equal(LearningErrors.DrawCountOutOfRange,
            Quiz.Create(Guid.CreateVersion7(), "Банк", [Single("Q1"), Single("Q2")], 60, 3, true, true, 3).Error);

    [Fact]
    public void Grade_DrawnQuiz_CountsOnlyTheDrawnQuestions()
    {
        var quiz = Bank(6, 2);
        var drawn = quiz.Drawn(QuizShuffle.Draw(quiz, 3));
        var answers = drawn.Questions.ToDictionary(q => q.Id, q => Pick(q, 0));

        var grade = QuizGrader.Grade(drawn, answers);

        Assert.Equal(2, grade.Total);
        Assert.True(grade.Passed);
    }

    [Theory]
    [InlineData(true, 0, true)]
    [InlineData(true, 1, false)]
    [InlineData(false, 1, true)]
    [InlineData(false, 0, false)]
    public void Grade_TrueFalse_RightOnlyForTheCorrectAnswer(bool statementIsTrue, int picked, bool correct)
    {
        var question = TrueFalse(statementIsTrue);
        var quiz = NewQuiz(100, 3, false, question);

        Assert.Equal(correct, QuizGrader.Grade(quiz, new Dictionary<Guid, IReadOnlySet<Guid>> { [question.Id] = Pick(question, picked) }).Passed);
    }

    [Fact]
    public void Create_TrueFalseWithThreeOptions_IsRefused()
    {
        var question = TrueFalse(true) with { Options = [.. TrueFalse(true).Options, new QuizOption(Guid.CreateVersion7(), "maybe", false)] };

        Assert.Equal(LearningErrors.TrueFalseNeedsTwoOptions, Quiz.Create(Guid.CreateVersion7(), "Тест", [question], 60, 3).Error);
    }

    [Fact]
    public void Grade_Matching_AllPairsRight_Scores()
    {
        var question = Matching(("ЦНАП", "центр адмінпослуг"), ("ЄДЕССБ", "екосистема будівництва"), ("Дія", "портал послуг"));
        var quiz = NewQuiz(100, 3, false, question);
        var pairs = question.Options.ToDictionary(o => o.Id, o => o.Id);

        Assert.True(QuizGrader.Grade(quiz, new Dictionary<Guid, IReadOnlySet<Guid>>(), Matches(question.Id, pairs)).Passed);
    }

    [Fact]
    public void Grade_Matching_OneWrongOrMissingPair_ScoresNothing()
    {
        var question = Matching(("A", "1"), ("B", "2"), ("C", "3"));
        var quiz = NewQuiz(1, 3, false, question);
        var o = question.Options;
        var swapped = new Dictionary<Guid, Guid> { [o[0].Id] = o[1].Id, [o[1].Id] = o[0].Id, [o[2].Id] = o[2].Id };
        var missing = new Dictionary<Guid, Guid> { [o[0].Id] = o[0].Id, [o[1].Id] = o[1].Id };

        Assert.Equal(0, QuizGrader.Grade(quiz, new Dictionary<Guid, IReadOnlySet<Guid>>(), Matches(question.Id, swapped)).Correct);
        Assert.Equal(0, QuizGrader.Grade(quiz, new Dictionary<Guid, IReadOnlySet<Guid>>(), Matches(question.Id, missing)).Correct);
        Assert.Equal(0, QuizGrader.Grade(quiz, new Dictionary<Guid, IReadOnlySet<Guid>>()).Correct);
    }

    [Fact]
    public void Grade_Matching_SameWordingEitherWay_Scores()
    {
        var question = Matching(("A", "так"), ("B", "так"));
        var quiz = NewQuiz(100, 3, false, question);
        var o = question.Options;

        Assert.True(QuizGrader.Grade(quiz, new Dictionary<Guid, IReadOnlySet<Guid>>(), Matches(question.Id, new() { [o[0].Id] = o[1].Id, [o[1].Id] = o[0].Id })).Passed);
    }

    [Fact]
    public void Create_MatchingWithoutAMatch_IsRefused() =>
        Assert.Equal(LearningErrors.MatchingNeedsPairs,
            Quiz.Create(Guid.CreateVersion7(), "Тест", [Matching(("A", "1"), ("B", " "))], 60, 3).Error);

    [Fact]
    public void Order_TrueFalse_KeepsTrueFirstEvenWhenShuffling()
    {
        var question = TrueFalse(false);
        var quiz = NewQuiz(60, 3, true, question);

        foreach (var seed in Enumerable.Range(0, 10))
            Assert.Equal("true", QuizShuffle.Order(quiz, (ulong)seed)[0].Options[0].Text);
    }

    [Fact]
    public void AttemptRecord_KeepsTheDrawnQuestions()
    {
        var quiz = Bank(6, 2);
        var drawn = QuizShuffle.Draw(quiz, 11);
        var grade = QuizGrader.Grade(quiz.Drawn(drawn), new Dictionary<Guid, IReadOnlySet<Guid>>());

        var record = QuizAttemptRecord.Create(Guid.CreateVersion7(), quiz.Id, 1, grade, DateTimeOffset.UnixEpoch, drawn);

        Assert.Equal(drawn, record.DrawnQuestionIds);
    }

    private static Dictionary<Guid, IReadOnlyDictionary<Guid, Guid>> Matches(Guid questionId, Dictionary<Guid, Guid> pairs) => new() { [questionId] = pairs };
}
