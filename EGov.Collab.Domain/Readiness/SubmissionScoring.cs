using EGov.Collab.Domain.Common;

namespace EGov.Collab.Domain.Readiness;

/// <summary>Turns a body's raw answers (indicator code → answer) into indicator and component scores.</summary>
public static class SubmissionScoring
{
    /// <summary>
    /// Scores a submission, or returns every problem: an answer outside its scale, an answer to an unknown indicator,
    /// each required indicator left unanswered. A missing optional answer scores 0: an optional indicator is still part
    /// of the component's weight, so leaving it out must not raise the component above a body that answered "no"
    /// (re-weighting over the answered indicators would reward skipping questions).
    /// </summary>
    public static Validated<BodyScores> Score(RatingModel model, IReadOnlyDictionary<string, decimal> answers)
    {
        ArgumentNullException.ThrowIfNull(model);
        ArgumentNullException.ThrowIfNull(answers);

        var errors = new List<Error>();
        foreach (var code in answers.Keys.Where(c => model.FindIndicator(c) is null).Order(StringComparer.Ordinal))
            errors.Add(ReadinessErrors.UnknownIndicator(code));

        var indicatorScores = new Dictionary<string, double>(StringComparer.Ordinal);
        foreach (var indicator in model.Indicators)
        {
            if (!answers.TryGetValue(indicator.Code, out var answer))
            {
                if (indicator.AnswerRequired) errors.Add(ReadinessErrors.MissingRequiredAnswer(indicator.Code));
                indicatorScores[indicator.Code] = 0d;
            }
            else if (!indicator.Scale.Contains(answer)) errors.Add(ReadinessErrors.AnswerOutOfScale(indicator.Code));
            else indicatorScores[indicator.Code] = indicator.Scale.Score(answer);
        }

        if (errors.Count > 0) return Validated<BodyScores>.Invalid(errors);

        var componentScores = model.Components.ToDictionary(
            c => c.Code,
            c => WeightedMean(c.Indicators.Select(i => (indicatorScores[i.Code], i.Weight))),
            StringComparer.Ordinal);
        return Validated<BodyScores>.Valid(new BodyScores(indicatorScores, componentScores));
    }

    /// <summary>
    /// Σ wᵢxᵢ / Σ wᵢ. Dividing by the sum of the weights as doubles (mathematically 100) keeps a mean of values in 0..1
    /// inside 0..1 even when a weight such as 33.3 has no exact binary form.
    /// </summary>
    internal static double WeightedMean(IEnumerable<(double Value, decimal Weight)> items)
    {
        double sum = 0, weights = 0;
        foreach (var (value, weight) in items)
        {
            sum += (double)weight * value;
            weights += (double)weight;
        }
        return weights > 0 ? sum / weights : throw new ArgumentException("No weight to average over.", nameof(items));
    }
}
