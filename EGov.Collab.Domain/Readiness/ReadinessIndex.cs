namespace EGov.Collab.Domain.Readiness;

/// <summary>
/// Normalises each component across all bodies of the year (nationally, as EGDI normalises across all countries; group
/// rankings then reuse the national index so a body's number is the same on every table) and takes the weighted mean
/// of the normalised component scores with the model's weights.
/// </summary>
public static class ReadinessIndex
{
    public static IReadOnlyList<BodyIndex> Compute(RatingModel model, IReadOnlyList<AssessedBody> bodies, NormalisationMethod method)
    {
        ArgumentNullException.ThrowIfNull(model);
        ArgumentNullException.ThrowIfNull(bodies);
        Check(model, bodies);

        var normalised = model.Components.ToDictionary(
            c => c.Code,
            c => Normalisation.Apply(method, [.. bodies.Select(b => b.Scores.Components[c.Code])]),
            StringComparer.Ordinal);

        var result = new BodyIndex[bodies.Count];
        for (var i = 0; i < bodies.Count; i++)
        {
            var components = model.Components.ToDictionary(c => c.Code, c => normalised[c.Code][i], StringComparer.Ordinal);
            var composite = SubmissionScoring.WeightedMean(model.Components.Select(c => (components[c.Code], c.Weight)));
            var body = bodies[i];
            result[i] = new BodyIndex(body.Id, body.Name, body.Group, components, composite);
        }
        return result;
    }

    private static void Check(RatingModel model, IReadOnlyList<AssessedBody> bodies)
    {
        var ids = new HashSet<Guid>();
        foreach (var body in bodies)
        {
            if (body is null) throw new ArgumentException("A body is null.", nameof(bodies));
            if (!ids.Add(body.Id)) throw new ArgumentException($"Body {body.Id} appears twice.", nameof(bodies));
            var missing = model.Components.FirstOrDefault(c => !body.Scores.Components.ContainsKey(c.Code));
            if (missing is not null) throw new ArgumentException($"Body {body.Id} has no score for component {missing.Code}.", nameof(bodies));
        }
    }
}
