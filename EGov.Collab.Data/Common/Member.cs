using EGov.Collab.Domain.Common;
using Microsoft.AspNetCore.Identity;

namespace EGov.Collab.Data.Common;

/// <summary>A portal member: an Identity user with a public profile.</summary>
public sealed class Member : IdentityUser<Guid>
{
    public Member()
    {
        Id = Guid.CreateVersion7();
        SecurityStamp = Guid.NewGuid().ToString();
    }

    [PersonalData]
    public string FullName { get; set; } = "";

    [PersonalData]
    public string? Position { get; set; }

    public Guid? OrganisationId { get; set; }

    [PersonalData]
    public string? RegionCode { get; set; }

    /// <summary>"uk-UA" or "en-US": the language mail is written in.</summary>
    public string PreferredCulture { get; set; } = "uk-UA";

    public DateTimeOffset RegisteredAt { get; set; }

    public string Initials => MemberProfile.Initials(FullName);
}
