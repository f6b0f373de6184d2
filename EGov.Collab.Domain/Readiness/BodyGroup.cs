namespace EGov.Collab.Domain.Readiness;

/// <summary>The groups results are ranked within, besides the national ranking.</summary>
public enum BodyGroup
{
    MinistriesAndAgencies,
    Oblasts,
    Cities,
    Hromadas,
}
