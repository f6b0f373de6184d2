namespace EGov.Collab.Domain.Common;

/// <summary>The portal's three audiences; local bodies and agencies are told apart because modules treat them differently.</summary>
public enum OrganisationKind
{
    GovernmentAgency = 1,
    LocalSelfGovernment = 2,
    CivilSociety = 3,
    AcademiaIt = 4,
}

public static class OrganisationKindExtensions
{
    /// <summary>The audience (1–3 in PRODUCT.md) an organisation of this kind belongs to.</summary>
    public static Audience Audience(this OrganisationKind kind) => kind switch
    {
        OrganisationKind.GovernmentAgency or OrganisationKind.LocalSelfGovernment => Common.Audience.Authorities,
        OrganisationKind.CivilSociety => Common.Audience.CivilSociety,
        OrganisationKind.AcademiaIt => Common.Audience.AcademiaIt,
        _ => throw new ArgumentOutOfRangeException(nameof(kind), kind, null),
    };
}

public enum Audience
{
    Authorities = 1,
    CivilSociety = 2,
    AcademiaIt = 3,
}
