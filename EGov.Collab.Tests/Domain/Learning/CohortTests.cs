using EGov.Collab.Domain.Common;
using EGov.Collab.Domain.Learning;

namespace EGov.Collab.Tests.Domain.Learning;

public sealed class CohortTests
{
    private static readonly DateTimeOffset Closes = new(2026, 5, 29, 21, 0, 0, TimeSpan.Zero);

    private static Cohort NewCohort(CohortKind kind = CohortKind.SelfPaced, bool selfEnrolment = true, int? capacity = 20) =>
        Cohort.Create(Guid.CreateVersion7(), "Перша група", kind, new DateOnly(2026, 2, 2), new DateOnly(2026, 5, 29), Closes,
            Guid.CreateVersion7(), Regions.Kyiv.Code, selfEnrolment, capacity).Value;

    [Fact]
    public void CanEnrol_OpenWithRoom_Succeeds() =>
        Assert.True(NewCohort().CanEnrol(false, 19, Closes.AddDays(-1)).IsSuccess);

    [Fact]
    public void CanEnrol_AfterClosing_IsRefused() =>
        Assert.Equal(LearningErrors.CohortClosed, NewCohort().CanEnrol(true, 0, Closes).Error);

    [Fact]
    public void CanEnrol_Full_IsRefused() =>
        Assert.Equal(LearningErrors.CohortFull, NewCohort().CanEnrol(false, 20, Closes.AddDays(-1)).Error);

    [Fact]
    public void CanEnrol_ByThemselvesWhenOnlyTrainerEnrols_IsRefusedButTrainerMay()
    {
        var cohort = NewCohort(CohortKind.TrainerLed, selfEnrolment: false);

        Assert.Equal(LearningErrors.SelfEnrolmentClosed, cohort.CanEnrol(false, 0, Closes.AddDays(-1)).Error);
        Assert.True(cohort.CanEnrol(true, 0, Closes.AddDays(-1)).IsSuccess);
    }

    [Fact]
    public void Create_EndBeforeStart_IsRefused()
    {
        var result = Cohort.Create(Guid.CreateVersion7(), "Група", CohortKind.SelfPaced, new DateOnly(2026, 5, 1), new DateOnly(2026, 4, 1), Closes, null, null, true, null);

        Assert.Equal(LearningErrors.CohortDatesInvalid, result.Error);
    }

    [Fact]
    public void Create_TrainerLedWithoutTrainer_IsRefused()
    {
        var result = Cohort.Create(Guid.CreateVersion7(), "Група", CohortKind.TrainerLed, new DateOnly(2026, 4, 1), new DateOnly(2026, 5, 1), Closes, null, null, false, null);

        Assert.Equal(LearningErrors.TrainerRequired, result.Error);
    }

    [Fact]
    public void Create_ClosingBeforeStart_IsRefused()
    {
        var result = Cohort.Create(Guid.CreateVersion7(), "Група", CohortKind.SelfPaced, new DateOnly(2026, 4, 1), new DateOnly(2026, 5, 1),
            new DateTimeOffset(2026, 3, 31, 20, 59, 59, TimeSpan.Zero), null, null, true, null);

        Assert.Equal(LearningErrors.CohortClosingDateInvalid, result.Error);
    }

    [Fact]
    public void Create_TrainerLedWithoutRegion_IsRefused()
    {
        var result = Cohort.Create(Guid.CreateVersion7(), "Група", CohortKind.TrainerLed, new DateOnly(2026, 4, 1), new DateOnly(2026, 5, 1), Closes,
            Guid.CreateVersion7(), " ", false, null);

        Assert.Equal(LearningErrors.RegionRequired, result.Error);
    }

    [Fact]
    public void CertificateKind_TrainingOfTrainers_IsTrainerConsultant()
    {
        Assert.Equal(CertificateKind.TrainerConsultant, NewCohort(CohortKind.TrainingOfTrainers).CertificateKind);
        Assert.Equal(CertificateKind.CourseCompletion, NewCohort(CohortKind.TrainerLed).CertificateKind);
    }

    [Fact]
    public void Close_ByHand_RefusesEnrolmentsBeforeTheDate_AndTwiceIsAlreadyClosed()
    {
        var cohort = NewCohort();
        var now = Closes.AddDays(-30);

        Assert.True(cohort.Close(now).IsSuccess);
        Assert.True(cohort.IsClosed(now));
        Assert.Equal(now, cohort.EffectiveClosesAt);
        Assert.Equal(LearningErrors.CohortClosed, cohort.CanEnrol(true, 0, now).Error);
        Assert.Equal(LearningErrors.CohortAlreadyClosed, cohort.Close(now).Error);
    }

    [Fact]
    public void Update_ChangesNameDatesAndCapacity()
    {
        var cohort = NewCohort();

        var result = cohort.Update(" Друга група ", new DateOnly(2026, 3, 1), new DateOnly(2026, 6, 30), Closes.AddMonths(1), false, 30, 5);

        Assert.True(result.IsSuccess);
        Assert.Equal("Друга група", cohort.Name);
        Assert.Equal(new DateOnly(2026, 6, 30), cohort.EndsOn);
        Assert.Equal(30, cohort.Capacity);
        Assert.False(cohort.SelfEnrolment);
    }

    [Fact]
    public void Update_CapacityBelowLearners_IsRefusedOnItsField()
    {
        var cohort = NewCohort();

        var result = cohort.Update("Перша група", cohort.StartsOn, cohort.EndsOn, cohort.ClosesAt, true, 3, 5);

        Assert.Equal(LearningErrors.CapacityBelowEnrolled, result.Error);
        Assert.Equal("Capacity", result.Error!.Field);
        Assert.Equal(20, cohort.Capacity);
    }

    [Fact]
    public void Update_EndBeforeStart_IsRefused() =>
        Assert.Equal(LearningErrors.CohortDatesInvalid,
            NewCohort().Update("Група", new DateOnly(2026, 5, 1), new DateOnly(2026, 4, 1), Closes, true, null, 0).Error);
}
