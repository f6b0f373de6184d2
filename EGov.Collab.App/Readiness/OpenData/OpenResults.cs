namespace EGov.Collab.App.Readiness.OpenData;

/// <summary>
/// A year's published results as open data: the ranking the results page shows, one row per body, with its region.
/// Scores are rounded as the page shows them, so the file and the page never disagree.
/// </summary>
public sealed record OpenResults(int Year, IReadOnlyList<OpenComponent> Components, IReadOnlyList<OpenBodyResult> Bodies);

public sealed record OpenComponent(string Code, string NameUk, string NameEn, decimal Weight);

public sealed record OpenBodyResult(
    int Rank,
    int GroupRank,
    Guid Id,
    string NameUk,
    string NameEn,
    string Group,
    string? RegionCode,
    string? RegionNameUk,
    string? RegionNameEn,
    decimal Index,
    IReadOnlyList<OpenScore> Components);

public sealed record OpenScore(string Code, decimal Score);
