using System.Globalization;
using EGov.Collab.Domain.Practices;

namespace EGov.Collab.App.Practices;

/// <summary>The editor's mutable copy of <see cref="PracticeContent"/>: what the inputs bind to, so nothing typed is lost on a refusal.</summary>
public sealed class PracticeFormModel
{
    public string TitleUk { get; set; } = "";
    public string TitleEn { get; set; } = "";
    public Dictionary<string, string> Texts { get; } = PracticeTextFields.All.ToDictionary(f => f, _ => "");
    public string Contacts { get; set; } = "";
    public decimal? CostUah { get; set; }
    public Guid? CommunityId { get; set; }
    public Guid? OrganisationId { get; set; }
    public string StartedOn { get; set; } = "";
    public string ImplementedOn { get; set; } = "";
    public string ReadinessCodes { get; set; } = "";
    public HashSet<Guid> ConceptIds { get; } = [];
    public List<ResultRow> Results { get; } = [];

    public sealed class ResultRow
    {
        public string IndicatorUk { get; set; } = "";
        public string IndicatorEn { get; set; } = "";
        public string Unit { get; set; } = "";
        public decimal? Before { get; set; }
        public string BeforeOn { get; set; } = "";
        public decimal? After { get; set; }
        public string AfterOn { get; set; } = "";
    }

    public static PracticeFormModel From(PracticeContent content)
    {
        ArgumentNullException.ThrowIfNull(content);
        var model = new PracticeFormModel
        {
            TitleUk = content.TitleUk, TitleEn = content.TitleEn, Contacts = content.Contacts, CostUah = content.CostUah,
            CommunityId = content.CommunityId, OrganisationId = content.OrganisationId, StartedOn = Date(content.StartedOn),
            ImplementedOn = Date(content.ImplementedOn), ReadinessCodes = string.Join(", ", content.ReadinessCodes),
        };
        foreach (var (field, value) in content.Texts) model.Texts[field] = value;
        foreach (var id in content.ConceptIds) model.ConceptIds.Add(id);
        model.Results.AddRange(content.Results.Select(r => new ResultRow
        {
            IndicatorUk = r.IndicatorUk, IndicatorEn = r.IndicatorEn, Unit = r.Unit, Before = r.Before, BeforeOn = Date(r.BeforeOn),
            After = r.After, AfterOn = Date(r.AfterOn),
        }));
        return model;
    }

    public PracticeContent ToContent() => new()
    {
        TitleUk = TitleUk ?? "", TitleEn = TitleEn ?? "",
        ProblemUk = Texts[nameof(PracticeContent.ProblemUk)], ProblemEn = Texts[nameof(PracticeContent.ProblemEn)],
        SolutionUk = Texts[nameof(PracticeContent.SolutionUk)], SolutionEn = Texts[nameof(PracticeContent.SolutionEn)],
        ImplementationUk = Texts[nameof(PracticeContent.ImplementationUk)], ImplementationEn = Texts[nameof(PracticeContent.ImplementationEn)],
        ResourcesUk = Texts[nameof(PracticeContent.ResourcesUk)], ResourcesEn = Texts[nameof(PracticeContent.ResourcesEn)],
        LessonsUk = Texts[nameof(PracticeContent.LessonsUk)], LessonsEn = Texts[nameof(PracticeContent.LessonsEn)],
        TransferabilityUk = Texts[nameof(PracticeContent.TransferabilityUk)], TransferabilityEn = Texts[nameof(PracticeContent.TransferabilityEn)],
        Contacts = Contacts ?? "", CostUah = CostUah, CommunityId = CommunityId, OrganisationId = OrganisationId,
        StartedOn = Parse(StartedOn), ImplementedOn = Parse(ImplementedOn),
        ReadinessCodes = (ReadinessCodes ?? "").Split([',', ';', ' '], StringSplitOptions.RemoveEmptyEntries).Select(c => c.ToUpperInvariant()).ToList(),
        ConceptIds = ConceptIds.ToList(),
        Results = Results.Select(r => new MeasuredResult(r.IndicatorUk ?? "", r.IndicatorEn ?? "", r.Unit ?? "", r.Before, Parse(r.BeforeOn), r.After, Parse(r.AfterOn))).ToList(),
    };

    private static string Date(DateOnly? date) => date?.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture) ?? "";

    private static DateOnly? Parse(string? text) =>
        DateOnly.TryParseExact(text, "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var date) ? date : null;
}

/// <summary>The case's long text fields, in the order the editor and the page show them.</summary>
public static class PracticeTextFields
{
    public static readonly IReadOnlyList<string> All =
    [
        nameof(PracticeContent.ProblemUk), nameof(PracticeContent.ProblemEn), nameof(PracticeContent.SolutionUk), nameof(PracticeContent.SolutionEn),
        nameof(PracticeContent.ImplementationUk), nameof(PracticeContent.ImplementationEn), nameof(PracticeContent.ResourcesUk),
        nameof(PracticeContent.ResourcesEn), nameof(PracticeContent.LessonsUk), nameof(PracticeContent.LessonsEn),
        nameof(PracticeContent.TransferabilityUk), nameof(PracticeContent.TransferabilityEn),
    ];
}
