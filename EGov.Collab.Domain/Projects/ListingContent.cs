using System.Text.RegularExpressions;
using EGov.Collab.Domain.Common;

namespace EGov.Collab.Domain.Projects;

/// <summary>
/// Everything an author writes on a listing, checked: titles and descriptions in Ukrainian (required) and English, the
/// publiccode.yml fields that apply, the budget range (hryvnias), the levels of government and regions it targets and the
/// readiness codes (component <c>SERV</c> or indicator <c>SERV.1</c>) it improves.
/// </summary>
public sealed partial record ListingContent(
    ListingKind Kind,
    ListingDirection Direction,
    string TitleUk,
    string TitleEn,
    string DescriptionUk,
    string DescriptionEn,
    DevelopmentStatus? DevelopmentStatus,
    MaintenanceType? Maintenance,
    string Licence,
    string RepositoryUrl,
    IReadOnlyList<string> Platforms,
    IReadOnlyList<string> Categories,
    string ContactName,
    string ContactEmail,
    decimal? BudgetMin,
    decimal? BudgetMax,
    GovernmentLevels Levels,
    IReadOnlyList<string> RegionCodes,
    IReadOnlyList<string> ReadinessCodes)
{
    public const int TitleMaxLength = 200;
    public const int DescriptionMaxLength = 8000;
    public const int LicenceMaxLength = 100;
    public const int UrlMaxLength = 400;
    public const int ContactNameMaxLength = 200;
    public const int EmailMaxLength = 254;
    public const int ItemMaxLength = 60;
    public const int MaxItems = 12;
    public const decimal BudgetLimit = 100_000_000_000m;

    /// <summary>Trims and checks every field; the first problem comes back with the field it concerns.</summary>
    public static Result<ListingContent> Create(
        ListingKind kind, ListingDirection direction, string? titleUk, string? titleEn, string? descriptionUk, string? descriptionEn,
        DevelopmentStatus? developmentStatus, MaintenanceType? maintenance, string? licence, string? repositoryUrl,
        IEnumerable<string>? platforms, IEnumerable<string>? categories, string? contactName, string? contactEmail,
        decimal? budgetMin, decimal? budgetMax, GovernmentLevels levels, IEnumerable<string>? regionCodes, IEnumerable<string>? readinessCodes)
    {
        if (!Enum.IsDefined(kind)) return CommonErrors.Invalid("Kind");
        if (!Enum.IsDefined(direction)) return CommonErrors.Invalid("Direction");
        var tUk = Clean(titleUk);
        var tEn = Clean(titleEn);
        var dUk = Clean(descriptionUk);
        var dEn = Clean(descriptionEn);
        if (tUk.Length == 0) return CommonErrors.Required("TitleUk");
        if (tUk.Length > TitleMaxLength) return CommonErrors.TooLong("TitleUk");
        if (tEn.Length > TitleMaxLength) return CommonErrors.TooLong("TitleEn");
        if (dUk.Length == 0) return CommonErrors.Required("DescriptionUk");
        if (dUk.Length > DescriptionMaxLength) return CommonErrors.TooLong("DescriptionUk");
        if (dEn.Length > DescriptionMaxLength) return CommonErrors.TooLong("DescriptionEn");
        if (developmentStatus is { } status && !Enum.IsDefined(status)) return CommonErrors.Invalid("DevelopmentStatus");
        if (maintenance is { } type && !Enum.IsDefined(type)) return CommonErrors.Invalid("Maintenance");

        var lic = Clean(licence);
        if (lic.Length > LicenceMaxLength || (lic.Length > 0 && !SpdxExpression().IsMatch(lic))) return ProjectsErrors.Licence;
        var repo = Clean(repositoryUrl);
        if (repo.Length > UrlMaxLength || (repo.Length > 0 && !IsWebUrl(repo))) return ProjectsErrors.RepositoryUrl;
        var name = Clean(contactName);
        if (name.Length > ContactNameMaxLength) return CommonErrors.TooLong("ContactName");
        var email = Clean(contactEmail);
        if (email.Length > EmailMaxLength || (email.Length > 0 && !EmailShape().IsMatch(email))) return ProjectsErrors.ContactEmail;

        var platformList = Items(platforms);
        if (platformList.Count > MaxItems || platformList.Any(p => p.Length > ItemMaxLength)) return ProjectsErrors.TooManyItems with { Field = "Platforms" };
        var categoryList = Items(categories);
        if (categoryList.Count > MaxItems || categoryList.Any(c => c.Length > ItemMaxLength)) return ProjectsErrors.TooManyItems with { Field = "Categories" };

        if (budgetMin is < 0 or > BudgetLimit) return CommonErrors.Invalid("BudgetMin");
        if (budgetMax is < 0 or > BudgetLimit) return CommonErrors.Invalid("BudgetMax");
        if (budgetMin is { } min && budgetMax is { } max && min > max) return ProjectsErrors.BudgetRange;
        if ((levels & ~(GovernmentLevels.National | GovernmentLevels.Regional | GovernmentLevels.Local)) != 0) return CommonErrors.Invalid("Levels");

        var regions = Items(regionCodes);
        if (regions.Any(r => !Regions.Exists(r))) return ProjectsErrors.UnknownRegion;
        var codes = Items(readinessCodes).Select(c => c.ToUpperInvariant()).Distinct().ToList();
        if (codes.Count > MaxItems || codes.Any(c => !ReadinessCode().IsMatch(c))) return ProjectsErrors.UnknownReadinessCode;

        return new ListingContent(kind, direction, tUk, tEn, dUk, dEn, developmentStatus, maintenance, lic, repo,
            platformList, categoryList, name, email, budgetMin, budgetMax, levels, regions, codes);
    }

    /// <summary>The title in the reader's language, Ukrainian when there is no English one.</summary>
    public string Title(bool english) => english && TitleEn.Length > 0 ? TitleEn : TitleUk;

    /// <summary>The readiness components a code list touches: <c>SERV.1</c> touches <c>SERV</c>.</summary>
    public static IEnumerable<string> Components(IEnumerable<string> codes) =>
        codes.Select(c => c.Split('.')[0]).Distinct(StringComparer.Ordinal);

    private static string Clean(string? value) => (value ?? "").Trim();

    private static List<string> Items(IEnumerable<string>? values) =>
        (values ?? []).Select(v => (v ?? "").Trim()).Where(v => v.Length > 0 && !v.Contains('\n')).Distinct(StringComparer.OrdinalIgnoreCase).ToList();

    private static bool IsWebUrl(string value) =>
        Uri.TryCreate(value, UriKind.Absolute, out var uri) && uri.Scheme is "http" or "https" && uri.Host.Length > 0;

    // An SPDX licence id or a simple expression of ids: "EUPL-1.2", "MIT OR Apache-2.0", "GPL-3.0-or-later".
    [GeneratedRegex(@"^\(?[A-Za-z0-9][A-Za-z0-9.\-+]*\)?( (AND|OR|WITH) \(?[A-Za-z0-9][A-Za-z0-9.\-+]*\)?)*$")]
    private static partial Regex SpdxExpression();

    [GeneratedRegex(@"^[^@\s]+@[^@\s]+\.[^@\s]+$")]
    private static partial Regex EmailShape();

    [GeneratedRegex(@"^[A-Z]{2,8}(\.[0-9]{1,2})?$")]
    private static partial Regex ReadinessCode();
}
