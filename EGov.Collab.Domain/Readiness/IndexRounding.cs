namespace EGov.Collab.Domain.Readiness;

/// <summary>
/// Rounding for display, reports and tie detection only; computations keep full precision. Goes through decimal so that
/// a value printed as 0.12345 rounds up to 0.1235 as a reader would round it by hand (the double is 0.123449999…).
/// </summary>
public static class IndexRounding
{
    public const int DisplayDecimals = 4;

    public static decimal Round(double value, int decimals = DisplayDecimals)
    {
        if (!double.IsFinite(value)) throw new ArgumentException("Only finite numbers can be rounded.", nameof(value));
        return Math.Round((decimal)value, decimals, MidpointRounding.AwayFromZero);
    }
}
