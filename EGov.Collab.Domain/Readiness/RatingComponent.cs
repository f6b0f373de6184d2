namespace EGov.Collab.Domain.Readiness;

/// <summary>A component of the index (e.g. online services) with its weight in percent of the composite.</summary>
public sealed class RatingComponent
{
    public RatingComponent(string code, decimal weight, IEnumerable<RatingIndicator> indicators)
    {
        ArgumentNullException.ThrowIfNull(indicators);
        Code = code;
        Weight = weight;
        Indicators = [.. indicators.Select(i => i ?? throw new ArgumentException("An indicator is null.", nameof(indicators)))];
    }

    public string Code { get; }

    public decimal Weight { get; }

    public IReadOnlyList<RatingIndicator> Indicators { get; }
}
