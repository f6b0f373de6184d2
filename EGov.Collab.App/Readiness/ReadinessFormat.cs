using System.Globalization;
using EGov.Collab.Domain.Readiness;

namespace EGov.Collab.App.Readiness;

/// <summary>Numbers as every page and report prints them: indices to 4 decimals (display rounding), in the reader's culture.</summary>
public static class ReadinessFormat
{
    public static string Index(double value, CultureInfo? culture = null) =>
        IndexRounding.Round(value).ToString("0.0000", culture ?? CultureInfo.CurrentCulture);

    public static string Index(decimal value, CultureInfo? culture = null) => value.ToString("0.0000", culture ?? CultureInfo.CurrentCulture);

    public static string Weight(decimal value, CultureInfo? culture = null) => value.ToString("0.##", culture ?? CultureInfo.CurrentCulture) + " %";

    /// <summary>Places gained (+) or lost (−) since last year; plain signs, which the PDF font has (it has no arrows).</summary>
    public static string Delta(int? rankDelta) => rankDelta switch
    {
        null => "—",
        > 0 => $"+{rankDelta}",
        < 0 => $"−{-rankDelta}",
        _ => "=",
    };

    public static string IndexDelta(double? delta, CultureInfo? culture = null) =>
        delta is null ? "—" : IndexRounding.Round(delta.Value).ToString("+0.0000;−0.0000;0.0000", culture ?? CultureInfo.CurrentCulture);

    public static bool IsUkrainian(CultureInfo? culture = null) => (culture ?? CultureInfo.CurrentUICulture).TwoLetterISOLanguageName == "uk";

    public static string GroupKey(BodyGroup group) => $"Group.{group}";
}
