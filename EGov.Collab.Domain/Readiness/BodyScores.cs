namespace EGov.Collab.Domain.Readiness;

/// <summary>One body's scores before normalisation: each indicator in 0..1 and each component's weighted mean in 0..1.</summary>
public sealed record BodyScores(IReadOnlyDictionary<string, double> Indicators, IReadOnlyDictionary<string, double> Components);
