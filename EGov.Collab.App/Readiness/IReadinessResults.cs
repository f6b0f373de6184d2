namespace EGov.Collab.App.Readiness;

/// <summary>
/// A body's published readiness result, for other modules (the city cabinets): found by the body's portal
/// organisation or territorial community. Null when the body has no published result for the year.
/// </summary>
public interface IReadinessResults
{
    /// <param name="year">The assessment year; the latest published when null.</param>
    Task<BodyReadiness?> ForOrganisationAsync(Guid organisationId, int? year = null, CancellationToken cancellationToken = default);

    /// <param name="year">The assessment year; the latest published when null.</param>
    Task<BodyReadiness?> ForCommunityAsync(Guid communityId, int? year = null, CancellationToken cancellationToken = default);
}

/// <summary>One body's result as other modules show it: numbers rounded for display as on the results page.</summary>
public sealed record BodyReadiness(
    Guid BodyId,
    string NameUk,
    string NameEn,
    int Year,
    Domain.Readiness.BodyGroup Group,
    decimal Index,
    int Rank,
    int BodyCount,
    int GroupRank,
    int? RankDelta,
    IReadOnlyList<ComponentReadiness> Components)
{
    public string ResultUrl => $"/readiness/results/{Year}/{BodyId}";

    public string ReportUrl => ReadinessUrls.BodyReport(Year, BodyId);
}

public sealed record ComponentReadiness(string Code, string NameUk, string NameEn, decimal Weight, decimal Score, decimal NationalAverage);
