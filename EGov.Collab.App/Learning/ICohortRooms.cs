namespace EGov.Collab.App.Learning;

/// <summary>What a cohort's discussion room is made of: its name, who opened it and who belongs in it now.</summary>
public sealed record CohortRoomRequest(Guid CohortId, string Name, string? Description, Guid OpenedById, IReadOnlyCollection<Guid> Members);

/// <summary>
/// Each cohort discusses in a private expert-club room made for it. The club keeps the room; the course only says
/// which cohort it is for and who is in it, so membership follows enrolment without the course knowing the club's tables.
/// </summary>
public interface ICohortRooms
{
    /// <summary>The cohort's room, made on first use, with every one of <see cref="CohortRoomRequest.Members"/> in it.</summary>
    Task<Guid> EnsureAsync(CohortRoomRequest request, CancellationToken cancellationToken = default);

    /// <summary>A learner joined the cohort: they join its room too, if the room exists yet.</summary>
    Task AddMemberAsync(Guid cohortId, Guid memberId, CancellationToken cancellationToken = default);
}
