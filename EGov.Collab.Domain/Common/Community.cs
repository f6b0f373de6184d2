namespace EGov.Collab.Domain.Common;

public enum CommunityKind
{
    Oblast = 1,
    Raion = 2,
    Hromada = 3,
    City = 4,
    Village = 5,
    Settlement = 6,
}

/// <summary>A territorial unit from the KATOTTG codifier; later modules (city cabinets, readiness) hang their data on it.</summary>
public sealed class Community
{
    public const int NameMaxLength = 200;
    public const int KatottgLength = 19;

    private Community()
    {
        NameUk = "";
        NameEn = "";
        KatottgCode = "";
    }

    public Guid Id { get; private set; }
    public string NameUk { get; private set; }
    public string NameEn { get; private set; }
    public CommunityKind Kind { get; private set; }
    public string KatottgCode { get; private set; }
    public Guid? ParentId { get; private set; }

    public string Name(System.Globalization.CultureInfo culture) =>
        culture.TwoLetterISOLanguageName == "uk" || NameEn.Length == 0 ? NameUk : NameEn;

    /// <summary>A KATOTTG code is "UA" followed by 17 digits.</summary>
    public static bool IsValidKatottg(string? code) =>
        code is { Length: KatottgLength } && code.StartsWith("UA", StringComparison.Ordinal) && code.AsSpan(2).ToString().All(char.IsAsciiDigit);

    /// <summary>
    /// Oblasts stand alone; a raion sits in an oblast; a hromada in a raion; a city, village or settlement in a hromada.
    /// Kyiv and Sevastopol are cities with the status of a region, so a city may also stand alone.
    /// </summary>
    public static bool CanSitIn(CommunityKind kind, CommunityKind? parent) => kind switch
    {
        CommunityKind.Oblast => parent is null,
        CommunityKind.Raion => parent == CommunityKind.Oblast,
        CommunityKind.Hromada => parent == CommunityKind.Raion,
        CommunityKind.City => parent is null or CommunityKind.Hromada,
        CommunityKind.Village or CommunityKind.Settlement => parent == CommunityKind.Hromada,
        _ => false,
    };

    public static Result<Community> Create(string nameUk, string nameEn, CommunityKind kind, string katottgCode, Community? parent)
    {
        var uk = (nameUk ?? "").Trim();
        var en = (nameEn ?? "").Trim();
        if (uk.Length == 0) return CommonErrors.Required("NameUk");
        if (uk.Length > NameMaxLength) return CommonErrors.TooLong("NameUk");
        if (en.Length > NameMaxLength) return CommonErrors.TooLong("NameEn");
        if (!Enum.IsDefined(kind)) return CommonErrors.Invalid("Kind");
        var code = (katottgCode ?? "").Trim().ToUpperInvariant();
        if (!IsValidKatottg(code)) return new Error("Community.KatottgFormat", "KatottgCode");
        if (!CanSitIn(kind, parent?.Kind)) return new Error("Community.ParentKind", "ParentId");
        return new Community
        {
            Id = Guid.CreateVersion7(),
            NameUk = uk,
            NameEn = en,
            Kind = kind,
            KatottgCode = code,
            ParentId = parent?.Id,
        };
    }
}
