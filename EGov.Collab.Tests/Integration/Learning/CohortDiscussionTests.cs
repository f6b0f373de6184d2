using EGov.Collab.App.ExpertClub;
using EGov.Collab.App.Learning;
using EGov.Collab.Data;
using EGov.Collab.Domain.Common;
using EGov.Collab.Domain.Learning;
using EGov.Collab.Tests.Support;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace EGov.Collab.Tests.Integration.Learning;

[Collection(SharedPortal.Name)]
public sealed class CohortDiscussionTests(PortalFactory portal)
{
    private T Service<T>() where T : notnull => portal.Services.GetRequiredService<T>();

    private async Task<CollabDbContext> DbAsync() =>
        await Service<IDbContextFactory<CollabDbContext>>().CreateDbContextAsync();

    [Fact]
    public async Task Discussion_IsOnePrivateRoomOfTheCohort_ItsLearnersAndTrainerIn_OutsidersRefused()
    {
        var course = await LearningSeed.CourseAsync(portal.Services, QuizReview.RightOrWrong);
        var desk = Service<CohortDesk>();
        var learner = await portal.CreateMemberAsync();
        var outsider = PortalForms.PrincipalOf((await portal.CreateMemberAsync()).Id);
        var trainer = await LearningSeed.PrincipalAsync(portal.Services, LearningSeed.TrainerEmail);
        Assert.True((await desk.EnrolSelfAsync(PortalForms.PrincipalOf(learner.Id), course.CohortId)).IsSuccess);

        var opened = await desk.DiscussionAsync(PortalForms.PrincipalOf(learner.Id), course.CohortId);
        var again = await desk.DiscussionAsync(trainer, course.CohortId);

        Assert.True(opened.IsSuccess);
        Assert.Equal(opened.Value, again.Value);
        Assert.Equal(CommonErrors.Forbidden, (await desk.DiscussionAsync(outsider, course.CohortId)).Error);
        Assert.Equal(CommonErrors.NotFound, (await desk.DiscussionAsync(trainer, Guid.NewGuid())).Error);
        await using var db = await DbAsync();
        var room = await db.ClubRooms.SingleAsync(r => r.CohortId == course.CohortId);
        Assert.True(room.IsPrivate);
        Assert.Contains(course.Title, room.Name, StringComparison.Ordinal);
        var members = await db.ClubRoomMembers.Where(m => m.RoomId == room.Id).Select(m => m.MemberId).ToListAsync();
        Assert.Equal(new[] { learner.Id, await LearningSeed.MemberIdAsync(portal.Services, LearningSeed.TrainerEmail) }.Order(), members.Order());
        var rooms = Service<ClubRooms>();
        Assert.True((await rooms.RoomAsync(PortalForms.PrincipalOf(learner.Id), room.Id)).Value.CanWrite);
        Assert.Equal(CommonErrors.Forbidden, (await rooms.RoomAsync(outsider, room.Id)).Error);
    }

    [Fact]
    public async Task LearnerEnrollingAfterTheRoomExists_JoinsIt_AndCanStartATopic()
    {
        var course = await LearningSeed.CourseAsync(portal.Services, QuizReview.RightOrWrong);
        var desk = Service<CohortDesk>();
        var trainer = await LearningSeed.PrincipalAsync(portal.Services, LearningSeed.TrainerEmail);
        var roomId = (await desk.DiscussionAsync(trainer, course.CohortId)).Value;
        var late = await portal.CreateMemberAsync();
        var rooms = Service<ClubRooms>();
        Assert.Equal(CommonErrors.Forbidden, (await rooms.RoomAsync(PortalForms.PrincipalOf(late.Id), roomId)).Error);

        Assert.True((await desk.EnrolSelfAsync(PortalForms.PrincipalOf(late.Id), course.CohortId)).IsSuccess);

        var topic = await rooms.CreateTopicAsync(PortalForms.PrincipalOf(late.Id), roomId, "Питання до тренера", "Коли буде вебінар?");
        Assert.True(topic.IsSuccess, topic.IsSuccess ? "" : topic.Error!.ToString());
        Assert.Contains(await rooms.ListAsync(PortalForms.PrincipalOf(late.Id)), r => r.Id == roomId);
    }

    [Fact]
    public async Task ManyOpeningANewCohortsDiscussionAtOnce_GetOneRoom()
    {
        var course = await LearningSeed.CourseAsync(portal.Services, QuizReview.RightOrWrong);
        var desk = Service<CohortDesk>();
        var learners = new List<Guid>();
        for (var i = 0; i < 6; i++)
        {
            var member = await portal.CreateMemberAsync();
            Assert.True((await desk.EnrolSelfAsync(PortalForms.PrincipalOf(member.Id), course.CohortId)).IsSuccess);
            learners.Add(member.Id);
        }

        var opened = await Task.WhenAll(learners.Select(id => desk.DiscussionAsync(PortalForms.PrincipalOf(id), course.CohortId)));

        Assert.All(opened, o => Assert.True(o.IsSuccess));
        Assert.Single(opened.Select(o => o.Value).Distinct());
        await using var db = await DbAsync();
        Assert.Equal(1, await db.ClubRooms.CountAsync(r => r.CohortId == course.CohortId));
        var members = await db.ClubRoomMembers.Where(m => m.RoomId == opened[0].Value).Select(m => m.MemberId).ToListAsync();
        Assert.Subset(members.ToHashSet(), learners.ToHashSet());
    }
}
