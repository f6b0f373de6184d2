using EGov.Collab.Domain.Readiness;

namespace EGov.Collab.App.Readiness;

/// <summary>A year's published results with everything the pages and reports print beside them.</summary>
public sealed record PublishedYear(MethodologyDefinition Definition, RatingModel Model, YearResults Results, IReadOnlyDictionary<Guid, ReadinessBody> Bodies)
{
    public int Year => Definition.Year;

    public ReadinessBody Body(Guid id) => Bodies[id];
}
