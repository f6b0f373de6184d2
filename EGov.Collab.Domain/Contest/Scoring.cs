namespace EGov.Collab.Domain.Contest;

/// <summary>A juror on a nomination's panel; <see cref="CommunityId"/> is the community they belong to (for conflicts).</summary>
public sealed class PanelMember
{
    private PanelMember()
    {
    }

    public Guid Id { get; private set; }
    public Guid NominationId { get; private set; }
    public Guid MemberId { get; private set; }
    public Guid? OrganisationId { get; private set; }
    public Guid? CommunityId { get; private set; }

    public JurorProfile Profile => new(MemberId, OrganisationId, CommunityId);

    public static PanelMember Create(Guid nominationId, Guid memberId, Guid? organisationId, Guid? communityId) =>
        new() { Id = Guid.CreateVersion7(), NominationId = nominationId, MemberId = memberId, OrganisationId = organisationId, CommunityId = communityId };
}

/// <summary>A juror's own declaration that they may not judge an entry.</summary>
public sealed class ConflictDeclaration
{
    public const int ReasonMaxLength = 500;

    private ConflictDeclaration()
    {
        Reason = "";
    }

    public Guid Id { get; private set; }
    public Guid EntryId { get; private set; }
    public Guid JurorId { get; private set; }
    public string Reason { get; private set; }
    public DateTimeOffset DeclaredAt { get; private set; }

    public static ConflictDeclaration Create(Guid entryId, Guid jurorId, string reason, DateTimeOffset now) =>
        new() { Id = Guid.CreateVersion7(), EntryId = entryId, JurorId = jurorId, Reason = (reason ?? "").Trim(), DeclaredAt = now };
}

/// <summary>One value: (juror, entry, criterion, value, time). Unique per juror, entry and criterion.</summary>
public sealed class JurorScore
{
    private JurorScore()
    {
    }

    public Guid Id { get; private set; }
    public Guid EntryId { get; private set; }
    public Guid JurorId { get; private set; }
    public Guid CriterionId { get; private set; }
    public double Value { get; private set; }
    public DateTimeOffset UpdatedAt { get; private set; }

    public static JurorScore Create(Guid entryId, Guid jurorId, Guid criterionId, double value, DateTimeOffset now) =>
        new() { Id = Guid.CreateVersion7(), EntryId = entryId, JurorId = jurorId, CriterionId = criterionId, Value = value, UpdatedAt = now };

    public void Change(double value, DateTimeOffset now)
    {
        Value = value;
        UpdatedAt = now;
    }
}

/// <summary>An expert's structured review the jury reads.</summary>
public sealed class ExpertReview
{
    public const int TextMaxLength = 4000;

    private ExpertReview()
    {
        Strengths = Weaknesses = "";
    }

    public Guid Id { get; private set; }
    public Guid EntryId { get; private set; }
    public Guid ExpertId { get; private set; }
    public string Strengths { get; private set; }
    public string Weaknesses { get; private set; }
    public ExpertRecommendation Recommendation { get; private set; }
    public DateTimeOffset UpdatedAt { get; private set; }

    public static ExpertReview Create(Guid entryId, Guid expertId, DateTimeOffset now) =>
        new() { Id = Guid.CreateVersion7(), EntryId = entryId, ExpertId = expertId, UpdatedAt = now };

    public EGov.Collab.Domain.Common.Result Update(string strengths, string weaknesses, ExpertRecommendation recommendation, DateTimeOffset now)
    {
        if (string.IsNullOrWhiteSpace(strengths)) return EGov.Collab.Domain.Common.CommonErrors.Required(nameof(Strengths));
        if (string.IsNullOrWhiteSpace(weaknesses)) return EGov.Collab.Domain.Common.CommonErrors.Required(nameof(Weaknesses));
        if (strengths.Length > TextMaxLength) return EGov.Collab.Domain.Common.CommonErrors.TooLong(nameof(Strengths));
        if (weaknesses.Length > TextMaxLength) return EGov.Collab.Domain.Common.CommonErrors.TooLong(nameof(Weaknesses));
        if (!Enum.IsDefined(recommendation)) return EGov.Collab.Domain.Common.CommonErrors.Invalid(nameof(Recommendation));
        Strengths = strengths.Trim();
        Weaknesses = weaknesses.Trim();
        Recommendation = recommendation;
        UpdatedAt = now;
        return EGov.Collab.Domain.Common.Result.Success();
    }
}

public enum ExpertRecommendation
{
    Recommend = 1,
    RecommendWithReservations = 2,
    DoNotRecommend = 3,
}

/// <summary>A public vote. The database's unique (member, entry) index is the last word on "one vote per entry".</summary>
public sealed class PublicVote
{
    public const int RemoteAddressMaxLength = 45;

    private PublicVote()
    {
    }

    public Guid Id { get; private set; }
    public Guid NominationId { get; private set; }
    public Guid EntryId { get; private set; }
    public Guid MemberId { get; private set; }
    public DateTimeOffset CastAt { get; private set; }
    public string? RemoteAddress { get; private set; }

    public static PublicVote Cast(Guid nominationId, Guid entryId, Guid memberId, string? remoteAddress, DateTimeOffset now) =>
        new()
        {
            Id = Guid.CreateVersion7(),
            NominationId = nominationId,
            EntryId = entryId,
            MemberId = memberId,
            CastAt = now,
            RemoteAddress = remoteAddress is { Length: > RemoteAddressMaxLength } ? remoteAddress[..RemoteAddressMaxLength] : remoteAddress,
        };
}
