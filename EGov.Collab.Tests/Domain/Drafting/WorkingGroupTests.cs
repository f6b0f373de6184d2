using EGov.Collab.Domain.Drafting;

namespace EGov.Collab.Tests.Domain.Drafting;

public sealed class WorkingGroupTests
{
    private static readonly DateTimeOffset Now = new(2026, 11, 23, 20, 0, 0, TimeSpan.Zero);
    private readonly Guid _chair = Guid.NewGuid();

    private WorkingGroup Group() => WorkingGroup.Create("Група з е-урядування", "", GroupVisibility.MembersOnly, _chair, Now).Value;

    [Fact]
    public void Create_MakesTheCreatorChair_AndNeedsAName()
    {
        var group = Group();
        Assert.True(group.IsChair(_chair));
        Assert.Equal("Validation.Required", WorkingGroup.Create("  ", null, GroupVisibility.MembersOnly, _chair, Now).Error!.Code);
    }

    [Fact]
    public void Invite_Accept_AddsTheMember_OnceOnly()
    {
        var group = Group();
        var invitation = group.Invite(_chair, "Taras@Example.org", null, Now).Value;
        var member = Guid.NewGuid();

        Assert.Equal(DraftingErrors.AlreadyInvited, group.Invite(_chair, "taras@example.org", null, Now).Error);
        Assert.Equal(DraftingErrors.InvitationNotYours, group.Accept(invitation.Id, member, "other@example.org", Now).Error);
        Assert.True(group.Accept(invitation.Id, member, "taras@example.org", Now).IsSuccess);
        Assert.True(group.IsMember(member));
        Assert.Equal(DraftingErrors.InvitationNotPending, group.Decline(invitation.Id, "taras@example.org", Now).Error);
    }

    [Fact]
    public void Invite_ByANonChair_IsRefused()
    {
        var group = Group();
        var member = Guid.NewGuid();
        group.AddMember(_chair, member, Now);

        Assert.Equal(DraftingErrors.NotChair, group.Invite(member, "x@example.org", null, Now).Error);
        Assert.Equal(DraftingErrors.NotChair, group.AddMember(member, Guid.NewGuid(), Now).Error);
        Assert.Equal(DraftingErrors.AlreadyMember, group.AddMember(_chair, member, Now).Error);
    }

    [Fact]
    public void Decline_LeavesTheGroupUnchanged()
    {
        var group = Group();
        var invitation = group.Invite(_chair, "x@example.org", null, Now).Value;
        Assert.True(group.Decline(invitation.Id, "x@example.org", Now).IsSuccess);
        Assert.Equal(InvitationStatus.Declined, invitation.Status);
        Assert.Single(group.Members);
    }

    [Fact]
    public void Leave_TheLastChairCannot_OthersCan()
    {
        var group = Group();
        var member = Guid.NewGuid();
        group.AddMember(_chair, member, Now);

        Assert.Equal(DraftingErrors.LastChair, group.Leave(_chair).Error);
        Assert.Equal(DraftingErrors.LastChair, group.SetRole(_chair, _chair, GroupRole.Member).Error);
        Assert.True(group.SetRole(_chair, member, GroupRole.Chair).IsSuccess);
        Assert.True(group.Leave(_chair).IsSuccess);
        Assert.False(group.IsMember(_chair));
        Assert.Equal(DraftingErrors.NotMember, group.Leave(_chair).Error);
    }
}
