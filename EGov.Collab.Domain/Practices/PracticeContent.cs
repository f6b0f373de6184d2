using EGov.Collab.Domain.Common;

namespace EGov.Collab.Domain.Practices;

/// <summary>
/// The structured case as its author fills it in, in Ukrainian and English. A draft needs only a Ukrainian title;
/// submitting needs the problem, the solution and the implementing community.
/// </summary>
public sealed record PracticeContent
{
    public const int TitleMaxLength = 300;
    public const int TextMaxLength = 8000;
    public const int ContactsMaxLength = 500;
    public const int MaxResults = 20;
    public const int MaxReadinessCodes = 20;

    public string TitleUk { get; init; } = "";
    public string TitleEn { get; init; } = "";
    public string ProblemUk { get; init; } = "";
    public string ProblemEn { get; init; } = "";
    public string SolutionUk { get; init; } = "";
    public string SolutionEn { get; init; } = "";
    public string ImplementationUk { get; init; } = "";
    public string ImplementationEn { get; init; } = "";
    public string ResourcesUk { get; init; } = "";
    public string ResourcesEn { get; init; } = "";
    public string LessonsUk { get; init; } = "";
    public string LessonsEn { get; init; } = "";
    public string TransferabilityUk { get; init; } = "";
    public string TransferabilityEn { get; init; } = "";
    public string Contacts { get; init; } = "";
    /// <summary>Total cost in hryvnias, when known.</summary>
    public decimal? CostUah { get; init; }
    public Guid? CommunityId { get; init; }
    public Guid? OrganisationId { get; init; }
    public DateOnly? StartedOn { get; init; }
    public DateOnly? ImplementedOn { get; init; }
    public IReadOnlyList<MeasuredResult> Results { get; init; } = [];
    public IReadOnlyList<Guid> ConceptIds { get; init; } = [];
    /// <summary>Readiness codes the practice addresses: a component (<c>SERV</c>) or an indicator (<c>SERV.1</c>).</summary>
    public IReadOnlyList<string> ReadinessCodes { get; init; } = [];

    public IEnumerable<(string Field, string Value)> Texts =>
    [
        (nameof(ProblemUk), ProblemUk), (nameof(ProblemEn), ProblemEn), (nameof(SolutionUk), SolutionUk), (nameof(SolutionEn), SolutionEn),
        (nameof(ImplementationUk), ImplementationUk), (nameof(ImplementationEn), ImplementationEn), (nameof(ResourcesUk), ResourcesUk),
        (nameof(ResourcesEn), ResourcesEn), (nameof(LessonsUk), LessonsUk), (nameof(LessonsEn), LessonsEn),
        (nameof(TransferabilityUk), TransferabilityUk), (nameof(TransferabilityEn), TransferabilityEn),
    ];

    public Result ValidateDraft()
    {
        if (string.IsNullOrWhiteSpace(TitleUk)) return CommonErrors.Required(nameof(TitleUk));
        if (TitleUk.Length > TitleMaxLength) return CommonErrors.TooLong(nameof(TitleUk));
        if ((TitleEn ?? "").Length > TitleMaxLength) return CommonErrors.TooLong(nameof(TitleEn));
        foreach (var (field, value) in Texts)
        {
            if ((value ?? "").Length > TextMaxLength) return CommonErrors.TooLong(field);
        }
        if ((Contacts ?? "").Length > ContactsMaxLength) return CommonErrors.TooLong(nameof(Contacts));
        if (CostUah is < 0) return CommonErrors.Invalid(nameof(CostUah));
        if (StartedOn is { } start && ImplementedOn is { } done && done < start) return CommonErrors.Invalid(nameof(ImplementedOn));
        if (Results.Count > MaxResults) return PracticeErrors.TooManyResults;
        foreach (var result in Results)
        {
            var valid = result.Validate();
            if (!valid.IsSuccess) return valid;
        }
        if (ReadinessCodes.Count > MaxReadinessCodes || ReadinessCodes.Any(c => !IsReadinessCode(c))) return PracticeErrors.ReadinessCode;
        return Result.Success();
    }

    public Result ValidateForSubmission()
    {
        var draft = ValidateDraft();
        if (!draft.IsSuccess) return draft;
        if (string.IsNullOrWhiteSpace(ProblemUk)) return CommonErrors.Required(nameof(ProblemUk));
        if (string.IsNullOrWhiteSpace(SolutionUk)) return CommonErrors.Required(nameof(SolutionUk));
        return CommunityId is null ? CommonErrors.Required(nameof(CommunityId)) : Result.Success();
    }

    /// <summary>A component code (letters) or an indicator code (component, dot, number), e.g. <c>SERV</c> or <c>SERV.1</c>.</summary>
    public static bool IsReadinessCode(string? code)
    {
        if (string.IsNullOrEmpty(code) || code.Length > 20) return false;
        var parts = code.Split('.');
        return parts.Length is 1 or 2
            && parts[0].Length > 0 && parts[0].All(char.IsAsciiLetterUpper)
            && (parts.Length == 1 || (parts[1].Length > 0 && parts[1].All(char.IsAsciiDigit)));
    }
}
