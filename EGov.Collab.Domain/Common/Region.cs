using System.Globalization;

namespace EGov.Collab.Domain.Common;

/// <summary>A first-level unit of Ukraine (oblast, Kyiv, Sevastopol, the Autonomous Republic of Crimea), keyed by its KATOTTG code.</summary>
public sealed record Region(string Code, string NameUk, string NameEn)
{
    public string Name(CultureInfo culture) =>
        culture.TwoLetterISOLanguageName == "uk" ? NameUk : NameEn;
}

public static class Regions
{
    public static readonly IReadOnlyList<Region> All =
    [
        new("UA01000000000013043", "Автономна Республіка Крим", "Autonomous Republic of Crimea"),
        new("UA05000000000010236", "Вінницька область", "Vinnytsia Oblast"),
        new("UA07000000000024379", "Волинська область", "Volyn Oblast"),
        new("UA12000000000090473", "Дніпропетровська область", "Dnipropetrovsk Oblast"),
        new("UA14000000000091971", "Донецька область", "Donetsk Oblast"),
        new("UA18000000000041385", "Житомирська область", "Zhytomyr Oblast"),
        new("UA21000000000011690", "Закарпатська область", "Zakarpattia Oblast"),
        new("UA23000000000064947", "Запорізька область", "Zaporizhzhia Oblast"),
        new("UA26000000000069363", "Івано-Франківська область", "Ivano-Frankivsk Oblast"),
        new("UA32000000000030281", "Київська область", "Kyiv Oblast"),
        new("UA35000000000016081", "Кіровоградська область", "Kirovohrad Oblast"),
        new("UA44000000000018893", "Луганська область", "Luhansk Oblast"),
        new("UA46000000000026241", "Львівська область", "Lviv Oblast"),
        new("UA48000000000039575", "Миколаївська область", "Mykolaiv Oblast"),
        new("UA51000000000030770", "Одеська область", "Odesa Oblast"),
        new("UA53000000000028050", "Полтавська область", "Poltava Oblast"),
        new("UA56000000000066151", "Рівненська область", "Rivne Oblast"),
        new("UA59000000000057109", "Сумська область", "Sumy Oblast"),
        new("UA61000000000060328", "Тернопільська область", "Ternopil Oblast"),
        new("UA63000000000041885", "Харківська область", "Kharkiv Oblast"),
        new("UA65000000000030969", "Херсонська область", "Kherson Oblast"),
        new("UA68000000000099709", "Хмельницька область", "Khmelnytskyi Oblast"),
        new("UA71000000000010357", "Черкаська область", "Cherkasy Oblast"),
        new("UA73000000000044923", "Чернівецька область", "Chernivtsi Oblast"),
        new("UA74000000000025378", "Чернігівська область", "Chernihiv Oblast"),
        new("UA80000000000093317", "м. Київ", "Kyiv City"),
        new("UA85000000000065278", "м. Севастополь", "Sevastopol City"),
    ];

    private static readonly Dictionary<string, Region> ByCodeMap = All.ToDictionary(r => r.Code, StringComparer.Ordinal);

    public static bool Exists(string? code) => code is not null && ByCodeMap.ContainsKey(code);

    /// <summary>The region's name in <paramref name="culture"/>; the code itself when it names no region (old data), "" for none.</summary>
    public static string NameOf(string? code, CultureInfo culture) =>
        code is null ? "" : ByCodeMap.TryGetValue(code, out var region) ? region.Name(culture) : code;

    public static Region ByCode(string code) =>
        ByCodeMap.TryGetValue(code, out var region) ? region : throw new KeyNotFoundException($"No region with code '{code}'.");

    public static readonly Region Kyiv = ByCode("UA80000000000093317");
    public static readonly Region Lviv = ByCode("UA46000000000026241");
}
