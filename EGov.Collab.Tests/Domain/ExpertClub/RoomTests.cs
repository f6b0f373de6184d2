using EGov.Collab.Domain.ExpertClub;

namespace EGov.Collab.Tests.Domain.ExpertClub;

public sealed class RoomTests
{
    [Fact]
    public void CreateForCohort_IsPrivate_AndRemembersItsCohort()
    {
        var cohortId = Guid.NewGuid();

        var room = Room.CreateForCohort(cohortId, "Електронне урядування · Група 1", "01.02.2027 – 30.03.2027", Guid.NewGuid(), DateTimeOffset.UtcNow).Value;

        Assert.True(room.IsPrivate);
        Assert.Equal(cohortId, room.CohortId);
        Assert.Null(Room.Create("Загальна", null, false, Guid.NewGuid(), DateTimeOffset.UtcNow).Value.CohortId);
    }

    [Fact]
    public void CreateForCohort_ALongCourseAndCohortName_IsShortenedToFit_NotRefused()
    {
        var name = new string('К', Room.NameMaxLength) + " · Група";

        var room = Room.CreateForCohort(Guid.NewGuid(), name, null, Guid.NewGuid(), DateTimeOffset.UtcNow);

        Assert.True(room.IsSuccess);
        Assert.Equal(Room.NameMaxLength, room.Value.Name.Length);
        Assert.EndsWith("…", room.Value.Name, StringComparison.Ordinal);
    }
}
