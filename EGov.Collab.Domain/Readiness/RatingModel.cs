using EGov.Collab.Domain.Common;

namespace EGov.Collab.Domain.Readiness;

/// <summary>
/// The rating model of one assessment year: components weighted in percent of the composite index, each with indicators
/// weighted in percent of the component. Weights are decimals so that 33.3 + 33.3 + 33.4 is exactly 100.
/// Component and indicator codes share one namespace (answers and errors name them unambiguously).
/// </summary>
public sealed class RatingModel
{
    public const decimal TotalWeight = 100m;

    private readonly Dictionary<string, RatingIndicator> _indicators;

    private RatingModel(int year, IReadOnlyList<RatingComponent> components)
    {
        Year = year;
        Components = components;
        _indicators = components.SelectMany(c => c.Indicators).ToDictionary(i => i.Code, StringComparer.Ordinal);
    }

    public int Year { get; }

    public IReadOnlyList<RatingComponent> Components { get; }

    public IEnumerable<RatingIndicator> Indicators => Components.SelectMany(c => c.Indicators);

    public RatingIndicator? FindIndicator(string code) => _indicators.GetValueOrDefault(code);

    /// <summary>Builds the model, or returns every problem found (not just the first).</summary>
    public static Validated<RatingModel> Create(int year, IEnumerable<RatingComponent> components)
    {
        ArgumentOutOfRangeException.ThrowIfLessThan(year, 2000);
        ArgumentOutOfRangeException.ThrowIfGreaterThan(year, 2100);
        ArgumentNullException.ThrowIfNull(components);
        List<RatingComponent> list = [.. components.Select(c => c ?? throw new ArgumentException("A component is null.", nameof(components)))];

        var errors = Validate(list);
        return errors.Count == 0 ? Validated<RatingModel>.Valid(new RatingModel(year, list)) : Validated<RatingModel>.Invalid(errors);
    }

    private static List<Error> Validate(List<RatingComponent> components)
    {
        var errors = new List<Error>();
        if (components.Count == 0)
        {
            errors.Add(ReadinessErrors.NoComponents);
            return errors;
        }

        var seen = new HashSet<string>(StringComparer.Ordinal);
        void CheckCodeAndWeight(string code, decimal weight)
        {
            if (string.IsNullOrWhiteSpace(code)) errors.Add(CommonErrors.Required("Code"));
            else if (!seen.Add(code)) errors.Add(ReadinessErrors.DuplicateCode(code));
            if (weight <= 0m) errors.Add(ReadinessErrors.WeightNotPositive(code));
        }

        foreach (var component in components)
        {
            CheckCodeAndWeight(component.Code, component.Weight);
            if (component.Indicators.Count == 0)
            {
                errors.Add(ReadinessErrors.ComponentWithoutIndicators(component.Code));
                continue;
            }
            foreach (var indicator in component.Indicators) CheckCodeAndWeight(indicator.Code, indicator.Weight);
            if (component.Indicators.Sum(i => i.Weight) != TotalWeight) errors.Add(ReadinessErrors.WeightsNotHundred(component.Code));
        }

        if (components.Sum(c => c.Weight) != TotalWeight) errors.Add(ReadinessErrors.WeightsNotHundred());
        return errors;
    }
}
