using EGov.Collab.Domain.Common;
using EGov.Collab.Domain.Learning;

namespace EGov.Collab.Tests.Domain.Learning;

public sealed class QuizReviewTests
{
    [Theory]
    [InlineData(QuizReview.RightOrWrong, false, 2, QuizReviewShown.RightOrWrong)]
    [InlineData(QuizReview.RightOrWrong, true, 0, QuizReviewShown.RightOrWrong)]
    [InlineData(QuizReview.ScoreOnly, false, 0, QuizReviewShown.Score)]
    [InlineData(QuizReview.ScoreOnly, true, 2, QuizReviewShown.Score)]
    [InlineData(QuizReview.CorrectAnswers, false, 1, QuizReviewShown.RightOrWrong)]
    [InlineData(QuizReview.CorrectAnswers, false, 0, QuizReviewShown.CorrectAnswers)]
    [InlineData(QuizReview.CorrectAnswers, true, 2, QuizReviewShown.CorrectAnswers)]
    public void Shown_GivesTheCorrectAnswersOnlyOnceTheyCannotBeCopiedIntoANextAttempt(QuizReview review, bool passed, int remaining, QuizReviewShown expected) =>
        Assert.Equal(expected, QuizReviews.Shown(review, passed, remaining));

    [Fact]
    public void SetReview_OutsideTheKnownModes_IsRefused_AndKeepsTheSetting()
    {
        var quiz = CourseQuiz.Create(Guid.NewGuid(), Guid.NewGuid(), 1, "Тест", [QuizBuilder.Single("Питання")], 60, 3).Value;
        Assert.Equal(QuizReview.RightOrWrong, quiz.Review);

        Assert.True(quiz.SetReview(QuizReview.CorrectAnswers).IsSuccess);
        var refused = quiz.SetReview((QuizReview)42);

        Assert.Equal(CommonErrors.Invalid(nameof(CourseQuiz.Review)), refused.Error);
        Assert.Equal(QuizReview.CorrectAnswers, quiz.Review);
    }
}
