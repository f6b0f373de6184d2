using System.Globalization;

namespace EGov.Collab.Domain.Common;

/// <summary>Rules for a member's public profile, shared by registration and the profile page.</summary>
public static class MemberProfile
{
    public const int FullNameMaxLength = 200;
    public const int PositionMaxLength = 200;

    public static Result Validate(string? fullName, string? position, string? regionCode)
    {
        var name = (fullName ?? "").Trim();
        if (name.Length == 0) return CommonErrors.Required("FullName");
        if (name.Length > FullNameMaxLength) return CommonErrors.TooLong("FullName");
        if ((position ?? "").Trim().Length > PositionMaxLength) return CommonErrors.TooLong("Position");
        if (!string.IsNullOrEmpty(regionCode) && !Regions.Exists(regionCode)) return CommonErrors.Invalid("RegionCode");
        return Result.Success();
    }

    /// <summary>Up to two initials for the avatar: first letters of the first two words ("Олена Коваль" → "ОК"), apostrophes and hyphens kept out.</summary>
    public static string Initials(string? fullName)
    {
        var words = (fullName ?? "")
            .Split([' ', '\t', '-'], StringSplitOptions.RemoveEmptyEntries)
            .Select(w => w.TrimStart('\'', '’', 'ʼ', '"', '«', '('))
            .Where(w => w.Length > 0 && char.IsLetter(w, 0))
            .ToList();
        if (words.Count == 0) return "?";
        var first = StringInfoFirst(words[0]);
        var second = words.Count > 1 ? StringInfoFirst(words[1]) : "";
        return (first + second).ToUpper(CultureInfo.InvariantCulture);
    }

    private static string StringInfoFirst(string word) => StringInfo.GetNextTextElementLength(word) is var n and > 0 ? word[..n] : "";
}
