namespace EGov.Collab.Domain.Cities;

/// <summary>A member who manages one community's cabinet, granted by the module's administrators. Unique per (community, member).</summary>
public sealed class CityManager
{
    private CityManager()
    {
    }

    public Guid Id { get; private set; }
    public Guid CommunityId { get; private set; }
    public Guid MemberId { get; private set; }
    public DateTimeOffset GrantedAt { get; private set; }
    public Guid? GrantedById { get; private set; }

    public static CityManager Grant(Guid communityId, Guid memberId, Guid? grantedById, DateTimeOffset now)
    {
        if (communityId == Guid.Empty) throw new ArgumentException("A manager needs a community.", nameof(communityId));
        if (memberId == Guid.Empty) throw new ArgumentException("A manager needs a member.", nameof(memberId));
        return new CityManager { Id = Guid.CreateVersion7(), CommunityId = communityId, MemberId = memberId, GrantedAt = now, GrantedById = grantedById };
    }
}

/// <summary>An organisation on the portal that belongs to a community (its council, its utilities). Unique per pair.</summary>
public sealed class CityOrganisation
{
    private CityOrganisation()
    {
    }

    public Guid CommunityId { get; private set; }
    public Guid OrganisationId { get; private set; }

    public static CityOrganisation Link(Guid communityId, Guid organisationId) =>
        new() { CommunityId = communityId, OrganisationId = organisationId };
}

/// <summary>
/// A member's consent to be listed, with their course certificates, among the certified staff of their organisation's
/// community. No row, no listing; withdrawing deletes the row.
/// </summary>
public sealed class CertifiedStaffConsent
{
    private CertifiedStaffConsent()
    {
    }

    public Guid MemberId { get; private set; }
    public DateTimeOffset GivenAt { get; private set; }

    public static CertifiedStaffConsent Give(Guid memberId, DateTimeOffset now) =>
        memberId == Guid.Empty ? throw new ArgumentException("Consent needs a member.", nameof(memberId)) : new() { MemberId = memberId, GivenAt = now };
}
