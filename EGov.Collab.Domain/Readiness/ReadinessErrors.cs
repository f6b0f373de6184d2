using EGov.Collab.Domain.Common;

namespace EGov.Collab.Domain.Readiness;

/// <summary>Refusals of the readiness rules; codes are localisation keys, <see cref="Error.Field"/> the code of the component or indicator concerned.</summary>
public static class ReadinessErrors
{
    /// <summary>The components' weights (Field null) or one component's indicator weights (Field = component code) do not sum to 100.</summary>
    public static Error WeightsNotHundred(string? componentCode = null) => new("Readiness.WeightsNotHundred", componentCode);

    public static Error WeightNotPositive(string code) => new("Readiness.WeightNotPositive", code);

    public static Error DuplicateCode(string code) => new("Readiness.DuplicateCode", code);

    public static Error ComponentWithoutIndicators(string componentCode) => new("Readiness.ComponentWithoutIndicators", componentCode);

    public static readonly Error NoComponents = new("Readiness.NoComponents");

    public static Error AnswerOutOfScale(string indicatorCode) => new("Readiness.AnswerOutOfScale", indicatorCode);

    public static Error MissingRequiredAnswer(string indicatorCode) => new("Readiness.MissingRequiredAnswer", indicatorCode);

    public static Error UnknownIndicator(string indicatorCode) => new("Readiness.UnknownIndicator", indicatorCode);

    public static Error ScaleInvalid(string indicatorCode) => new("Readiness.ScaleInvalid", indicatorCode);

    public static Error EvidenceLinkInvalid(string indicatorCode) => new("Readiness.EvidenceLinkInvalid", indicatorCode);

    public static Error EvidenceMissing(string indicatorCode) => new("Readiness.EvidenceMissing", indicatorCode);

    public static readonly Error QuestionnaireLocked = new("Readiness.QuestionnaireLocked");

    public static readonly Error QuestionnaireAwaitingReview = new("Readiness.QuestionnaireAwaitingReview");

    /// <summary>The campaign's deadline has passed: answers are no longer taken (a returned questionnaire may still be corrected).</summary>
    public static readonly Error DeadlinePassed = new("Readiness.DeadlinePassed");

    public static readonly Error QuestionnaireNotSubmitted = new("Readiness.QuestionnaireNotSubmitted");

    public static readonly Error ReturnNeedsComment = new("Readiness.ReturnNeedsComment");

    public static readonly Error MethodologyMissing = new("Readiness.MethodologyMissing");

    public static readonly Error ResultsNotPublished = new("Readiness.ResultsNotPublished");
}
