using EGov.Collab.Domain.Common;
using EGov.Collab.Domain.Practices;

namespace EGov.Collab.Tests.Domain.Practices;

public sealed class PracticeTests
{
    private static readonly DateTimeOffset Now = new(2026, 6, 1, 9, 0, 0, TimeSpan.Zero);
    private static readonly DateOnly Jan2024 = new(2024, 1, 15);
    private static readonly DateOnly Jan2025 = new(2025, 1, 15);

    private static PracticeContent Complete(params MeasuredResult[] results) => new()
    {
        TitleUk = "Електронна черга", ProblemUk = "Черги", SolutionUk = "Запис онлайн", CommunityId = Guid.NewGuid(), Results = results,
    };

    private static Practice Published()
    {
        var practice = Practice.Create(Complete(), null, Guid.NewGuid(), Now).Value;
        Assert.True(practice.Submit(Now).IsSuccess);
        Assert.True(practice.Publish(Now).IsSuccess);
        return practice;
    }

    [Fact]
    public void Result_ValueWithoutUnit_Refused() =>
        Assert.Equal(PracticeErrors.ResultUnit, new MeasuredResult("Очікування", "", "", 40, Jan2024, 10, Jan2025).Validate().Error);

    [Fact]
    public void Result_ValueWithoutDate_Refused() =>
        Assert.Equal(PracticeErrors.ResultDate, new MeasuredResult("Очікування", "", "хв", 40, null, 10, Jan2025).Validate().Error);

    [Fact]
    public void Result_AfterMeasuredBeforeBefore_Refused() =>
        Assert.Equal(PracticeErrors.ResultDateOrder, new MeasuredResult("Очікування", "", "хв", 40, Jan2025, 10, Jan2024).Validate().Error);

    [Fact]
    public void Create_ResultWithoutUnit_RefusedAndNothingCreated() =>
        Assert.Equal(PracticeErrors.ResultUnit, Practice.Create(Complete(new MeasuredResult("Очікування", "", " ", 40, Jan2024, 10, Jan2025)), null, Guid.NewGuid(), Now).Error);

    [Fact]
    public void IsProven_OnlyWhenMeasuredBeforeAndAfter()
    {
        var onlyBefore = Practice.Create(Complete(new MeasuredResult("Очікування", "", "хв", 40, Jan2024, null, null)), null, Guid.NewGuid(), Now).Value;
        var both = Practice.Create(Complete(new MeasuredResult("Очікування", "", "хв", 40, Jan2024, 10, Jan2025)), null, Guid.NewGuid(), Now).Value;

        Assert.False(onlyBefore.IsProven);
        Assert.True(both.IsProven);
        Assert.Equal(10, both.Results.Single().After);
    }

    [Fact]
    public void Submit_WithoutProblemOrCommunity_RefusedAndStaysDraft()
    {
        var practice = Practice.Create(new PracticeContent { TitleUk = "Лише назва" }, null, Guid.NewGuid(), Now).Value;

        Assert.Equal(CommonErrors.Required(nameof(PracticeContent.ProblemUk)), practice.Submit(Now).Error);
        Assert.Equal(PracticeStatus.Draft, practice.Status);
    }

    [Fact]
    public void Workflow_SubmitRequestChangesResubmitPublish()
    {
        var practice = Practice.Create(Complete(), null, Guid.NewGuid(), Now).Value;

        Assert.Equal(PracticeErrors.WrongStatus, practice.RequestChanges(Now).Error);
        Assert.True(practice.Submit(Now).IsSuccess);
        Assert.Equal(PracticeErrors.NotEditable, practice.Edit(Complete(), null, byExpert: false, Now).Error);
        Assert.True(practice.RequestChanges(Now).IsSuccess);
        Assert.True(practice.Edit(Complete() with { TitleUk = "Виправлено" }, null, byExpert: false, Now).IsSuccess);
        Assert.True(practice.Submit(Now).IsSuccess);
        Assert.True(practice.Publish(Now.AddDays(1)).IsSuccess);

        Assert.Equal(PracticeStatus.Published, practice.Status);
        Assert.Equal(Now.AddDays(1), practice.PublishedAt);
        Assert.Equal(PracticeErrors.WrongStatus, practice.Publish(Now).Error);
    }

    [Theory]
    [InlineData("SERV", true)]
    [InlineData("SERV.1", true)]
    [InlineData("serv", false)]
    [InlineData("SERV.", false)]
    [InlineData("SERV.1.2", false)]
    [InlineData("", false)]
    public void IsReadinessCode_ComponentOrIndicator(string code, bool valid) => Assert.Equal(valid, PracticeContent.IsReadinessCode(code));

    [Fact]
    public void Replication_SameCommunityTwice_Refused()
    {
        var practice = Published();
        var community = Guid.NewGuid();

        var first = Replication.Record(practice, community, null, "Адаптували", "", new DateOnly(2026, 1, 1), [], Guid.NewGuid(), Now);
        var second = Replication.Record(practice, community, null, "Ще раз", "", new DateOnly(2026, 2, 1), [community], Guid.NewGuid(), Now);

        Assert.True(first.IsSuccess);
        Assert.Equal(PracticeErrors.AlreadyReplicated, second.Error);
    }

    [Fact]
    public void Replication_ByTheImplementingCommunityOrOfADraft_Refused()
    {
        var practice = Published();
        var draft = Practice.Create(Complete(), null, Guid.NewGuid(), Now).Value;

        Assert.Equal(PracticeErrors.OwnPractice, Replication.Record(practice, practice.CommunityId!.Value, null, "н", "", new DateOnly(2026, 1, 1), [], Guid.NewGuid(), Now).Error);
        Assert.Equal(PracticeErrors.NotPublished, Replication.Record(draft, Guid.NewGuid(), null, "н", "", new DateOnly(2026, 1, 1), [], Guid.NewGuid(), Now).Error);
    }
}
