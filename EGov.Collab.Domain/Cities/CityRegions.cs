using EGov.Collab.Domain.Common;

namespace EGov.Collab.Domain.Cities;

/// <summary>The region a community lies in, read from its KATOTTG code: the first level (two digits after "UA") is the region's.</summary>
public static class CityRegions
{
    public static Region? Of(string? katottgCode)
    {
        if (!Community.IsValidKatottg(katottgCode)) return null;
        var prefix = katottgCode![..4];
        return Regions.All.FirstOrDefault(r => r.Code.StartsWith(prefix, StringComparison.Ordinal));
    }

    /// <summary>The levels shown and filtered by, from the region down.</summary>
    public static readonly IReadOnlyList<CommunityKind> Levels = Enum.GetValues<CommunityKind>();
}
