using EGov.Collab.Domain.Common;

namespace EGov.Collab.Tests.Domain.Common;

public sealed class OrganisationTests
{
    private static readonly DateTimeOffset Now = new(2026, 3, 1, 10, 0, 0, TimeSpan.Zero);

    [Fact]
    public void Create_ValidDetails_TrimmedAndKept()
    {
        var result = Organisation.Create("  Вінницька міська рада  ", OrganisationKind.LocalSelfGovernment, Regions.Kyiv.Code, " 12345678 ", OrganisationStatus.Pending, Now);

        Assert.True(result.IsSuccess);
        var organisation = result.Value;
        Assert.Equal("Вінницька міська рада", organisation.Name);
        Assert.Equal("12345678", organisation.EdrpouCode);
        Assert.Equal(OrganisationStatus.Pending, organisation.Status);
        Assert.Equal(Now, organisation.CreatedAt);
        Assert.Equal(Regions.Kyiv, organisation.Region);
        Assert.NotEqual(Guid.Empty, organisation.Id);
    }

    [Theory]
    [InlineData(null)]
    [InlineData("")]
    [InlineData("   ")]
    public void Create_NoEdrpou_StoredAsNull(string? edrpou)
    {
        var result = Organisation.Create("Громадська організація", OrganisationKind.CivilSociety, Regions.Lviv.Code, edrpou, OrganisationStatus.Approved, Now);

        Assert.True(result.IsSuccess);
        Assert.Null(result.Value.EdrpouCode);
    }

    [Theory]
    [InlineData("")]
    [InlineData("   ")]
    public void Create_EmptyName_Required(string name)
    {
        var result = Organisation.Create(name, OrganisationKind.CivilSociety, Regions.Kyiv.Code, null, OrganisationStatus.Approved, Now);

        Assert.Equal(CommonErrors.Required("Name"), result.Error);
    }

    [Fact]
    public void Create_NameAtLimit_Accepted() =>
        Assert.True(Organisation.Create(new string('я', Organisation.NameMaxLength), OrganisationKind.CivilSociety, Regions.Kyiv.Code, null, OrganisationStatus.Approved, Now).IsSuccess);

    [Fact]
    public void Create_NameOverLimit_TooLong()
    {
        var result = Organisation.Create(new string('я', Organisation.NameMaxLength + 1), OrganisationKind.CivilSociety, Regions.Kyiv.Code, null, OrganisationStatus.Approved, Now);

        Assert.Equal(CommonErrors.TooLong("Name"), result.Error);
    }

    [Theory]
    [InlineData("1234567")]
    [InlineData("123456789")]
    [InlineData("1234567a")]
    [InlineData("１２３４５６７８")]
    [InlineData("1234 678")]
    public void Create_MalformedEdrpou_EdrpouFormat(string edrpou)
    {
        var result = Organisation.Create("Назва", OrganisationKind.GovernmentAgency, Regions.Kyiv.Code, edrpou, OrganisationStatus.Approved, Now);

        Assert.Equal(new Error("Organisation.EdrpouFormat", "EdrpouCode"), result.Error);
    }

    [Theory]
    [InlineData("")]
    [InlineData("UA99000000000000000")]
    [InlineData("ua80000000000093317")]
    public void Create_UnknownRegion_Invalid(string region)
    {
        var result = Organisation.Create("Назва", OrganisationKind.GovernmentAgency, region, null, OrganisationStatus.Approved, Now);

        Assert.Equal(CommonErrors.Invalid("RegionCode"), result.Error);
    }

    [Fact]
    public void Create_UndefinedKind_Invalid()
    {
        var result = Organisation.Create("Назва", (OrganisationKind)99, Regions.Kyiv.Code, null, OrganisationStatus.Approved, Now);

        Assert.Equal(CommonErrors.Invalid("Kind"), result.Error);
    }

    [Fact]
    public void Update_ValidDetails_Changed()
    {
        var organisation = Organisation.Create("Стара назва", OrganisationKind.CivilSociety, Regions.Kyiv.Code, null, OrganisationStatus.Approved, Now).Value;

        var result = organisation.Update(" Нова назва ", OrganisationKind.AcademiaIt, Regions.Lviv.Code, "87654321");

        Assert.True(result.IsSuccess);
        Assert.Equal("Нова назва", organisation.Name);
        Assert.Equal(OrganisationKind.AcademiaIt, organisation.Kind);
        Assert.Equal(Regions.Lviv.Code, organisation.RegionCode);
        Assert.Equal("87654321", organisation.EdrpouCode);
    }

    [Fact]
    public void Update_InvalidEdrpou_NothingChanged()
    {
        var organisation = Organisation.Create("Назва", OrganisationKind.CivilSociety, Regions.Kyiv.Code, "12345678", OrganisationStatus.Approved, Now).Value;

        var result = organisation.Update("Інша назва", OrganisationKind.AcademiaIt, Regions.Lviv.Code, "12");

        Assert.Equal("Organisation.EdrpouFormat", result.Error?.Code);
        Assert.Equal("Назва", organisation.Name);
        Assert.Equal(OrganisationKind.CivilSociety, organisation.Kind);
        Assert.Equal(Regions.Kyiv.Code, organisation.RegionCode);
        Assert.Equal("12345678", organisation.EdrpouCode);
    }

    [Fact]
    public void Update_EmptyName_RequiredAndUnchanged()
    {
        var organisation = Organisation.Create("Назва", OrganisationKind.CivilSociety, Regions.Kyiv.Code, null, OrganisationStatus.Approved, Now).Value;

        var result = organisation.Update(" ", OrganisationKind.CivilSociety, Regions.Kyiv.Code, null);

        Assert.Equal(CommonErrors.Required("Name"), result.Error);
        Assert.Equal("Назва", organisation.Name);
    }

    [Fact]
    public void ApproveReject_Pending_StatusChanges()
    {
        var organisation = Organisation.Create("Назва", OrganisationKind.CivilSociety, Regions.Kyiv.Code, null, OrganisationStatus.Pending, Now).Value;

        organisation.Approve();
        Assert.Equal(OrganisationStatus.Approved, organisation.Status);
        organisation.Reject();
        Assert.Equal(OrganisationStatus.Rejected, organisation.Status);
    }

    [Theory]
    [InlineData(OrganisationKind.GovernmentAgency, Audience.Authorities)]
    [InlineData(OrganisationKind.LocalSelfGovernment, Audience.Authorities)]
    [InlineData(OrganisationKind.CivilSociety, Audience.CivilSociety)]
    [InlineData(OrganisationKind.AcademiaIt, Audience.AcademiaIt)]
    public void Audience_EachKind_OneOfThree(OrganisationKind kind, Audience expected) =>
        Assert.Equal(expected, kind.Audience());
}
