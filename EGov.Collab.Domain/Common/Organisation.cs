namespace EGov.Collab.Domain.Common;

public sealed class Organisation
{
    public const int NameMaxLength = 300;
    public const int EdrpouLength = 8;

    private Organisation()
    {
        Name = "";
        RegionCode = "";
    }

    private Organisation(Guid id, string name, OrganisationKind kind, string regionCode, string? edrpouCode, OrganisationStatus status, DateTimeOffset now)
    {
        Id = id;
        Name = name;
        Kind = kind;
        RegionCode = regionCode;
        EdrpouCode = edrpouCode;
        Status = status;
        CreatedAt = now;
    }

    public Guid Id { get; private set; }
    public string Name { get; private set; }
    public OrganisationKind Kind { get; private set; }
    public string RegionCode { get; private set; }
    public string? EdrpouCode { get; private set; }
    public OrganisationStatus Status { get; private set; }
    public DateTimeOffset CreatedAt { get; private set; }

    public Region Region => Regions.ByCode(RegionCode);

    public static Result<Organisation> Create(string name, OrganisationKind kind, string regionCode, string? edrpouCode, OrganisationStatus status, DateTimeOffset now)
    {
        var details = Validate(name, kind, regionCode, edrpouCode);
        if (!details.IsSuccess) return details.Error!;
        var (cleanName, cleanCode) = details.Value;
        return new Organisation(Guid.CreateVersion7(), cleanName, kind, regionCode, cleanCode, status, now);
    }

    public Result Update(string name, OrganisationKind kind, string regionCode, string? edrpouCode)
    {
        var details = Validate(name, kind, regionCode, edrpouCode);
        if (!details.IsSuccess) return details.Error!;
        (Name, EdrpouCode) = details.Value;
        Kind = kind;
        RegionCode = regionCode;
        return Result.Success();
    }

    public void Approve() => Status = OrganisationStatus.Approved;

    public void Reject() => Status = OrganisationStatus.Rejected;

    private static Result<(string Name, string? Edrpou)> Validate(string name, OrganisationKind kind, string regionCode, string? edrpouCode)
    {
        var cleanName = (name ?? "").Trim();
        if (cleanName.Length == 0) return CommonErrors.Required("Name");
        if (cleanName.Length > NameMaxLength) return CommonErrors.TooLong("Name");
        if (!Enum.IsDefined(kind)) return CommonErrors.Invalid("Kind");
        if (!Regions.Exists(regionCode)) return CommonErrors.Invalid("RegionCode");
        var code = string.IsNullOrWhiteSpace(edrpouCode) ? null : edrpouCode.Trim();
        if (code is not null && (code.Length != EdrpouLength || !code.All(char.IsAsciiDigit)))
            return new Error("Organisation.EdrpouFormat", "EdrpouCode");
        return (cleanName, code);
    }
}
