using EGov.Collab.Domain.Common;

namespace EGov.Collab.Domain.Cities;

/// <summary>What a community's cabinet managers keep about it beyond the codifier: population, coat of arms, website and contacts.</summary>
public sealed class CityProfile
{
    public const int WebsiteMaxLength = 300;
    public const int EmailMaxLength = 200;
    public const int PhoneMaxLength = 50;
    public const int AddressMaxLength = 300;
    public const int AboutMaxLength = 4000;
    public const int PopulationMax = 10_000_000;

    private CityProfile()
    {
    }

    public Guid CommunityId { get; private set; }
    public int? Population { get; private set; }
    public string? Website { get; private set; }
    public string? Email { get; private set; }
    public string? Phone { get; private set; }
    public string? Address { get; private set; }
    public string? About { get; private set; }
    public Guid? CoatOfArmsDocumentId { get; private set; }
    public DateTimeOffset UpdatedAt { get; private set; }
    public Guid? UpdatedById { get; private set; }

    public static CityProfile Empty(Guid communityId, DateTimeOffset now) =>
        new() { CommunityId = communityId, UpdatedAt = now };

    public Result Update(CityProfileFields fields, Guid? editorId, DateTimeOffset now)
    {
        ArgumentNullException.ThrowIfNull(fields);
        var valid = fields.Validate();
        if (!valid.IsSuccess) return valid;
        Population = fields.Population;
        Website = Clean(fields.Website);
        Email = Clean(fields.Email);
        Phone = Clean(fields.Phone);
        Address = Clean(fields.Address);
        About = Clean(fields.About);
        UpdatedAt = now;
        UpdatedById = editorId;
        return Result.Success();
    }

    public void SetCoatOfArms(Guid? documentId, Guid? editorId, DateTimeOffset now)
    {
        CoatOfArmsDocumentId = documentId;
        UpdatedAt = now;
        UpdatedById = editorId;
    }

    internal static string? Clean(string? value) => string.IsNullOrWhiteSpace(value) ? null : value.Trim();
}

/// <summary>The editable fields of a <see cref="CityProfile"/>, as the form holds them.</summary>
public sealed class CityProfileFields
{
    public int? Population { get; set; }
    public string? Website { get; set; }
    public string? Email { get; set; }
    public string? Phone { get; set; }
    public string? Address { get; set; }
    public string? About { get; set; }

    public static CityProfileFields From(CityProfile? profile) => new()
    {
        Population = profile?.Population,
        Website = profile?.Website,
        Email = profile?.Email,
        Phone = profile?.Phone,
        Address = profile?.Address,
        About = profile?.About,
    };

    public Result Validate()
    {
        if (Population is < 0 or > CityProfile.PopulationMax) return CommonErrors.Invalid(nameof(Population));
        var website = CityProfile.Clean(Website);
        if (website is not null)
        {
            if (website.Length > CityProfile.WebsiteMaxLength) return CommonErrors.TooLong(nameof(Website));
            if (!Uri.TryCreate(website, UriKind.Absolute, out var uri) || (uri.Scheme != Uri.UriSchemeHttps && uri.Scheme != Uri.UriSchemeHttp))
                return new Error("Cities.WebsiteFormat", nameof(Website));
        }
        var email = CityProfile.Clean(Email);
        if (email is not null)
        {
            if (email.Length > CityProfile.EmailMaxLength) return CommonErrors.TooLong(nameof(Email));
            var at = email.IndexOf('@', StringComparison.Ordinal);
            if (at <= 0 || at != email.LastIndexOf('@') || at == email.Length - 1 || email.Contains(' ', StringComparison.Ordinal))
                return new Error("Cities.EmailFormat", nameof(Email));
        }
        if ((CityProfile.Clean(Phone)?.Length ?? 0) > CityProfile.PhoneMaxLength) return CommonErrors.TooLong(nameof(Phone));
        if ((CityProfile.Clean(Address)?.Length ?? 0) > CityProfile.AddressMaxLength) return CommonErrors.TooLong(nameof(Address));
        if ((CityProfile.Clean(About)?.Length ?? 0) > CityProfile.AboutMaxLength) return CommonErrors.TooLong(nameof(About));
        return Result.Success();
    }
}
