namespace EGov.Collab.Domain.Practices;

/// <summary>The classifier's SKOS concept schemes (OPSI facets, COFOG, SDG targets, KATOTTG regions …).</summary>
public enum ConceptScheme
{
    Cofog = 1,
    ServiceArea = 2,
    Technology = 3,
    SdgTarget = 4,
    InnovationFacet = 5,
    LifecycleStage = 6,
    GovernmentLevel = 7,
    Region = 8,
}

public static class ConceptSchemes
{
    public static readonly IReadOnlyList<ConceptScheme> All = Enum.GetValues<ConceptScheme>();

    /// <summary>The scheme's stable slug: its URI segment and the catalogue's query parameter.</summary>
    public static string Slug(this ConceptScheme scheme) => scheme switch
    {
        ConceptScheme.Cofog => "cofog",
        ConceptScheme.ServiceArea => "service-area",
        ConceptScheme.Technology => "technology",
        ConceptScheme.SdgTarget => "sdg",
        ConceptScheme.InnovationFacet => "innovation",
        ConceptScheme.LifecycleStage => "lifecycle",
        ConceptScheme.GovernmentLevel => "level",
        ConceptScheme.Region => "region",
        _ => throw new ArgumentOutOfRangeException(nameof(scheme), scheme, null),
    };

    /// <summary>The scheme's name in Ukrainian and English, as published in SKOS and shown in the catalogue.</summary>
    public static (string Uk, string En) Names(this ConceptScheme scheme) => scheme switch
    {
        ConceptScheme.Cofog => ("Функції держави (COFOG)", "Functions of government (COFOG)"),
        ConceptScheme.ServiceArea => ("Сфера послуг", "Service area"),
        ConceptScheme.Technology => ("Технологія", "Technology"),
        ConceptScheme.SdgTarget => ("Ціль сталого розвитку", "Sustainable Development Goal target"),
        ConceptScheme.InnovationFacet => ("Вид інновації (OPSI)", "Innovation facet (OPSI)"),
        ConceptScheme.LifecycleStage => ("Етап життєвого циклу (OPSI)", "Lifecycle stage (OPSI)"),
        ConceptScheme.GovernmentLevel => ("Рівень влади", "Level of government"),
        ConceptScheme.Region => ("Регіон (КАТОТТГ)", "Region (KATOTTG)"),
        _ => throw new ArgumentOutOfRangeException(nameof(scheme), scheme, null),
    };

    public static string Name(this ConceptScheme scheme, System.Globalization.CultureInfo culture) =>
        culture.TwoLetterISOLanguageName == "uk" ? scheme.Names().Uk : scheme.Names().En;

    public static bool TryParseSlug(string? slug, out ConceptScheme scheme)
    {
        foreach (var candidate in All)
        {
            if (string.Equals(candidate.Slug(), slug, StringComparison.OrdinalIgnoreCase))
            {
                scheme = candidate;
                return true;
            }
        }
        scheme = default;
        return false;
    }
}
