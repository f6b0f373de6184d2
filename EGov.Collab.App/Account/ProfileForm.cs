using EGov.Collab.Data.Common;

namespace EGov.Collab.App.Account;

/// <summary>What the profile form posts.</summary>
public sealed class ProfileForm
{
    public string? FullName { get; set; }
    public string? Position { get; set; }

    /// <summary>Empty for "not specified"; otherwise an approved organisation or the member's current one.</summary>
    public string? OrganisationId { get; set; }
    public string? RegionCode { get; set; }
    public string? PreferredCulture { get; set; }

    public static ProfileForm For(Member member) => new()
    {
        FullName = member.FullName,
        Position = member.Position,
        OrganisationId = member.OrganisationId?.ToString(),
        RegionCode = member.RegionCode,
        PreferredCulture = member.PreferredCulture,
    };
}
