using EGov.Collab.Domain.Learning;
using static EGov.Collab.Tests.Domain.Learning.QuizBuilder;

namespace EGov.Collab.Tests.Domain.Learning;

public sealed class QuizAttemptsTests
{
    private static readonly DateTimeOffset Now = new(2026, 11, 23, 12, 0, 0, TimeSpan.Zero);
    private static readonly Quiz ThreeAttempts = NewQuiz(60, 3, true, Single("Q1"));

    [Theory]
    [InlineData(0)]
    [InlineData(2)]
    public void Check_UnderLimitCohortOpen_Success(int used) =>
        Assert.True(QuizAttempts.Check(ThreeAttempts, used, Now.AddDays(1), Now).IsSuccess);

    [Theory]
    [InlineData(3)]
    [InlineData(4)]
    public void Check_LimitUsed_AttemptLimitReached(int used) =>
        Assert.Equal("Learning.AttemptLimitReached", QuizAttempts.Check(ThreeAttempts, used, Now.AddDays(1), Now).Error?.Code);

    [Fact]
    public void Check_AtClosingMoment_CohortClosed() =>
        Assert.Equal("Learning.CohortClosed", QuizAttempts.Check(ThreeAttempts, 0, Now, Now).Error?.Code);

    [Fact]
    public void Check_AfterClosing_CohortClosed() =>
        Assert.Equal("Learning.CohortClosed", QuizAttempts.Check(ThreeAttempts, 0, Now.AddSeconds(-1), Now).Error?.Code);

    [Fact]
    public void Check_ClosedAndLimitUsed_CohortClosedFirst() =>
        Assert.Equal("Learning.CohortClosed", QuizAttempts.Check(ThreeAttempts, 3, Now.AddDays(-1), Now).Error?.Code);

    [Fact]
    public void Check_NoClosingDate_OnlyLimitApplies()
    {
        Assert.True(QuizAttempts.Check(ThreeAttempts, 2, null, Now).IsSuccess);
        Assert.Equal("Learning.AttemptLimitReached", QuizAttempts.Check(ThreeAttempts, 3, null, Now).Error?.Code);
    }

    [Theory]
    [InlineData(0, 3)]
    [InlineData(2, 1)]
    [InlineData(3, 0)]
    [InlineData(5, 0)]
    public void Remaining_AttemptsUsed_NeverNegative(int used, int remaining) =>
        Assert.Equal(remaining, QuizAttempts.Remaining(ThreeAttempts, used));
}
