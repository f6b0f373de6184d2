using EGov.Collab.Domain.Common;

namespace EGov.Collab.Domain.Cities;

/// <summary>One object of the KATOTTG codifier, read from a row of the official file.</summary>
public sealed record KatottgEntry(string Code, string? ParentCode, CommunityKind Kind, string Name);

/// <summary>
/// The official codifier file's row: five level columns (first, second, third, fourth, additional), the object's category
/// letter and its name. The object's code is its deepest filled level; its parent is the level above.
/// </summary>
public static class KatottgRow
{
    public const int LevelCount = 5;

    /// <summary>The official file's column headers, in order.</summary>
    public static readonly IReadOnlyList<string> Headers =
        ["Перший рівень", "Другий рівень", "Третій рівень", "Четвертий рівень", "Додатковий рівень", "Категорія об’єкта", "Назва об’єкта"];

    /// <summary>Category letters of the codifier (O oblast, K city with special status, P raion, H hromada, M city, X/T settlement, C village, B city district).</summary>
    public static CommunityKind? KindOf(string? category) => (category ?? "").Trim().ToUpperInvariant() switch
    {
        "O" => CommunityKind.Oblast,
        "K" => CommunityKind.City,
        "P" => CommunityKind.Raion,
        "H" => CommunityKind.Hromada,
        "M" => CommunityKind.City,
        "X" or "T" => CommunityKind.Settlement,
        "C" => CommunityKind.Village,
        _ => null,
    };

    public static Result<KatottgEntry> Parse(IReadOnlyList<string?> levels, string? category, string? name)
    {
        ArgumentNullException.ThrowIfNull(levels);
        if (levels.Count != LevelCount) throw new ArgumentException($"A codifier row has {LevelCount} levels.", nameof(levels));
        var filled = new List<string>();
        var gapSeen = false;
        foreach (var raw in levels)
        {
            var level = (raw ?? "").Trim().ToUpperInvariant();
            if (level.Length == 0)
            {
                gapSeen = true;
                continue;
            }
            if (gapSeen) return new Error("Cities.Import.LevelGap", "levels");
            if (!Community.IsValidKatottg(level)) return new Error("Community.KatottgFormat", "levels");
            filled.Add(level);
        }
        if (filled.Count == 0) return CommonErrors.Required("levels");
        var letter = (category ?? "").Trim().ToUpperInvariant();
        if (letter == "B") return new Error("Cities.Import.CityDistrict", "category");
        if (KindOf(letter) is not { } kind) return new Error("Cities.Import.Category", "category");
        var cleanName = (name ?? "").Trim();
        if (cleanName.Length == 0) return CommonErrors.Required("name");
        if (cleanName.Length > Community.NameMaxLength) return CommonErrors.TooLong("name");
        var parent = filled.Count > 1 ? filled[^2] : null;
        return new KatottgEntry(filled[^1], parent, kind, cleanName);
    }
}
