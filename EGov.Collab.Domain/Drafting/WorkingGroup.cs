using EGov.Collab.Domain.Common;

namespace EGov.Collab.Domain.Drafting;

/// <summary>An inter-regional, inter-sectoral working group: its chairs and members, and the invitations it sent.</summary>
public sealed class WorkingGroup
{
    public const int NameMaxLength = 200;
    public const int DescriptionMaxLength = 2000;

    private readonly List<GroupMember> _members = [];
    private readonly List<GroupInvitation> _invitations = [];

    private WorkingGroup()
    {
        Name = "";
        Description = "";
    }

    public Guid Id { get; private set; }
    public string Name { get; private set; }
    public string Description { get; private set; }
    public GroupVisibility Visibility { get; private set; }
    public DateTimeOffset CreatedAt { get; private set; }
    public IReadOnlyList<GroupMember> Members => _members;
    public IReadOnlyList<GroupInvitation> Invitations => _invitations;

    /// <summary>A new group; its creator is its first chair.</summary>
    public static Result<WorkingGroup> Create(string name, string? description, GroupVisibility visibility, Guid creatorId, DateTimeOffset now)
    {
        name = (name ?? "").Trim();
        description = (description ?? "").Trim();
        if (name.Length == 0) return CommonErrors.Required("name");
        if (name.Length > NameMaxLength) return CommonErrors.TooLong("name");
        if (description.Length > DescriptionMaxLength) return CommonErrors.TooLong("description");
        var group = new WorkingGroup
        {
            Id = Guid.CreateVersion7(),
            Name = name,
            Description = description,
            Visibility = visibility,
            CreatedAt = now,
        };
        group._members.Add(new GroupMember(group.Id, creatorId, GroupRole.Chair, now));
        return group;
    }

    public bool IsMember(Guid memberId) => _members.Any(m => m.MemberId == memberId);

    public bool IsChair(Guid memberId) => _members.Any(m => m.MemberId == memberId && m.Role == GroupRole.Chair);

    /// <summary>A chair invites someone by e-mail (a registered member or not yet).</summary>
    public Result<GroupInvitation> Invite(Guid chairId, string email, Guid? existingMemberId, DateTimeOffset now)
    {
        if (!IsChair(chairId)) return DraftingErrors.NotChair;
        email = (email ?? "").Trim();
        if (email.Length == 0) return CommonErrors.Required("email");
        if (email.Length > GroupInvitation.EmailMaxLength || !email.Contains('@', StringComparison.Ordinal)) return CommonErrors.Invalid("email");
        if (existingMemberId is { } id && IsMember(id)) return DraftingErrors.AlreadyMember;
        if (_invitations.Any(i => i.Status == InvitationStatus.Pending && string.Equals(i.Email, email, StringComparison.OrdinalIgnoreCase)))
            return DraftingErrors.AlreadyInvited;
        var invitation = new GroupInvitation(Id, email, chairId, now);
        _invitations.Add(invitation);
        return invitation;
    }

    /// <summary>A chair adds an existing portal member straight away.</summary>
    public Result AddMember(Guid chairId, Guid memberId, DateTimeOffset now)
    {
        if (!IsChair(chairId)) return DraftingErrors.NotChair;
        if (IsMember(memberId)) return DraftingErrors.AlreadyMember;
        _members.Add(new GroupMember(Id, memberId, GroupRole.Member, now));
        return Result.Success();
    }

    public Result Accept(Guid invitationId, Guid memberId, string memberEmail, DateTimeOffset now)
    {
        var invitation = _invitations.SingleOrDefault(i => i.Id == invitationId);
        if (invitation is null) return CommonErrors.NotFound;
        if (invitation.Status != InvitationStatus.Pending) return DraftingErrors.InvitationNotPending;
        if (!string.Equals(invitation.Email, memberEmail, StringComparison.OrdinalIgnoreCase)) return DraftingErrors.InvitationNotYours;
        invitation.Answer(InvitationStatus.Accepted, now);
        if (!IsMember(memberId)) _members.Add(new GroupMember(Id, memberId, GroupRole.Member, now));
        return Result.Success();
    }

    public Result Decline(Guid invitationId, string memberEmail, DateTimeOffset now)
    {
        var invitation = _invitations.SingleOrDefault(i => i.Id == invitationId);
        if (invitation is null) return CommonErrors.NotFound;
        if (invitation.Status != InvitationStatus.Pending) return DraftingErrors.InvitationNotPending;
        if (!string.Equals(invitation.Email, memberEmail, StringComparison.OrdinalIgnoreCase)) return DraftingErrors.InvitationNotYours;
        invitation.Answer(InvitationStatus.Declined, now);
        return Result.Success();
    }

    /// <summary>A member leaves; the last chair cannot (a group always has someone to decide).</summary>
    public Result Leave(Guid memberId)
    {
        var membership = _members.SingleOrDefault(m => m.MemberId == memberId);
        if (membership is null) return DraftingErrors.NotMember;
        if (membership.Role == GroupRole.Chair && _members.Count(m => m.Role == GroupRole.Chair) == 1) return DraftingErrors.LastChair;
        _members.Remove(membership);
        return Result.Success();
    }

    public Result SetRole(Guid chairId, Guid memberId, GroupRole role)
    {
        if (!IsChair(chairId)) return DraftingErrors.NotChair;
        var membership = _members.SingleOrDefault(m => m.MemberId == memberId);
        if (membership is null) return DraftingErrors.NotMember;
        if (membership.Role == GroupRole.Chair && role != GroupRole.Chair && _members.Count(m => m.Role == GroupRole.Chair) == 1)
            return DraftingErrors.LastChair;
        membership.Role = role;
        return Result.Success();
    }

    public Result SetVisibility(Guid chairId, GroupVisibility visibility)
    {
        if (!IsChair(chairId)) return DraftingErrors.NotChair;
        Visibility = visibility;
        return Result.Success();
    }
}

public sealed class GroupMember
{
    private GroupMember()
    {
    }

    internal GroupMember(Guid groupId, Guid memberId, GroupRole role, DateTimeOffset joinedAt)
    {
        GroupId = groupId;
        MemberId = memberId;
        Role = role;
        JoinedAt = joinedAt;
    }

    public Guid GroupId { get; private set; }
    public Guid MemberId { get; private set; }
    public GroupRole Role { get; internal set; }
    public DateTimeOffset JoinedAt { get; private set; }
}

public sealed class GroupInvitation
{
    public const int EmailMaxLength = 256;

    private GroupInvitation()
    {
        Email = "";
    }

    internal GroupInvitation(Guid groupId, string email, Guid invitedBy, DateTimeOffset now)
    {
        Id = Guid.CreateVersion7();
        GroupId = groupId;
        Email = email;
        InvitedBy = invitedBy;
        SentAt = now;
        Status = InvitationStatus.Pending;
    }

    public Guid Id { get; private set; }
    public Guid GroupId { get; private set; }
    public string Email { get; private set; }
    public Guid InvitedBy { get; private set; }
    public DateTimeOffset SentAt { get; private set; }
    public InvitationStatus Status { get; private set; }
    public DateTimeOffset? AnsweredAt { get; private set; }

    internal void Answer(InvitationStatus status, DateTimeOffset now)
    {
        Status = status;
        AnsweredAt = now;
    }
}
