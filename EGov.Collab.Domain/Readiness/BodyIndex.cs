namespace EGov.Collab.Domain.Readiness;

/// <summary>A body's normalised component scores (0..1, by component code) and its composite index (0..1), full precision.</summary>
public sealed record BodyIndex(Guid Id, string Name, BodyGroup Group, IReadOnlyDictionary<string, double> Components, double Composite);
