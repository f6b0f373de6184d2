using EGov.Collab.App.Admin;
using EGov.Collab.App.Common;
using EGov.Collab.Data;
using EGov.Collab.Domain.Common;
using EGov.Collab.Tests.Support;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using static EGov.Collab.Tests.Support.PortalForms;

namespace EGov.Collab.Tests.Integration.Admin;

/// <summary>The administration services decide who may act themselves, whatever the pages show.</summary>
[Collection(SharedPortal.Name)]
public sealed class AdministrationServicesTests(PortalFactory portal)
{
    private T Service<T>() where T : notnull => portal.Services.GetRequiredService<T>();

    private async Task<System.Security.Claims.ClaimsPrincipal> AdminAsync() =>
        PrincipalOf((await portal.MemberByEmailAsync("admin@demo.egov.ua")).Id);

    [Fact]
    public async Task GrantAsync_PortalAdministrator_GrantsOnceThenRefusesTheDuplicate()
    {
        var admin = await AdminAsync();
        var member = await portal.CreateMemberAsync();

        var first = await Service<RoleGrants>().GrantAsync(admin, member.Id, ModuleKey.ExpertClub, ModuleRole.Expert);
        var second = await Service<RoleGrants>().GrantAsync(admin, member.Id, ModuleKey.ExpertClub, ModuleRole.Expert);

        Assert.True(first.IsSuccess);
        Assert.Equal(AdminErrors.RoleAlreadyGranted, second.Error);
        Assert.True(await Service<ModuleAccess>().CanAsync(PrincipalOf(member.Id), ModuleKey.ExpertClub, ModuleAction.Work));
    }

    [Fact]
    public async Task GrantAsync_ModuleAdministrator_ManagesOnlyTheirOwnModule()
    {
        var admin = await AdminAsync();
        var moduleAdministrator = await portal.CreateMemberAsync();
        var member = await portal.CreateMemberAsync();
        Assert.True((await Service<RoleGrants>().GrantAsync(admin, moduleAdministrator.Id, ModuleKey.Library, ModuleRole.Administrator)).IsSuccess);

        var inOwnModule = await Service<RoleGrants>().GrantAsync(PrincipalOf(moduleAdministrator.Id), member.Id, ModuleKey.Library, ModuleRole.Editor);
        var inAnotherModule = await Service<RoleGrants>().GrantAsync(PrincipalOf(moduleAdministrator.Id), member.Id, ModuleKey.Drafting, ModuleRole.WorkingGroupMember);

        Assert.True(inOwnModule.IsSuccess);
        Assert.Equal(CommonErrors.Forbidden, inAnotherModule.Error);
    }

    [Fact]
    public async Task GrantAsync_PlainMember_IsRefused()
    {
        var member = await portal.MemberByEmailAsync("member1@demo.egov.ua");
        var other = await portal.CreateMemberAsync();

        var result = await Service<RoleGrants>().GrantAsync(PrincipalOf(member.Id), other.Id, ModuleKey.Drafting, ModuleRole.WorkingGroupChair);

        Assert.Equal(CommonErrors.Forbidden, result.Error);
    }

    [Fact]
    public async Task GrantAsync_RoleFromAnotherModule_IsRefusedWithAReason()
    {
        var member = await portal.CreateMemberAsync();

        var result = await Service<RoleGrants>().GrantAsync(await AdminAsync(), member.Id, ModuleKey.Library, ModuleRole.Juror);

        Assert.Equal("Roles.NotInModule", result.Error?.Code);
    }

    [Fact]
    public async Task RevokeAsync_TakesEffectAtOnceAndIsAudited()
    {
        var admin = await AdminAsync();
        var member = await portal.CreateMemberAsync();
        var grant = await Service<RoleGrants>().GrantAsync(admin, member.Id, ModuleKey.Contest, ModuleRole.Juror);

        var revoked = await Service<RoleGrants>().RevokeAsync(admin, grant.Value);

        Assert.True(revoked.IsSuccess);
        Assert.False(await Service<ModuleAccess>().CanAsync(PrincipalOf(member.Id), ModuleKey.Contest, ModuleAction.Work));
        await using var db = await Service<IDbContextFactory<CollabDbContext>>().CreateDbContextAsync();
        Assert.Equal(2, await db.AuditEntries.CountAsync(a => a.Subject.Contains(member.Id.ToString())));
    }

