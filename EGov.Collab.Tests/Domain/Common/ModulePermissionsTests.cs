using EGov.Collab.Domain.Common;

namespace EGov.Collab.Tests.Domain.Common;

public sealed class ModulePermissionsTests
{
    private static readonly ModuleRole[] NoRoles = [];
    private static readonly ModuleRole[] Member = [ModuleRole.WorkingGroupMember];
    private static readonly ModuleRole[] Administrator = [ModuleRole.Administrator];

    [Theory]
    [InlineData(ModuleAction.Read, true)]
    [InlineData(ModuleAction.Participate, false)]
    [InlineData(ModuleAction.Work, false)]
    [InlineData(ModuleAction.Administer, false)]
    public void Allows_Visitor_ReadOnly(ModuleAction action, bool expected) =>
        Assert.Equal(expected, ModulePermissions.Allows(isSignedIn: false, isPortalAdministrator: false, NoRoles, action));

    [Fact]
    public void Allows_VisitorClaimingAdministrator_StillReadOnly() =>
        Assert.False(ModulePermissions.Allows(isSignedIn: false, isPortalAdministrator: true, Administrator, ModuleAction.Participate));

    [Theory]
    [InlineData(ModuleAction.Read, true)]
    [InlineData(ModuleAction.Participate, true)]
    [InlineData(ModuleAction.Work, false)]
    [InlineData(ModuleAction.Administer, false)]
    public void Allows_MemberWithoutRoles_ReadsAndTakesPart(ModuleAction action, bool expected) =>
        Assert.Equal(expected, ModulePermissions.Allows(true, false, NoRoles, action));

    [Theory]
    [InlineData(ModuleAction.Work, true)]
    [InlineData(ModuleAction.Administer, false)]
    public void Allows_MemberWithRole_WorksButDoesNotAdminister(ModuleAction action, bool expected) =>
        Assert.Equal(expected, ModulePermissions.Allows(true, false, Member, action));

    [Theory]
    [InlineData(ModuleAction.Work)]
    [InlineData(ModuleAction.Administer)]
    public void Allows_ModuleAdministrator_Everything(ModuleAction action) =>
        Assert.True(ModulePermissions.Allows(true, false, Administrator, action));

    [Theory]
    [InlineData(ModuleAction.Participate)]
    [InlineData(ModuleAction.Work)]
    [InlineData(ModuleAction.Administer)]
    public void Allows_PortalAdministrator_EverythingWithoutRoles(ModuleAction action) =>
        Assert.True(ModulePermissions.Allows(true, true, NoRoles, action));

    [Fact]
    public void Allows_UnknownAction_Refused() =>
        Assert.False(ModulePermissions.Allows(true, false, Administrator, (ModuleAction)99));

    [Fact]
    public void ClaimValue_EveryValidRole_RoundTrips()
    {
        foreach (var module in ModuleKeys.All)
        {
            foreach (var role in ModuleRoles.For(module))
            {
                var value = ModulePermissions.ClaimValue(module, role);

                Assert.True(ModulePermissions.TryParseClaim(value, out var parsedModule, out var parsedRole), value);
                Assert.Equal(module, parsedModule);
                Assert.Equal(role, parsedRole);
            }
        }
    }

    [Fact]
    public void ClaimValue_ExpertClubExpert_SlugAndRoleName() =>
        Assert.Equal("expert-club:Expert", ModulePermissions.ClaimValue(ModuleKey.ExpertClub, ModuleRole.Expert));

    [Theory]
    [InlineData("")]
    [InlineData(":Expert")]
    [InlineData("expert-club")]
    [InlineData("expert-club:")]
    [InlineData("nowhere:Expert")]
    [InlineData("expert-club:Wizard")]
    [InlineData("expert-club:expert")]
    [InlineData("expert-club:99")]
    public void TryParseClaim_Malformed_False(string value) =>
        Assert.False(ModulePermissions.TryParseClaim(value, out _, out _));
}
