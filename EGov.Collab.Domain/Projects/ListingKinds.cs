namespace EGov.Collab.Domain.Projects;

/// <summary>What a listing is: an idea, a project looking for partners or funding, or a ready solution.</summary>
public enum ListingKind
{
    Idea = 1,
    Project = 2,
    Solution = 3,
}

/// <summary>Whether the author offers the thing or looks for it (Enterprise Europe Network's offers and requests).</summary>
public enum ListingDirection
{
    Offer = 1,
    Request = 2,
}

/// <summary>publiccode.yml <c>developmentStatus</c>.</summary>
public enum DevelopmentStatus
{
    Concept = 1,
    Development = 2,
    Beta = 3,
    Stable = 4,
    Obsolete = 5,
}

/// <summary>publiccode.yml <c>maintenance.type</c>.</summary>
public enum MaintenanceType
{
    None = 1,
    Internal = 2,
    Contract = 3,
    Community = 4,
}

/// <summary>The levels of government a listing is meant for.</summary>
[Flags]
public enum GovernmentLevels
{
    None = 0,
    National = 1,
    Regional = 2,
    Local = 4,
}

/// <summary>Where a listing is in its life; <see cref="Listing.Stage"/> adds expiry, which depends on the time.</summary>
public enum ListingStatus
{
    /// <summary>Waiting for the module's moderators.</summary>
    Pending = 1,
    Published = 2,
    Rejected = 3,
    /// <summary>Withdrawn by its author; still readable.</summary>
    Archived = 4,
}

/// <summary>What a reader sees: the stored status, with a published listing past its expiry shown as expired (and archived).</summary>
public enum ListingStage
{
    Pending = 1,
    Published = 2,
    Rejected = 3,
    Archived = 4,
    Expired = 5,
}

public static class PubliccodeNames
{
    public static string Name(this DevelopmentStatus status) => status.ToString().ToLowerInvariant();

    public static string Name(this MaintenanceType type) => type.ToString().ToLowerInvariant();

    public static bool TryParseStatus(string? value, out DevelopmentStatus status) =>
        TryParse(value, out status);

    public static bool TryParseMaintenance(string? value, out MaintenanceType type) =>
        TryParse(value, out type);

    private static bool TryParse<T>(string? value, out T result) where T : struct, Enum
    {
        foreach (var candidate in Enum.GetValues<T>())
        {
            if (string.Equals(candidate.ToString(), value?.Trim(), StringComparison.OrdinalIgnoreCase))
            {
                result = candidate;
                return true;
            }
        }
        result = default;
        return false;
    }
}