    [Fact]
    public async Task RemoveAdministratorAsync_OnOneself_IsRefused()
    {
        var admin = await AdminAsync();

        var result = await Service<MemberAdministration>().RemoveAdministratorAsync(admin, admin.MemberId()!.Value);

        Assert.Equal(AdminErrors.CannotRemoveOwnAdministrator, result.Error);
    }

    [Fact]
    public async Task LockAsync_LockedMemberLosesAccessAtOnce()
    {
        var admin = await AdminAsync();
        var member = await portal.CreateMemberAsync();
        await Service<RoleGrants>().GrantAsync(admin, member.Id, ModuleKey.Journal, ModuleRole.Editor);

        var locked = await Service<MemberAdministration>().LockAsync(admin, member.Id);

        Assert.True(locked.IsSuccess);
        Assert.False(await Service<ModuleAccess>().CanAsync(PrincipalOf(member.Id), ModuleKey.Journal, ModuleAction.Work));
    }

    [Fact]
    public async Task SearchAsync_ByANonAdministrator_IsRefused()
    {
        var juror = await portal.MemberByEmailAsync("juror1@demo.egov.ua");

        var result = await Service<MemberAdministration>().SearchAsync(PrincipalOf(juror.Id), new MemberQuery());

        Assert.Equal(CommonErrors.Forbidden, result.Error);
    }

    [Fact]
    public async Task ApproveAsync_PendingOrganisation_BecomesApprovedOnce()
    {
        var admin = await AdminAsync();
        var organisations = Service<OrganisationAdministration>();
        var id = await CreatePendingOrganisationAsync();
        var row = (await organisations.ListAsync(admin, new OrganisationQuery(Id: id))).Value.Items.Single();

        var approved = await organisations.ApproveAsync(admin, id, row.Version);
        var again = await organisations.ApproveAsync(admin, id, row.Version);

        Assert.True(approved.IsSuccess);
        Assert.NotNull(again.Error);
        var after = (await organisations.ListAsync(admin, new OrganisationQuery(Id: id))).Value.Items.Single();
        Assert.Equal(OrganisationStatus.Approved, after.Status);
    }

    [Fact]
    public async Task UpdateAsync_WithAStaleVersion_ReportsTheConcurrentChange()
    {
        var admin = await AdminAsync();
        var organisations = Service<OrganisationAdministration>();
        var id = await CreatePendingOrganisationAsync();
        var row = (await organisations.ListAsync(admin, new OrganisationQuery(Id: id))).Value.Items.Single();
        var input = new OrganisationInput(row.Name + " (перейменовано)", row.Kind, row.RegionCode, null);
        Assert.True((await organisations.UpdateAsync(admin, id, input, row.Version)).IsSuccess);

        var stale = await organisations.UpdateAsync(admin, id, input with { Name = row.Name + " (ще раз)" }, row.Version);

        Assert.Equal(CommonErrors.ConcurrentChange, stale.Error);
    }

    [Fact]
    public async Task CreateAsync_EdrpouAlreadyUsed_IsRefusedBesideTheField()
    {
        var admin = await AdminAsync();
        var organisations = Service<OrganisationAdministration>();
        var code = Random.Shared.Next(10_000_000, 99_999_999).ToString(System.Globalization.CultureInfo.InvariantCulture);
        Assert.True((await organisations.CreateAsync(admin, new OrganisationInput($"Перша {code}", OrganisationKind.CivilSociety, Regions.Kyiv.Code, code))).IsSuccess);

        var duplicate = await organisations.CreateAsync(admin, new OrganisationInput($"Друга {code}", OrganisationKind.CivilSociety, Regions.Kyiv.Code, code));

        Assert.Equal(AdminErrors.EdrpouTaken, duplicate.Error);
    }

    private async Task<Guid> CreatePendingOrganisationAsync()
    {
        await using var db = await Service<IDbContextFactory<CollabDbContext>>().CreateDbContextAsync();
        var organisation = Organisation.Create($"Запит {Guid.NewGuid():N}", OrganisationKind.AcademiaIt, Regions.Lviv.Code, null, OrganisationStatus.Pending, DateTimeOffset.UtcNow).Value;
        db.Organisations.Add(organisation);
        await db.SaveChangesAsync();
        return organisation.Id;
    }
}
