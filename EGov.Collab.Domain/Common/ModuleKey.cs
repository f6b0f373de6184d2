namespace EGov.Collab.Domain.Common;

/// <summary>The portal's eleven modules, in the order PRODUCT.md lists them.</summary>
public enum ModuleKey
{
    Drafting = 1,
    Methodology = 2,
    ExpertClub = 3,
    Readiness = 4,
    Cities = 5,
    Learning = 6,
    Contest = 7,
    Projects = 8,
    Journal = 9,
    Practices = 10,
    Library = 11,
}

public static class ModuleKeys
{
    public static readonly IReadOnlyList<ModuleKey> All = Enum.GetValues<ModuleKey>();

    /// <summary>The module's path segment, e.g. "/expert-club".</summary>
    public static string Slug(this ModuleKey key) => key switch
    {
        ModuleKey.Drafting => "drafting",
        ModuleKey.Methodology => "methodology",
        ModuleKey.ExpertClub => "expert-club",
        ModuleKey.Readiness => "readiness",
        ModuleKey.Cities => "cities",
        ModuleKey.Learning => "learning",
        ModuleKey.Contest => "contest",
        ModuleKey.Projects => "projects",
        ModuleKey.Journal => "journal",
        ModuleKey.Practices => "practices",
        ModuleKey.Library => "library",
        _ => throw new ArgumentOutOfRangeException(nameof(key), key, null),
    };

    public static bool TryParseSlug(string? slug, out ModuleKey key)
    {
        foreach (var candidate in All)
        {
            if (string.Equals(candidate.Slug(), slug, StringComparison.OrdinalIgnoreCase))
            {
                key = candidate;
                return true;
            }
        }
        key = default;
        return false;
    }
}
