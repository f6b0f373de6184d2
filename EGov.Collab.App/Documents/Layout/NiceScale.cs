namespace EGov.Collab.App.Documents.Layout;

/// <summary>Axis ticks at round steps (1, 2, 2.5 or 5 × 10ⁿ) from 0 to just above the maximum.</summary>
internal readonly record struct NiceScale(double Maximum, double Step)
{
    public static NiceScale For(double maximum, int targetTicks = 5)
    {
        if (maximum <= 0 || double.IsNaN(maximum) || double.IsInfinity(maximum))
        {
            return new NiceScale(1, 0.2);
        }

        var rough = maximum / targetTicks;
        var magnitude = Math.Pow(10, Math.Floor(Math.Log10(rough)));
        var fraction = rough / magnitude;
        var nice = fraction switch
        {
            <= 1 => 1,
            <= 2 => 2,
            <= 2.5 => 2.5,
            <= 5 => 5,
            _ => 10,
        };
        var step = nice * magnitude;
        return new NiceScale(Math.Ceiling((maximum / step) - 1e-9) * step, step);
    }

    public int TickCount => (int)Math.Round(Maximum / Step);
}
