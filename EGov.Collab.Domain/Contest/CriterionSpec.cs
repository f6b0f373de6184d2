using EGov.Collab.Domain.Common;

namespace EGov.Collab.Domain.Contest;

/// <summary>What the scoring rules need of a criterion: its weight in whole per cent and its scale.</summary>
public sealed record CriterionSpec(Guid Id, int Weight, double Min, double Max)
{
    public double Span => Max - Min;
}

/// <summary>A criterion set's and a score's validity; the weighted score of one juror's sheet.</summary>
public static class CriteriaRules
{
    public const int TotalWeight = 100;

    public static Result ValidateScale(double min, double max) =>
        double.IsFinite(min) && double.IsFinite(max) && min < max ? Result.Success() : ContestErrors.InvalidScale;

    /// <summary>Every weight 1–100 and the weights of the nomination together exactly 100 %.</summary>
    public static Result ValidateSet(IReadOnlyCollection<CriterionSpec> criteria)
    {
        ArgumentNullException.ThrowIfNull(criteria);
        if (criteria.Count == 0) return ContestErrors.WeightsNotHundred;
        foreach (var criterion in criteria)
        {
            if (criterion.Weight is < 1 or > TotalWeight) return ContestErrors.InvalidWeight;
            var scale = ValidateScale(criterion.Min, criterion.Max);
            if (!scale.IsSuccess) return scale;
        }
        return criteria.Sum(c => c.Weight) == TotalWeight ? Result.Success() : ContestErrors.WeightsNotHundred;
    }

    public static bool IsOnScale(CriterionSpec criterion, double value) =>
        double.IsFinite(value) && value >= criterion.Min && value <= criterion.Max;

    /// <summary>A value for every criterion, each on its scale.</summary>
    public static Result ValidateValues(IReadOnlyCollection<CriterionSpec> criteria, IReadOnlyDictionary<Guid, double> values)
    {
        ArgumentNullException.ThrowIfNull(criteria);
        ArgumentNullException.ThrowIfNull(values);
        foreach (var criterion in criteria)
        {
            if (!values.TryGetValue(criterion.Id, out var value)) return ContestErrors.ScoreMissing;
            if (!IsOnScale(criterion, value)) return ContestErrors.ScoreOutOfScale;
        }
        return values.Keys.All(id => criteria.Any(c => c.Id == id)) ? Result.Success() : CommonErrors.Invalid("Score");
    }

    /// <summary>
    /// One juror's score of one entry on 0–100: each value placed on its scale (0 at the bottom, 1 at the top),
    /// weighted, summed. Criteria with different scales thus count by their weight only.
    /// </summary>
    public static double WeightedScore(IReadOnlyCollection<CriterionSpec> criteria, IReadOnlyDictionary<Guid, double> values)
    {
        ArgumentNullException.ThrowIfNull(criteria);
        ArgumentNullException.ThrowIfNull(values);
        double total = 0;
        foreach (var criterion in criteria)
            total += criterion.Weight * (values[criterion.Id] - criterion.Min) / criterion.Span;
        return total;
    }

    /// <summary>A value on its criterion's scale, as 0–100.</summary>
    public static double Percent(CriterionSpec criterion, double value) => (value - criterion.Min) / criterion.Span * 100;
}
