using System.Globalization;
using EGov.Collab.Domain.Readiness;
using Microsoft.Extensions.Localization;

namespace EGov.Collab.App.Readiness;

/// <summary>
/// The methodology's prose, written from the model itself (weights, normalisation), shared by the page and the
/// national report so that text and arithmetic never disagree.
/// </summary>
public static class MethodologyText
{
    public static IReadOnlyList<string> Paragraphs(MethodologyDefinition definition, IStringLocalizer l, CultureInfo culture)
    {
        ArgumentNullException.ThrowIfNull(definition);
        ArgumentNullException.ThrowIfNull(l);
        var formula = string.Join(" + ", definition.Components.Select(c => $"{(c.Weight / 100m).ToString("0.###", culture)} × {c.Code}"));
        return
        [
            l["Methodology.Intro"],
            l["Methodology.IndicatorScore"],
            l["Methodology.ComponentScore"],
            definition.Normalisation == NormalisationMethod.MinMax ? l["Methodology.MinMax"] : l["Methodology.ZScore"],
            l["Methodology.ZScoreEquivalence"],
            string.Format(culture, l["Methodology.Composite"], formula),
            l["Methodology.Ranking"],
            l["Methodology.Evidence"],
        ];
    }
}
