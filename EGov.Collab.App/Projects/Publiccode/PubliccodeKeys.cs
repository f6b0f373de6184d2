using EGov.Collab.Domain.Projects;

namespace EGov.Collab.App.Projects.Publiccode;

/// <summary>Names shared by the import and the export, so that a listing round-trips.</summary>
public static class PubliccodeKeys
{
    public const string Version = "0.4";

    /// <summary>The country section (like the standard's <c>it</c>) carrying what the portal adds to publiccode.yml.</summary>
    public const string Country = "ua";

    public static string Name(ListingKind kind) => kind.ToString().ToLowerInvariant();

    public static string Name(ListingDirection direction) => direction.ToString().ToLowerInvariant();

    public static IEnumerable<string> Names(GovernmentLevels levels) =>
        new[] { GovernmentLevels.National, GovernmentLevels.Regional, GovernmentLevels.Local }
            .Where(l => levels.HasFlag(l)).Select(l => l.ToString().ToLowerInvariant());

    public static bool TryParseKind(string? text, out ListingKind kind) => TryParse(text, out kind);

    public static bool TryParseDirection(string? text, out ListingDirection direction) => TryParse(text, out direction);

    public static bool TryParseLevel(string? text, out GovernmentLevels level) =>
        TryParse(text, out level) && level != GovernmentLevels.None;

    /// <summary>Where a listing field lives in publiccode.yml, for a message about it.</summary>
    public static string? PathOf(string? field) => field switch
    {
        "TitleUk" => "description.uk.localisedName",
        "TitleEn" => "description.en.localisedName",
        "DescriptionUk" => "description.uk.longDescription",
        "DescriptionEn" => "description.en.longDescription",
        "Licence" => "legal.license",
        "RepositoryUrl" => "url",
        "Platforms" => "platforms",
        "Categories" => "categories",
        "ContactName" => "maintenance.contacts[0].name",
        "ContactEmail" => "maintenance.contacts[0].email",
        "BudgetMin" => Country + ".budget.min",
        "BudgetMax" => Country + ".budget.max",
        "Regions" => Country + ".regions",
        "ReadinessCodes" => Country + ".readinessCodes",
        _ => field,
    };

    private static bool TryParse<T>(string? text, out T value) where T : struct, Enum
    {
        foreach (var candidate in Enum.GetValues<T>())
        {
            if (string.Equals(candidate.ToString(), text?.Trim(), StringComparison.OrdinalIgnoreCase))
            {
                value = candidate;
                return true;
            }
        }
        value = default;
        return false;
    }
}
