using System.Globalization;
using EGov.Collab.Domain.Common;
using EGov.Collab.Domain.Projects;

namespace EGov.Collab.App.Projects;

/// <summary>The editor's fields as typed (lists one item a line or comma-separated); <see cref="ToContent"/> checks them.</summary>
public sealed class ListingForm
{
    public ListingKind Kind { get; set; } = ListingKind.Solution;
    public ListingDirection Direction { get; set; } = ListingDirection.Offer;
    public string TitleUk { get; set; } = "";
    public string TitleEn { get; set; } = "";
    public string DescriptionUk { get; set; } = "";
    public string DescriptionEn { get; set; } = "";
    public DevelopmentStatus? DevelopmentStatus { get; set; }
    public MaintenanceType? Maintenance { get; set; }
    public string Licence { get; set; } = "";
    public string RepositoryUrl { get; set; } = "";
    public string Platforms { get; set; } = "";
    public string Categories { get; set; } = "";
    public string ContactName { get; set; } = "";
    public string ContactEmail { get; set; } = "";
    public decimal? BudgetMin { get; set; }
    public decimal? BudgetMax { get; set; }
    public bool National { get; set; }
    public bool Regional { get; set; }
    public bool Local { get; set; }
    public IEnumerable<string> RegionCodes { get; set; } = [];
    public string ReadinessCodes { get; set; } = "";

    public Result<ListingContent> ToContent() => ListingContent.Create(Kind, Direction, TitleUk, TitleEn, DescriptionUk, DescriptionEn,
        DevelopmentStatus, Maintenance, Licence, RepositoryUrl, Split(Platforms), Split(Categories), ContactName, ContactEmail,
        BudgetMin, BudgetMax, Levels, RegionCodes, Split(ReadinessCodes));

    private GovernmentLevels Levels =>
        (National ? GovernmentLevels.National : 0) | (Regional ? GovernmentLevels.Regional : 0) | (Local ? GovernmentLevels.Local : 0);

    public static ListingForm From(ListingContent content) => new()
    {
        Kind = content.Kind,
        Direction = content.Direction,
        TitleUk = content.TitleUk,
        TitleEn = content.TitleEn,
        DescriptionUk = content.DescriptionUk,
        DescriptionEn = content.DescriptionEn,
        DevelopmentStatus = content.DevelopmentStatus,
        Maintenance = content.Maintenance,
        Licence = content.Licence,
        RepositoryUrl = content.RepositoryUrl,
        Platforms = string.Join(", ", content.Platforms),
        Categories = string.Join(", ", content.Categories),
        ContactName = content.ContactName,
        ContactEmail = content.ContactEmail,
        BudgetMin = content.BudgetMin,
        BudgetMax = content.BudgetMax,
        National = content.Levels.HasFlag(GovernmentLevels.National),
        Regional = content.Levels.HasFlag(GovernmentLevels.Regional),
        Local = content.Levels.HasFlag(GovernmentLevels.Local),
        RegionCodes = content.RegionCodes,
        ReadinessCodes = string.Join(", ", content.ReadinessCodes),
    };

    /// <summary>A replication of a best practice: the practice's title and description as a starting point.</summary>
    public static ListingForm FromPractice(PracticeLink practice) => new()
    {
        Kind = ListingKind.Project,
        Direction = ListingDirection.Request,
        TitleUk = practice.TitleUk,
        TitleEn = practice.TitleEn,
        DescriptionUk = practice.DescriptionUk,
        DescriptionEn = practice.DescriptionEn,
        Local = true,
    };

    private static string[] Split(string text) =>
        text.Split([',', ';', '\n'], StringSplitOptions.TrimEntries | StringSplitOptions.RemoveEmptyEntries);

    /// <summary>A budget in hryvnias for display, e.g. "50 000 – 150 000 грн".</summary>
    public static string Budget(decimal? min, decimal? max, CultureInfo culture, string currency)
    {
        string Format(decimal value) => value.ToString("#,0", culture);
        return (min, max) switch
        {
            (null, null) => "",
            ({ } a, null) => $"≥ {Format(a)} {currency}",
            (null, { } b) => $"≤ {Format(b)} {currency}",
            ({ } a, { } b) when a == b => $"{Format(a)} {currency}",
            ({ } a, { } b) => $"{Format(a)} – {Format(b)} {currency}",
        };
    }
}
