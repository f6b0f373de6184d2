using System.Text.Json;
using EGov.Collab.Domain.Common;

namespace EGov.Collab.Domain.Practices;

/// <summary>A good practice: the structured case, its classification, and where it stands in validation.</summary>
public sealed class Practice
{
    private readonly List<PracticeConcept> _concepts = [];

    private Practice()
    {
        TitleUk = TitleEn = ProblemUk = ProblemEn = SolutionUk = SolutionEn = ImplementationUk = ImplementationEn = "";
        ResourcesUk = ResourcesEn = LessonsUk = LessonsEn = TransferabilityUk = TransferabilityEn = Contacts = "";
        ResultsJson = "[]";
        ReadinessCodeList = "";
    }

    public Guid Id { get; private set; }
    public PracticeStatus Status { get; private set; }
    public string TitleUk { get; private set; }
    public string TitleEn { get; private set; }
    public string ProblemUk { get; private set; }
    public string ProblemEn { get; private set; }
    public string SolutionUk { get; private set; }
    public string SolutionEn { get; private set; }
    public string ImplementationUk { get; private set; }
    public string ImplementationEn { get; private set; }
    public string ResourcesUk { get; private set; }
    public string ResourcesEn { get; private set; }
    public string LessonsUk { get; private set; }
    public string LessonsEn { get; private set; }
    public string TransferabilityUk { get; private set; }
    public string TransferabilityEn { get; private set; }
    public string Contacts { get; private set; }
    public decimal? CostUah { get; private set; }
    public Guid? CommunityId { get; private set; }
    public Guid? OrganisationId { get; private set; }
    /// <summary>The KATOTTG code of the community's region (oblast, Kyiv, Sevastopol, Crimea): the map and the region facet.</summary>
    public string? RegionCode { get; private set; }
    public DateOnly? StartedOn { get; private set; }
    public DateOnly? ImplementedOn { get; private set; }
    /// <summary>The measured results as JSON (a list of <see cref="MeasuredResult"/>), read through <see cref="Results"/>.</summary>
    public string ResultsJson { get; private set; }
    /// <summary>Readiness codes separated by ';', read through <see cref="ReadinessCodes"/>.</summary>
    public string ReadinessCodeList { get; private set; }
    /// <summary>Set while any measured result has values on both sides: the "proven" mark.</summary>
    public bool IsProven { get; private set; }
    public Guid AuthorId { get; private set; }
    public DateTimeOffset CreatedAt { get; private set; }
    public DateTimeOffset UpdatedAt { get; private set; }
    public DateTimeOffset? SubmittedAt { get; private set; }
    public DateTimeOffset? PublishedAt { get; private set; }
    /// <summary>The contest entry this practice came from (a winner), with the jury's score.</summary>
    public Guid? ContestEntryId { get; private set; }
    public decimal? JuryScore { get; private set; }

    public IReadOnlyList<PracticeConcept> Concepts => _concepts;

    public IReadOnlyList<MeasuredResult> Results =>
        JsonSerializer.Deserialize<List<MeasuredResult>>(ResultsJson) ?? [];

    public IReadOnlyList<string> ReadinessCodes =>
        ReadinessCodeList.Split(';', StringSplitOptions.RemoveEmptyEntries);

    public bool IsPublic => Status == PracticeStatus.Published;

    public string Title(System.Globalization.CultureInfo culture) =>
        culture.TwoLetterISOLanguageName == "uk" || TitleEn.Length == 0 ? TitleUk : TitleEn;

    public PracticeContent Content => new()
    {
        TitleUk = TitleUk, TitleEn = TitleEn, ProblemUk = ProblemUk, ProblemEn = ProblemEn, SolutionUk = SolutionUk, SolutionEn = SolutionEn,
        ImplementationUk = ImplementationUk, ImplementationEn = ImplementationEn, ResourcesUk = ResourcesUk, ResourcesEn = ResourcesEn,
        LessonsUk = LessonsUk, LessonsEn = LessonsEn, TransferabilityUk = TransferabilityUk, TransferabilityEn = TransferabilityEn,
        Contacts = Contacts, CostUah = CostUah, CommunityId = CommunityId, OrganisationId = OrganisationId, StartedOn = StartedOn,
        ImplementedOn = ImplementedOn, Results = Results, ConceptIds = _concepts.Select(c => c.ConceptId).ToList(), ReadinessCodes = ReadinessCodes,
    };

    public static Result<Practice> Create(PracticeContent content, string? regionCode, Guid authorId, DateTimeOffset now)
    {
        ArgumentNullException.ThrowIfNull(content);
        var practice = new Practice { Id = Guid.CreateVersion7(), Status = PracticeStatus.Draft, AuthorId = authorId, CreatedAt = now };
        var applied = practice.Apply(content, regionCode, now);
        return applied.IsSuccess ? practice : applied.Error!;
    }

