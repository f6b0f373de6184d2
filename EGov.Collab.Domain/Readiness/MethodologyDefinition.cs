using EGov.Collab.Domain.Common;

namespace EGov.Collab.Domain.Readiness;

/// <summary>
/// The methodology of one assessment year as administrators edit it and the published page shows it: the rating
/// model's numbers plus the words (names, questions, recommendations, in Ukrainian and English) and the normalisation.
/// <see cref="ToModel"/> turns it into the <see cref="RatingModel"/> the arithmetic uses, so text and numbers share one source.
/// </summary>
public sealed record MethodologyDefinition(int Year, NormalisationMethod Normalisation, IReadOnlyList<ComponentDefinition> Components)
{
    public const int MinYear = 2000;
    public const int MaxYear = 2100;

    public Validated<RatingModel> ToModel()
    {
        var errors = new List<Error>();
        if (!Enum.IsDefined(Normalisation)) errors.Add(CommonErrors.Invalid(nameof(Normalisation)));
        var components = new List<RatingComponent>();
        foreach (var component in Components ?? [])
        {
            if (string.IsNullOrWhiteSpace(component.NameUk)) errors.Add(CommonErrors.Required($"{component.Code}.NameUk"));
            var indicators = new List<RatingIndicator>();
            foreach (var indicator in component.Indicators ?? [])
            {
                if (string.IsNullOrWhiteSpace(indicator.QuestionUk)) errors.Add(CommonErrors.Required($"{indicator.Code}.QuestionUk"));
                var scale = indicator.Scale();
                if (scale is null)
                {
                    errors.Add(ReadinessErrors.ScaleInvalid(indicator.Code ?? ""));
                    continue;
                }
                indicators.Add(new RatingIndicator(indicator.Code ?? "", indicator.Weight, scale, indicator.AnswerRequired, indicator.EvidenceRequired));
            }
            components.Add(new RatingComponent(component.Code ?? "", component.Weight, indicators));
        }
        var model = RatingModel.Create(Math.Clamp(Year, MinYear, MaxYear), components);
        if (Year is < MinYear or > MaxYear) errors.Add(CommonErrors.Invalid(nameof(Year)));
        errors.AddRange(model.Errors);
        return errors.Count == 0 ? model : Validated<RatingModel>.Invalid(errors);
    }

    public ComponentDefinition? FindComponent(string code) => Components.FirstOrDefault(c => c.Code == code);

    public IndicatorDefinition? FindIndicator(string code) => Components.SelectMany(c => c.Indicators).FirstOrDefault(i => i.Code == code);

    public IEnumerable<IndicatorDefinition> Indicators => Components.SelectMany(c => c.Indicators);
}

public sealed record ComponentDefinition(string Code, string NameUk, string NameEn, decimal Weight, IReadOnlyList<IndicatorDefinition> Indicators)
{
    public string Name(bool ukrainian) => ukrainian || string.IsNullOrWhiteSpace(NameEn) ? NameUk : NameEn;
}

/// <summary>One question: how it is answered (scale), how it counts (weight within the component), what it asks for.</summary>
public sealed record IndicatorDefinition(
    string Code,
    string QuestionUk,
    string QuestionEn,
    decimal Weight,
    AnswerScaleKind ScaleKind,
    int ScaleMax,
    bool AnswerRequired,
    bool EvidenceRequired,
    string RecommendationUk,
    string RecommendationEn)
{
    public string Question(bool ukrainian) => ukrainian || string.IsNullOrWhiteSpace(QuestionEn) ? QuestionUk : QuestionEn;

    public string Recommendation(bool ukrainian) => ukrainian || string.IsNullOrWhiteSpace(RecommendationEn) ? RecommendationUk : RecommendationEn;

    /// <summary>The answer scale, or null when the kind or maximum is not a valid scale.</summary>
    public AnswerScale? Scale() => ScaleKind switch
    {
        AnswerScaleKind.YesNo => AnswerScale.YesNo,
        AnswerScaleKind.Percentage => AnswerScale.Percentage,
        AnswerScaleKind.Ordinal when ScaleMax is >= 1 and <= AnswerScale.OrdinalMaxLimit => AnswerScale.Ordinal(ScaleMax),
        _ => null,
    };
}
