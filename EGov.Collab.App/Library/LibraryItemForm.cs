using EGov.Collab.Domain.Library;

namespace EGov.Collab.App.Library;

/// <summary>What the submission and edit forms bind to; lists are typed one per line or separated by semicolons.</summary>
public sealed class LibraryItemForm
{
    public Guid? CollectionId { get; set; }
    public string TitleUk { get; set; } = "";
    public string TitleEn { get; set; } = "";
    public string AlternativeTitle { get; set; } = "";
    public string Creators { get; set; } = "";
    public string Contributors { get; set; } = "";
    public string Subjects { get; set; } = "";
    public string AbstractUk { get; set; } = "";
    public string AbstractEn { get; set; } = "";
    public string Publisher { get; set; } = "";
    /// <summary>yyyy-MM-dd, as a date input gives it.</summary>
    public string DateIssued { get; set; } = "";
    public DcmiType Type { get; set; } = DcmiType.Text;
    public string Language { get; set; } = LibraryLanguages.Ukrainian;
    public string Relation { get; set; } = "";
    public Guid? CoverageCommunityId { get; set; }
    public string LicenceUri { get; set; } = LibraryLicences.Default.Uri;
    public bool LicenceGranted { get; set; }

    public LibraryMetadata ToMetadata() => new(
        TitleUk, TitleEn, AlternativeTitle,
        LibraryMetadata.SplitList(Creators), LibraryMetadata.SplitList(Contributors), LibraryMetadata.SplitList(Subjects),
        AbstractUk, AbstractEn, Publisher,
        ParseDate(DateIssued),
        Type, Language, Relation, CoverageCommunityId, LicenceUri);

    public static LibraryItemForm From(LibraryItem item) => new()
    {
        CollectionId = item.CollectionId,
        TitleUk = item.TitleUk,
        TitleEn = item.TitleEn,
        AlternativeTitle = item.AlternativeTitle,
        Creators = string.Join("\n", item.Creators),
        Contributors = string.Join("\n", item.Contributors),
        Subjects = string.Join("; ", item.SubjectValues),
        AbstractUk = item.AbstractUk,
        AbstractEn = item.AbstractEn,
        Publisher = item.Publisher,
        DateIssued = item.DateIssued.ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture),
        Type = item.Type,
        Language = item.Language,
        Relation = item.Relation,
        CoverageCommunityId = item.CoverageCommunityId,
        LicenceUri = item.LicenceUri,
        LicenceGranted = true,
    };

    /// <summary>A yyyy-MM-dd date, or null when the text is not one.</summary>
    public static DateOnly? ParseDate(string? text) =>
        DateOnly.TryParseExact(text?.Trim(), "yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture, System.Globalization.DateTimeStyles.None, out var date)
            ? date : null;
}
