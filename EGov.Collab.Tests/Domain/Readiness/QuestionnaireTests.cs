using EGov.Collab.Domain.Common;
using EGov.Collab.Domain.Readiness;

namespace EGov.Collab.Tests.Domain.Readiness;

public sealed class QuestionnaireTests
{
    private static readonly DateTimeOffset Now = new(2026, 3, 1, 9, 0, 0, TimeSpan.Zero);
    private static readonly Guid Reviewer = Guid.CreateVersion7();

    /// <summary>A: A1 yes/no (evidence required) + A2 0–4; B: B1 percentage, B2 optional yes/no.</summary>
    private static readonly RatingModel Model = RatingModel.Create(2026,
    [
        new RatingComponent("A", 60m, [new RatingIndicator("A1", 50m, AnswerScale.YesNo, EvidenceRequired: true), new RatingIndicator("A2", 50m, AnswerScale.Ordinal(4))]),
        new RatingComponent("B", 40m, [new RatingIndicator("B1", 70m, AnswerScale.Percentage), new RatingIndicator("B2", 30m, AnswerScale.YesNo, AnswerRequired: false)]),
    ]).Value;

    private static Questionnaire New() => Questionnaire.Invite(2026, Guid.CreateVersion7(), Guid.CreateVersion7(), Now);

    private static Questionnaire Complete()
    {
        var q = New();
        Assert.True(q.SaveAnswer(Model, "A1", 1m, "https://rada.gov.ua/strategy", Now).IsSuccess);
        Assert.True(q.SaveAnswer(Model, "A2", 3m, null, Now).IsSuccess);
        Assert.True(q.SaveAnswer(Model, "B1", 45.5m, null, Now).IsSuccess);
        return q;
    }

    [Fact]
    public void SaveAnswer_OutsideItsScale_RefusedAndPreviousAnswerKept()
    {
        var q = New();
        q.SaveAnswer(Model, "A2", 2m, null, Now);

        var tooHigh = q.SaveAnswer(Model, "A2", 5m, null, Now);
        var fraction = q.SaveAnswer(Model, "A2", 1.5m, null, Now);
        var percent = q.SaveAnswer(Model, "B1", 100.01m, null, Now);

        Assert.Equal(ReadinessErrors.AnswerOutOfScale("A2"), tooHigh.Error);
        Assert.Equal(ReadinessErrors.AnswerOutOfScale("A2"), fraction.Error);
        Assert.Equal(ReadinessErrors.AnswerOutOfScale("B1"), percent.Error);
        Assert.Equal(2m, q.AnswerTo("A2")!.Value);
        Assert.Null(q.AnswerTo("B1"));
    }

    [Theory]
    [InlineData("rada.gov.ua/doc")]
    [InlineData("ftp://rada.gov.ua/doc")]
    [InlineData("https://localhost/doc")]
    [InlineData("javascript:alert(1)")]
    public void SaveAnswer_MalformedEvidenceLink_Refused(string link)
    {
        var q = New();

        var result = q.SaveAnswer(Model, "A1", 1m, link, Now);

        Assert.Equal(ReadinessErrors.EvidenceLinkInvalid("A1"), result.Error);
        Assert.Null(q.AnswerTo("A1"));
    }

    [Fact]
    public void SaveAnswer_UnknownQuestion_Refused()
    {
        Assert.Equal(ReadinessErrors.UnknownIndicator("Z9"), New().SaveAnswer(Model, "Z9", 1m, null, Now).Error);
    }

    [Fact]
    public void Submit_MissingRequiredAnswersAndEvidence_ListsEveryProblemAndStaysEditable()
    {
        var q = New();
        q.SaveAnswer(Model, "A1", 1m, null, Now);

        var result = q.Submit(Model, Now);

        Assert.False(result.IsValid);
        Assert.Contains(ReadinessErrors.MissingRequiredAnswer("A2"), result.Errors);
        Assert.Contains(ReadinessErrors.MissingRequiredAnswer("B1"), result.Errors);
        Assert.Contains(ReadinessErrors.EvidenceMissing("A1"), result.Errors);
        Assert.DoesNotContain(ReadinessErrors.MissingRequiredAnswer("B2"), result.Errors);
        Assert.Equal(QuestionnaireStatus.InProgress, q.Status);
        Assert.Equal(1m, q.AnswerTo("A1")!.Value);
    }

    [Fact]
    public void Submit_NoAnswerNeedsNoEvidence()
    {
        var q = Complete();
        q.SaveAnswer(Model, "A1", 0m, null, Now);

        Assert.True(q.Submit(Model, Now).IsValid);
    }

    [Fact]
    public void Submit_Complete_ScoresAndAwaitsReview()
    {
        var q = Complete();

        var result = q.Submit(Model, Now);

        Assert.True(result.IsValid);
        Assert.Equal(0.875, result.Value.Components["A"], 10);
        Assert.Equal(0.7 * 0.455, result.Value.Components["B"], 10);
        Assert.Equal(QuestionnaireStatus.Submitted, q.Status);
        Assert.Equal(ReadinessErrors.QuestionnaireAwaitingReview, q.SaveAnswer(Model, "A2", 4m, null, Now).Error);
    }

    [Fact]
    public void Return_CommentOnQuestionNotInModel_RefusedAndNothingChanges()
    {
        var q = Complete();
        q.Submit(Model, Now);

        var result = q.Return(Model, [("A2", "Уточніть, будь ласка"), ("X1", "Такого питання немає")], Reviewer, Now);

        Assert.Equal(ReadinessErrors.UnknownIndicator("X1"), result.Error);
        Assert.Equal(QuestionnaireStatus.Submitted, q.Status);
        Assert.Empty(q.Comments);
    }

    [Fact]
    public void Return_WithoutComment_Refused()
    {
        var q = Complete();
        q.Submit(Model, Now);

        Assert.Equal(ReadinessErrors.ReturnNeedsComment, q.Return(Model, [("A2", "  ")], Reviewer, Now).Error);
    }

    [Fact]
    public void ReturnCorrectResubmitVerify_LocksAndRefusesEveryChange()
    {
        var q = Complete();
        q.Submit(Model, Now);

        Assert.True(q.Return(Model, [("A2", "Підтвердіть наказом")], Reviewer, Now).IsSuccess);
        Assert.Equal(QuestionnaireStatus.Returned, q.Status);
        Assert.Equal("A2", Assert.Single(q.OpenComments).IndicatorCode);
        Assert.True(q.SaveAnswer(Model, "A2", 2m, null, Now).IsSuccess);
        Assert.True(q.Submit(Model, Now).IsValid);
        Assert.True(q.Verify(Reviewer, Now).IsSuccess);

        Assert.True(q.IsLocked);
        Assert.Equal(ReadinessErrors.QuestionnaireLocked, q.SaveAnswer(Model, "A2", 4m, null, Now).Error);
        Assert.Equal(ReadinessErrors.QuestionnaireLocked, q.Submit(Model, Now).Errors[0]);
        Assert.Equal(ReadinessErrors.QuestionnaireLocked, q.Return(Model, [("A2", "ще раз")], Reviewer, Now).Error);
        Assert.Equal(ReadinessErrors.QuestionnaireLocked, q.Verify(Reviewer, Now).Error);
        Assert.Equal(2m, q.AnswerTo("A2")!.Value);
    }

    [Fact]
    public void Verify_NotSubmitted_Refused()
    {
        Assert.Equal(ReadinessErrors.QuestionnaireNotSubmitted, New().Verify(Reviewer, Now).Error);
    }
}
