using EGov.Collab.App.Learning;
using EGov.Collab.Data;
using EGov.Collab.Data.Seeding;
using EGov.Collab.Domain.Common;
using EGov.Collab.Domain.Learning;
using EGov.Collab.Tests.Support;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace EGov.Collab.Tests.Integration.Learning;

[Collection(SharedPortal.Name)]
public sealed class CohortCreationTests(PortalFactory portal)
{
    private CohortCreation Creation => portal.Services.GetRequiredService<CohortCreation>();

    private async Task<CollabDbContext> DbAsync() =>
        await portal.Services.GetRequiredService<IDbContextFactory<CollabDbContext>>().CreateDbContextAsync();

    private async Task<NewCohort> FormAsync(string name)
    {
        Guid courseId;
        await using (var db = await DbAsync())
            courseId = await db.Courses.Where(c => c.Title == LearningDemoData.CourseTitle).Select(c => c.Id).SingleAsync();
        var today = portal.Services.GetRequiredService<TimeProvider>().GetUtcNow().UtcDateTime.Date;
        return new NewCohort
        {
            CourseId = courseId, Name = name, Kind = CohortKind.SelfPaced, StartsOn = today, EndsOn = today.AddDays(60),
            ClosesOn = today.AddDays(60), Capacity = 20, SelfEnrolment = true,
        };
    }

    [Fact]
    public async Task Create_ByTrainer_TrainerRunsItLearnerEnrolsAndCreationIsAudited()
    {
        var trainerId = (await portal.MemberByEmailAsync("trainer@demo.egov.ua")).Id;
        var trainer = PortalForms.PrincipalOf(trainerId);
        var form = await FormAsync($"Нова група {Guid.NewGuid():N}");
        form.TrainerId = (await portal.CreateMemberAsync()).Id; // a trainer cannot hand the cohort to someone else

        Assert.True(await Creation.CanCreateAsync(trainer));
        var options = (await Creation.OptionsAsync(trainer)).Value;
        Assert.Equal([trainerId], options.Trainers.Select(t => t.Id));
        var created = await Creation.CreateAsync(trainer, form);

        Assert.True(created.IsSuccess, created.IsSuccess ? null : created.Error!.ToString());
        await using (var db = await DbAsync())
        {
            var cohort = await db.Cohorts.SingleAsync(c => c.Id == created.Value);
            Assert.Equal(trainerId, cohort.TrainerId);
            Assert.Equal(form.Name, cohort.Name);
            Assert.Equal(20, cohort.Capacity);
            Assert.True(await db.AuditEntries.AnyAsync(a => a.Action == "learning.cohort.created" && a.Subject == $"cohort:{cohort.Id}"));
        }
        var learner = PortalForms.PrincipalOf((await portal.CreateMemberAsync()).Id);
        Assert.True((await portal.Services.GetRequiredService<CohortDesk>().EnrolSelfAsync(learner, created.Value)).IsSuccess);
        Assert.True((await portal.Services.GetRequiredService<CohortDesk>().ProgressAsync(trainer, created.Value)).IsSuccess);
    }

    [Fact]
    public async Task Create_InvalidDates_AreRefusedBesideTheFieldAndNothingIsStored()
    {
        var trainer = PortalForms.PrincipalOf((await portal.MemberByEmailAsync("trainer@demo.egov.ua")).Id);
        var form = await FormAsync($"Група з датами {Guid.NewGuid():N}");

        form.EndsOn = form.StartsOn!.Value.AddDays(-1);
        Assert.Equal(LearningErrors.CohortDatesInvalid, (await Creation.CreateAsync(trainer, form)).Error);
        form.EndsOn = form.StartsOn.Value.AddDays(30);
        form.ClosesOn = form.StartsOn.Value.AddDays(-2);
        var closing = (await Creation.CreateAsync(trainer, form)).Error;
        Assert.Equal(LearningErrors.CohortClosingDateInvalid, closing);
        Assert.Equal("ClosesOn", closing!.Field);
        form.ClosesOn = null;
        Assert.Equal(CommonErrors.Required("ClosesOn"), (await Creation.CreateAsync(trainer, form)).Error);

        await using var db = await DbAsync();
        Assert.False(await db.Cohorts.AnyAsync(c => c.Name == form.Name));
    }

    [Fact]
    public async Task Create_ByLearnerWithoutTrainerRole_IsForbidden()
    {
        var learner = PortalForms.PrincipalOf((await portal.CreateMemberAsync()).Id);
        var form = await FormAsync($"Чужа група {Guid.NewGuid():N}");

        Assert.False(await Creation.CanCreateAsync(learner));
        Assert.Equal(CommonErrors.Forbidden, (await Creation.OptionsAsync(learner)).Error);
        Assert.Equal(CommonErrors.Forbidden, (await Creation.CreateAsync(learner, form)).Error);
        await using var db = await DbAsync();
        Assert.False(await db.Cohorts.AnyAsync(c => c.Name == form.Name));
    }

    [Fact]
    public async Task Create_ByAdministrator_PicksATrainerButNotSomeoneWithoutTheRole()
    {
        var admin = PortalForms.PrincipalOf((await portal.MemberByEmailAsync("admin@demo.egov.ua")).Id);
        var trainerId = (await portal.MemberByEmailAsync("trainer@demo.egov.ua")).Id;
        var form = await FormAsync($"Регіональна група {Guid.NewGuid():N}");
        form.Kind = CohortKind.TrainerLed;
        form.SelfEnrolment = false;

        Assert.Contains(trainerId, (await Creation.OptionsAsync(admin)).Value.Trainers.Select(t => t.Id));
        form.TrainerId = trainerId;
        Assert.Equal(LearningErrors.RegionRequired, (await Creation.CreateAsync(admin, form)).Error);
        form.RegionCode = Regions.Kyiv.Code;
        form.TrainerId = (await portal.CreateMemberAsync()).Id;
        Assert.Equal(LearningErrors.NotATrainer, (await Creation.CreateAsync(admin, form)).Error);
        form.TrainerId = trainerId;
        var created = await Creation.CreateAsync(admin, form);

        Assert.True(created.IsSuccess);
        await using var db = await DbAsync();
        Assert.Equal(trainerId, (await db.Cohorts.SingleAsync(c => c.Id == created.Value)).TrainerId);
    }
}
