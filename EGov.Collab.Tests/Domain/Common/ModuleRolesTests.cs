using EGov.Collab.Domain.Common;

namespace EGov.Collab.Tests.Domain.Common;

public sealed class ModuleRolesTests
{
    private static readonly DateTimeOffset Now = new(2026, 3, 1, 10, 0, 0, TimeSpan.Zero);

    public static TheoryData<ModuleKey> Modules => [.. ModuleKeys.All];

    [Theory]
    [MemberData(nameof(Modules))]
    public void For_EveryModule_AdministratorFirstAndNoDuplicates(ModuleKey module)
    {
        var roles = ModuleRoles.For(module);

        Assert.Equal(ModuleRole.Administrator, roles[0]);
        Assert.Equal(roles.Count, roles.Distinct().Count());
        Assert.All(roles, role => Assert.True(Enum.IsDefined(role)));
    }

    [Fact]
    public void For_Drafting_ChairAndMembers() =>
        Assert.Equal([ModuleRole.Administrator, ModuleRole.WorkingGroupChair, ModuleRole.WorkingGroupMember], ModuleRoles.For(ModuleKey.Drafting));

    [Fact]
    public void For_Contest_JuryAndExperts() =>
        Assert.Equal([ModuleRole.Administrator, ModuleRole.JuryChair, ModuleRole.Juror, ModuleRole.Expert], ModuleRoles.For(ModuleKey.Contest));

    [Fact]
    public void For_UnknownModule_Throws() =>
        Assert.Throws<ArgumentOutOfRangeException>(() => ModuleRoles.For((ModuleKey)99));

    [Fact]
    public void For_AllModules_EveryRoleUsedSomewhere()
    {
        var used = ModuleKeys.All.SelectMany(ModuleRoles.For).ToHashSet();

        Assert.Equal(Enum.GetValues<ModuleRole>().ToHashSet(), used);
    }

    [Theory]
    [InlineData(ModuleRole.Juror, ModuleKey.Contest, true)]
    [InlineData(ModuleRole.Juror, ModuleKey.Drafting, false)]
    [InlineData(ModuleRole.Expert, ModuleKey.ExpertClub, true)]
    [InlineData(ModuleRole.Expert, ModuleKey.Library, false)]
    [InlineData(ModuleRole.CityManager, ModuleKey.Cities, true)]
    [InlineData(ModuleRole.Administrator, ModuleKey.Library, true)]
    [InlineData(ModuleRole.Trainer, ModuleKey.Journal, false)]
    public void IsValidFor_RoleAndModule_Expected(ModuleRole role, ModuleKey module, bool expected) =>
        Assert.Equal(expected, role.IsValidFor(module));

    [Fact]
    public void Create_RoleOfModule_Grant()
    {
        var memberId = Guid.CreateVersion7();
        var grantedBy = Guid.CreateVersion7();

        var result = ModuleRoleGrant.Create(memberId, ModuleKey.Drafting, ModuleRole.WorkingGroupChair, grantedBy, Now);

        Assert.True(result.IsSuccess);
        var grant = result.Value;
        Assert.NotEqual(Guid.Empty, grant.Id);
        Assert.Equal(memberId, grant.MemberId);
        Assert.Equal(ModuleKey.Drafting, grant.Module);
        Assert.Equal(ModuleRole.WorkingGroupChair, grant.Role);
        Assert.Equal(grantedBy, grant.GrantedById);
        Assert.Equal(Now, grant.GrantedAt);
        Assert.Equal("drafting:WorkingGroupChair", grant.ClaimValue);
    }

    [Fact]
    public void Create_RoleOfAnotherModule_NotInModule()
    {
        var result = ModuleRoleGrant.Create(Guid.CreateVersion7(), ModuleKey.Library, ModuleRole.Juror, null, Now);

        Assert.Equal(new Error("Roles.NotInModule", "Role"), result.Error);
    }

    [Fact]
    public void Create_NoMember_Throws() =>
        Assert.Throws<ArgumentException>(() => ModuleRoleGrant.Create(Guid.Empty, ModuleKey.Drafting, ModuleRole.Administrator, null, Now));
}
