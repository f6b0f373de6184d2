namespace EGov.Collab.Domain.Readiness;

/// <summary>
/// Change since last year for one body. <see cref="RankDelta"/> = last year's rank − this year's (positive: moved up);
/// <see cref="IndexDelta"/> = this year's composite − last year's. Both null for a body not ranked last year.
/// </summary>
public sealed record RankChange(Guid BodyId, int Rank, int? RankDelta, double? IndexDelta);
