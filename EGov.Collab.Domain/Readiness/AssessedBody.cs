namespace EGov.Collab.Domain.Readiness;

/// <summary>A body taking part in an assessment year, with its (verified) scores.</summary>
public sealed record AssessedBody(Guid Id, string Name, BodyGroup Group, BodyScores Scores);
