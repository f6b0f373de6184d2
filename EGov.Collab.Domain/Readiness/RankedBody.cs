namespace EGov.Collab.Domain.Readiness;

/// <summary>A body's place in a ranking (1-based; tied bodies share a rank).</summary>
public sealed record RankedBody(BodyIndex Body, int Rank);
