using EGov.Collab.Domain.Common;

namespace EGov.Collab.Domain.ExpertClub;

/// <summary>A discussion room. Anyone reads a public room and club members write in it; a private room is for invited members only.</summary>
public sealed class Room
{
    public const int NameMaxLength = 150;
    public const int DescriptionMaxLength = 1000;

    private Room()
    {
        Name = "";
    }

    public Guid Id { get; private set; }
    public string Name { get; private set; }
    public string? Description { get; private set; }
    public bool IsPrivate { get; private set; }
    public DateTimeOffset CreatedAt { get; private set; }
    public Guid CreatedById { get; private set; }

    /// <summary>The e-learning cohort this private room was made for; its members follow the cohort's enrolment.</summary>
    public Guid? CohortId { get; private set; }

    /// <summary>A private room for one cohort's discussion: its learners and trainer are its members.</summary>
    public static Result<Room> CreateForCohort(Guid cohortId, string? name, string? description, Guid createdById, DateTimeOffset now)
    {
        var room = Create(Shorten(name), description, true, createdById, now);
        if (room.IsSuccess) room.Value.CohortId = cohortId;
        return room;
    }

    private static string? Shorten(string? name) =>
        name is { Length: > NameMaxLength } ? name[..(NameMaxLength - 1)].TrimEnd() + "…" : name;

    public static Result<Room> Create(string? name, string? description, bool isPrivate, Guid createdById, DateTimeOffset now)
    {
        if (string.IsNullOrWhiteSpace(name)) return CommonErrors.Required(nameof(Name));
        if (name.Trim().Length > NameMaxLength) return CommonErrors.TooLong(nameof(Name));
        if (description?.Length > DescriptionMaxLength) return CommonErrors.TooLong(nameof(Description));
        return new Room
        {
            Id = Guid.CreateVersion7(),
            Name = name.Trim(),
            Description = string.IsNullOrWhiteSpace(description) ? null : description.Trim(),
            IsPrivate = isPrivate,
            CreatedAt = now,
            CreatedById = createdById,
        };
    }
}

/// <summary>A member invited to a private room.</summary>
public sealed class RoomMember
{
    private RoomMember()
    {
    }

    public Guid RoomId { get; private set; }
    public Guid MemberId { get; private set; }
    public DateTimeOffset AddedAt { get; private set; }

    public static RoomMember Create(Guid roomId, Guid memberId, DateTimeOffset now) => new() { RoomId = roomId, MemberId = memberId, AddedAt = now };
}
