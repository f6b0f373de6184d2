namespace EGov.Collab.Domain.Common;

/// <summary>One of the eleven modules as the portal stores it: which organisation administers it.</summary>
public sealed class PortalModule
{
    private PortalModule()
    {
    }

    public PortalModule(ModuleKey key, Guid administeringOrganisationId)
    {
        if (!Enum.IsDefined(key)) throw new ArgumentOutOfRangeException(nameof(key));
        Key = key;
        AdministeringOrganisationId = administeringOrganisationId;
    }

    public ModuleKey Key { get; private set; }
    public Guid AdministeringOrganisationId { get; private set; }

    public void HandOverTo(Guid organisationId) => AdministeringOrganisationId = organisationId;
}
