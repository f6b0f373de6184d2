using EGov.Collab.Domain.Common;

namespace EGov.Collab.App.Account;

/// <summary>
/// The Domain's rules stop at the first error. A form shows every error at once, so each input is checked on its own,
/// with known-good values for the others; the rules themselves stay in the Domain.
/// </summary>
public static class FieldRules
{
    private const string GoodName = "-";

    public static IEnumerable<Error> Profile(string? fullName, string? position, string? regionCode)
    {
        if (MemberProfile.Validate(fullName, null, null).Error is { } name) yield return name;
        if (MemberProfile.Validate(GoodName, position, null).Error is { } job) yield return job;
        if (string.IsNullOrWhiteSpace(regionCode)) yield return CommonErrors.Required("RegionCode");
        else if (MemberProfile.Validate(GoodName, null, regionCode).Error is { } region) yield return region;
    }

    /// <summary>Errors of a new organisation's inputs, each checked when given; fields as Organisation names them.</summary>
    public static IEnumerable<Error> Organisation(string? name, string? regionCode, string? edrpouCode, DateTimeOffset now)
    {
        if (string.IsNullOrWhiteSpace(name)) yield return CommonErrors.Required("Name");
        else if (Check(name, Regions.Kyiv.Code, null) is { } nameError) yield return nameError;
        if (string.IsNullOrWhiteSpace(regionCode)) yield return CommonErrors.Required("RegionCode");
        else if (Check(GoodName, regionCode, null) is { } regionError) yield return regionError;
        if (Check(GoodName, Regions.Kyiv.Code, edrpouCode) is { } codeError) yield return codeError;

        // The kind is checked by the caller; any defined kind will do here.
        Error? Check(string n, string r, string? e) =>
            Domain.Common.Organisation.Create(n, OrganisationKind.GovernmentAgency, r, e, OrganisationStatus.Pending, now).Error;
    }
}