    /// <summary>A draft pre-filled from a winning contest entry, for the module's editors to complete and publish.</summary>
    public static Result<Practice> FromContestWinner(PracticeContent content, string? regionCode, Guid authorId, Guid entryId, decimal? juryScore, DateTimeOffset now)
    {
        var created = Create(content, regionCode, authorId, now);
        if (!created.IsSuccess) return created;
        created.Value.ContestEntryId = entryId;
        created.Value.JuryScore = juryScore;
        return created;
    }

    /// <summary>The author edits while the practice is a draft or sent back; the module's experts may edit at any stage.</summary>
    public Result Edit(PracticeContent content, string? regionCode, bool byExpert, DateTimeOffset now)
    {
        ArgumentNullException.ThrowIfNull(content);
        if (!byExpert && Status is not (PracticeStatus.Draft or PracticeStatus.ChangesRequested)) return PracticeErrors.NotEditable;
        return Apply(content, regionCode, now);
    }

    public Result Submit(DateTimeOffset now)
    {
        if (Status is not (PracticeStatus.Draft or PracticeStatus.ChangesRequested)) return PracticeErrors.WrongStatus;
        var valid = Content.ValidateForSubmission();
        if (!valid.IsSuccess) return valid;
        Status = PracticeStatus.Submitted;
        SubmittedAt = UpdatedAt = now;
        return Result.Success();
    }

    public Result RequestChanges(DateTimeOffset now)
    {
        if (Status != PracticeStatus.Submitted) return PracticeErrors.WrongStatus;
        Status = PracticeStatus.ChangesRequested;
        UpdatedAt = now;
        return Result.Success();
    }

    /// <summary>An expert publishes a submitted practice, or a draft the editors completed (a contest winner).</summary>
    public Result Publish(DateTimeOffset now)
    {
        if (Status is not (PracticeStatus.Submitted or PracticeStatus.Draft)) return PracticeErrors.WrongStatus;
        var valid = Content.ValidateForSubmission();
        if (!valid.IsSuccess) return valid;
        Status = PracticeStatus.Published;
        PublishedAt = UpdatedAt = now;
        return Result.Success();
    }

    private Result Apply(PracticeContent content, string? regionCode, DateTimeOffset now)
    {
        var valid = content.ValidateDraft();
        if (!valid.IsSuccess) return valid;
        TitleUk = content.TitleUk.Trim();
        TitleEn = (content.TitleEn ?? "").Trim();
        ProblemUk = Clean(content.ProblemUk);
        ProblemEn = Clean(content.ProblemEn);
        SolutionUk = Clean(content.SolutionUk);
        SolutionEn = Clean(content.SolutionEn);
        ImplementationUk = Clean(content.ImplementationUk);
        ImplementationEn = Clean(content.ImplementationEn);
        ResourcesUk = Clean(content.ResourcesUk);
        ResourcesEn = Clean(content.ResourcesEn);
        LessonsUk = Clean(content.LessonsUk);
        LessonsEn = Clean(content.LessonsEn);
        TransferabilityUk = Clean(content.TransferabilityUk);
        TransferabilityEn = Clean(content.TransferabilityEn);
        Contacts = Clean(content.Contacts);
        CostUah = content.CostUah;
        CommunityId = content.CommunityId;
        OrganisationId = content.OrganisationId;
        RegionCode = regionCode;
        StartedOn = content.StartedOn;
        ImplementedOn = content.ImplementedOn;
        ResultsJson = JsonSerializer.Serialize(content.Results);
        IsProven = content.Results.Any(r => r.IsMeasuredBeforeAndAfter);
        ReadinessCodeList = string.Join(';', content.ReadinessCodes.Select(c => c.Trim().ToUpperInvariant()).Distinct(StringComparer.Ordinal));
        var wanted = content.ConceptIds.Distinct().ToHashSet();
        _concepts.RemoveAll(c => !wanted.Contains(c.ConceptId));
        foreach (var conceptId in wanted.Where(id => _concepts.All(c => c.ConceptId != id)))
            _concepts.Add(new PracticeConcept(Id, conceptId));
        UpdatedAt = now;
        return Result.Success();
    }

    private static string Clean(string? text) => (text ?? "").Trim();
}

/// <summary>A practice classified under a concept.</summary>
public sealed class PracticeConcept
{
    private PracticeConcept()
    {
    }

    public PracticeConcept(Guid practiceId, Guid conceptId)
    {
        PracticeId = practiceId;
        ConceptId = conceptId;
    }

    public Guid PracticeId { get; private set; }
    public Guid ConceptId { get; private set; }
}
