namespace EGov.Collab.Domain.Common;

/// <summary>Organisations asked for at registration wait for an administrator before others can pick them.</summary>
public enum OrganisationStatus
{
    Pending = 0,
    Approved = 1,
    Rejected = 2,
}
