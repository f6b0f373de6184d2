using EGov.Collab.Domain.Common;

namespace EGov.Collab.Domain.Library;

/// <summary>
/// Qualified Dublin Core of one item as a submitter or librarian enters it: every free-text value comes in Ukrainian
/// and English (one of the two may be empty, not both); creators and subjects are lists; rights is a CC licence URI.
/// </summary>
public sealed record LibraryMetadata(
    string TitleUk,
    string TitleEn,
    string AlternativeTitle,
    IReadOnlyList<string> Creators,
    IReadOnlyList<string> Contributors,
    IReadOnlyList<string> Subjects,
    string AbstractUk,
    string AbstractEn,
    string Publisher,
    DateOnly? DateIssued,
    DcmiType Type,
    string Language,
    string Relation,
    Guid? CoverageCommunityId,
    string LicenceUri)
{
    public const int TitleMaxLength = 500;
    public const int AbstractMaxLength = 5000;
    public const int NameMaxLength = 200;
    public const int SubjectMaxLength = 100;
    public const int RelationMaxLength = 500;
    public const int MaxAgents = 30;
    public const int MaxSubjects = 30;

    /// <summary>Trims every value and drops empty and repeated list entries.</summary>
    public LibraryMetadata Normalised() => this with
    {
        TitleUk = TitleUk.Trim(),
        TitleEn = TitleEn.Trim(),
        AlternativeTitle = AlternativeTitle.Trim(),
        Creators = Clean(Creators),
        Contributors = Clean(Contributors),
        Subjects = Clean(Subjects),
        AbstractUk = AbstractUk.Trim(),
        AbstractEn = AbstractEn.Trim(),
        Publisher = Publisher.Trim(),
        Language = Language.Trim().ToLowerInvariant(),
        Relation = Relation.Trim(),
        LicenceUri = LicenceUri.Trim(),
    };

    /// <summary>The first broken rule, naming the field it concerns; checked on the normalised values.</summary>
    public Result Validate(DateTimeOffset now)
    {
        var m = Normalised();
        if (m.TitleUk.Length == 0 && m.TitleEn.Length == 0) return CommonErrors.Required(nameof(TitleUk));
        if (m.TitleUk.Length > TitleMaxLength || m.TitleEn.Length > TitleMaxLength || m.AlternativeTitle.Length > TitleMaxLength)
            return CommonErrors.TooLong(nameof(TitleUk));
        if (m.Creators.Count == 0) return CommonErrors.Required(nameof(Creators));
        if (m.Creators.Count > MaxAgents || m.Contributors.Count > MaxAgents) return CommonErrors.TooLong(nameof(Creators));
        if (m.Creators.Concat(m.Contributors).Any(n => n.Length > NameMaxLength)) return CommonErrors.TooLong(nameof(Creators));
        if (m.Subjects.Count > MaxSubjects || m.Subjects.Any(s => s.Length > SubjectMaxLength)) return CommonErrors.TooLong(nameof(Subjects));
        if (m.AbstractUk.Length == 0 && m.AbstractEn.Length == 0) return CommonErrors.Required(nameof(AbstractUk));
        if (m.AbstractUk.Length > AbstractMaxLength || m.AbstractEn.Length > AbstractMaxLength) return CommonErrors.TooLong(nameof(AbstractUk));
        if (m.Publisher.Length > NameMaxLength) return CommonErrors.TooLong(nameof(Publisher));
        if (m.DateIssued is null) return CommonErrors.Required(nameof(DateIssued));
        if (m.DateIssued.Value.Year < 1900 || m.DateIssued.Value > DateOnly.FromDateTime(now.UtcDateTime).AddDays(1))
            return CommonErrors.Invalid(nameof(DateIssued));
        if (!Enum.IsDefined(m.Type)) return CommonErrors.Invalid(nameof(Type));
        if (!LibraryLanguages.IsKnown(m.Language)) return CommonErrors.Invalid(nameof(Language));
        if (m.Relation.Length > RelationMaxLength) return CommonErrors.TooLong(nameof(Relation));
        if (m.LicenceUri.Length == 0) return CommonErrors.Required(nameof(LicenceUri));
        if (LibraryLicences.FindByUri(m.LicenceUri) is null) return CommonErrors.Invalid(nameof(LicenceUri));
        return Result.Success();
    }

    /// <summary>Splits a comma- or semicolon-separated entry (keywords, names typed into one field).</summary>
    public static IReadOnlyList<string> SplitList(string? text) =>
        Clean((text ?? "").Split([';', '\n'], StringSplitOptions.RemoveEmptyEntries));

    private static List<string> Clean(IEnumerable<string> values) =>
        values.Select(v => v.Trim()).Where(v => v.Length > 0).Distinct(StringComparer.OrdinalIgnoreCase).ToList();
}
