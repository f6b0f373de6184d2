using EGov.Collab.Domain.Common;

namespace EGov.Collab.Domain.Readiness;

/// <summary>
/// An authority or community assessed: linked to its portal organisation and/or territorial community when it has
/// them (so a city cabinet finds its results by either), ranked within its <see cref="BodyGroup"/>.
/// </summary>
public sealed class ReadinessBody
{
    public const int NameMaxLength = 300;

    private ReadinessBody()
    {
        NameUk = "";
        NameEn = "";
    }

    public Guid Id { get; private set; }
    public string NameUk { get; private set; }
    public string NameEn { get; private set; }
    public BodyGroup Group { get; private set; }
    public Guid? OrganisationId { get; private set; }
    public Guid? CommunityId { get; private set; }

    public string Name(bool ukrainian) => ukrainian || NameEn.Length == 0 ? NameUk : NameEn;

    public static Result<ReadinessBody> Create(string nameUk, string nameEn, BodyGroup group, Guid? organisationId, Guid? communityId)
    {
        var uk = (nameUk ?? "").Trim();
        var en = (nameEn ?? "").Trim();
        if (uk.Length == 0) return CommonErrors.Required("NameUk");
        if (uk.Length > NameMaxLength) return CommonErrors.TooLong("NameUk");
        if (en.Length > NameMaxLength) return CommonErrors.TooLong("NameEn");
        if (!Enum.IsDefined(group)) return CommonErrors.Invalid("Group");
        return new ReadinessBody { Id = Guid.CreateVersion7(), NameUk = uk, NameEn = en, Group = group, OrganisationId = organisationId, CommunityId = communityId };
    }
}
