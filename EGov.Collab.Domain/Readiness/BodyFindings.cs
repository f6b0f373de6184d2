namespace EGov.Collab.Domain.Readiness;

/// <summary>
/// What a body's report says it does well and where it falls behind: components at or above the national average are
/// strengths, those below are weaknesses; an indicator scoring below <see cref="WeakIndicatorThreshold"/> is weak and
/// gets its recommendation in the report.
/// </summary>
public sealed record BodyFindings(IReadOnlyList<string> Strengths, IReadOnlyList<string> Weaknesses, IReadOnlyList<string> WeakIndicators)
{
    public const double WeakIndicatorThreshold = 0.5;

    public static BodyFindings For(RatingModel model, YearResults results, BodyResult body)
    {
        ArgumentNullException.ThrowIfNull(model);
        ArgumentNullException.ThrowIfNull(results);
        ArgumentNullException.ThrowIfNull(body);
        var strengths = new List<string>();
        var weaknesses = new List<string>();
        foreach (var component in model.Components)
        {
            var score = IndexRounding.Round(body.Index.Components[component.Code]);
            var average = IndexRounding.Round(results.NationalAverages[component.Code]);
            (score >= average ? strengths : weaknesses).Add(component.Code);
        }
        var weak = model.Indicators
            .Where(i => body.Raw.Indicators.TryGetValue(i.Code, out var s) && s < WeakIndicatorThreshold)
            .Select(i => i.Code).ToList();
        return new BodyFindings(strengths, weaknesses, weak);
    }
}
