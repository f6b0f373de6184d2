using EGov.Collab.Domain.Common;

namespace EGov.Collab.Domain.ExpertClub;

public enum ClubMemberStatus
{
    Pending = 1,
    Approved = 2,
    Declined = 3,
    Removed = 4,
}

/// <summary>
/// A member's place in the expert club: the application (expertise areas, motivation), the administrator's decision,
/// and the public expert profile (biography, publications and links).
/// </summary>
public sealed class ClubMember
{
    public const int ExpertiseMaxLength = 500;
    public const int BiographyMaxLength = 4000;
    public const int PublicationsMaxLength = 4000;
    public const int ReasonMaxLength = 500;

    private ClubMember()
    {
        Expertise = "";
    }

    public Guid Id { get; private set; }
    public Guid MemberId { get; private set; }
    public ClubMemberStatus Status { get; private set; }
    /// <summary>Expertise areas, comma-separated as the member typed them.</summary>
    public string Expertise { get; private set; }
    public string? Biography { get; private set; }
    /// <summary>Publications and links, one per line (Markdown).</summary>
    public string? Publications { get; private set; }
    public DateTimeOffset AppliedAt { get; private set; }
    public DateTimeOffset? DecidedAt { get; private set; }
    public Guid? DecidedById { get; private set; }
    public string? DecisionReason { get; private set; }

    public bool IsActive => Status == ClubMemberStatus.Approved;

    public IReadOnlyList<string> ExpertiseAreas => SplitAreas(Expertise);

    public static Result<ClubMember> Apply(Guid memberId, string? expertise, string? biography, string? publications, DateTimeOffset now)
    {
        if (memberId == Guid.Empty) throw new ArgumentException("An application needs a member.", nameof(memberId));
        var member = new ClubMember { Id = Guid.CreateVersion7(), MemberId = memberId, Status = ClubMemberStatus.Pending, AppliedAt = now };
        var profile = member.UpdateProfile(expertise, biography, publications);
        return profile.IsSuccess ? member : profile.Error!;
    }

    public Result UpdateProfile(string? expertise, string? biography, string? publications)
    {
        var areas = SplitAreas(expertise);
        if (areas.Count == 0) return CommonErrors.Required(nameof(Expertise));
        var joined = string.Join(", ", areas);
        if (joined.Length > ExpertiseMaxLength) return CommonErrors.TooLong(nameof(Expertise));
        if (biography?.Length > BiographyMaxLength) return CommonErrors.TooLong(nameof(Biography));
        if (publications?.Length > PublicationsMaxLength) return CommonErrors.TooLong(nameof(Publications));
        Expertise = joined;
        Biography = string.IsNullOrWhiteSpace(biography) ? null : biography.Trim();
        Publications = string.IsNullOrWhiteSpace(publications) ? null : publications.Trim();
        return Result.Success();
    }

    /// <summary>A declined or removed member may apply again; a pending or approved one may not.</summary>
    public Result Reapply(string? expertise, string? biography, string? publications, DateTimeOffset now)
    {
        if (Status is ClubMemberStatus.Pending or ClubMemberStatus.Approved) return ClubErrors.AlreadyApplied;
        var profile = UpdateProfile(expertise, biography, publications);
        if (!profile.IsSuccess) return profile;
        Status = ClubMemberStatus.Pending;
        AppliedAt = now;
        DecidedAt = null;
        DecidedById = null;
        DecisionReason = null;
        return Result.Success();
    }

    public Result Approve(Guid administratorId, DateTimeOffset now) => Decide(ClubMemberStatus.Approved, administratorId, null, now);

    public Result Decline(Guid administratorId, string? reason, DateTimeOffset now) => Decide(ClubMemberStatus.Declined, administratorId, reason, now);

    public Result Remove(Guid administratorId, string? reason, DateTimeOffset now)
    {
        if (Status != ClubMemberStatus.Approved) return ClubErrors.NotPending;
        if (reason?.Length > ReasonMaxLength) return CommonErrors.TooLong(nameof(DecisionReason));
        Status = ClubMemberStatus.Removed;
        DecidedAt = now;
        DecidedById = administratorId;
        DecisionReason = string.IsNullOrWhiteSpace(reason) ? null : reason.Trim();
        return Result.Success();
    }

    private Result Decide(ClubMemberStatus status, Guid administratorId, string? reason, DateTimeOffset now)
    {
        if (Status != ClubMemberStatus.Pending) return ClubErrors.NotPending;
        if (reason?.Length > ReasonMaxLength) return CommonErrors.TooLong(nameof(DecisionReason));
        Status = status;
        DecidedAt = now;
        DecidedById = administratorId;
        DecisionReason = string.IsNullOrWhiteSpace(reason) ? null : reason.Trim();
        return Result.Success();
    }

    public static IReadOnlyList<string> SplitAreas(string? expertise) =>
        (expertise ?? "").Split([',', ';', '\n'], StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries)
            .Distinct(StringComparer.OrdinalIgnoreCase).ToList();
}
