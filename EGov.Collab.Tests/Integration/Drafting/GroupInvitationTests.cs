using EGov.Collab.App.Common;
using EGov.Collab.App.Drafting;
using EGov.Collab.App.Mail;
using EGov.Collab.Domain.Drafting;
using EGov.Collab.Tests.Support;
using Microsoft.Extensions.DependencyInjection;

namespace EGov.Collab.Tests.Integration.Drafting;

/// <summary>Findings 5 and 6 of the outside test: the member search, consent to join, and where invitation links point.</summary>
[Collection(SharedPortal.Name)]
public sealed class GroupInvitationTests(PortalFactory portal)
{
    private IServiceProvider Services => portal.Services;

    [Fact]
    public async Task Candidates_SearchNamesOnly_ForChairs_ConfirmedMembersOnly_WithAtLeastThreeLetters()
    {
        var groups = Services.GetRequiredService<WorkingGroups>();
        var chair = PortalForms.PrincipalOf((await portal.CreateMemberAsync()).Id);
        var groupId = (await groups.CreateAsync(chair, "Пошукова група " + Guid.NewGuid().ToString("N")[..6], null, GroupVisibility.MembersOnly)).Value;
        var unconfirmed = await portal.CreateMemberAsync(confirmed: false);
        var bystander = PortalForms.PrincipalOf((await portal.CreateMemberAsync()).Id);

        Assert.Empty(await groups.CandidatesAsync(chair, groupId, "@"));
        Assert.Empty(await groups.CandidatesAsync(chair, groupId, "demo.egov.ua"));
        Assert.Empty(await groups.CandidatesAsync(chair, groupId, "Ір"));
        var byName = await groups.CandidatesAsync(chair, groupId, "Тестовий");
        Assert.NotEmpty(byName);
        Assert.DoesNotContain(byName, c => c.Id == unconfirmed.Id);
        Assert.Empty(await groups.CandidatesAsync(bystander, groupId, "Тестовий"));
    }

    [Fact]
    public async Task Candidates_PastTheLimitPerChair_FindNobody()
    {
        var groups = Services.GetRequiredService<WorkingGroups>();
        var chair = PortalForms.PrincipalOf((await portal.CreateMemberAsync()).Id);
        var groupId = (await groups.CreateAsync(chair, "Група ліміту " + Guid.NewGuid().ToString("N")[..6], null, GroupVisibility.MembersOnly)).Value;

        for (var i = 0; i < MemberSearchThrottle.Limit; i++) Assert.NotEmpty(await groups.CandidatesAsync(chair, groupId, "Тестовий"));

        Assert.Empty(await groups.CandidatesAsync(chair, groupId, "Тестовий"));
    }

    [Fact]
    public async Task InviteMember_DoesNotJoinThemUntilTheyAccept_AndTheMailLinksToThePublicUrl()
    {
        var groups = Services.GetRequiredService<WorkingGroups>();
        var chair = PortalForms.PrincipalOf((await portal.CreateMemberAsync()).Id);
        var invitee = await portal.CreateMemberAsync();
        var groupId = (await groups.CreateAsync(chair, "Група згоди " + Guid.NewGuid().ToString("N")[..6], null, GroupVisibility.MembersOnly)).Value;

        var invitation = await groups.InviteMemberAsync(chair, groupId, invitee.Id);

        Assert.True(invitation.IsSuccess, invitation.Error?.Code);
        Assert.False((await groups.ViewAsync(PortalForms.PrincipalOf(invitee.Id), groupId)).IsSuccess);
        var pending = (await groups.ViewAsync(chair, groupId)).Value.Invitations.Single();
        Assert.Equal("Тестовий Учасник", pending.Invitee);
        var outbox = Services.GetRequiredService<Outbox>();
        var item = outbox.List().Single(m => m.To.Contains(invitee.Email!, StringComparison.OrdinalIgnoreCase));
        var mail = (await outbox.ReadAsync(item.FileName))?.TextBody ?? "";
        var publicUrl = Services.GetRequiredService<PublicLinks>().BaseUrl;
        Assert.Contains($"{publicUrl}/drafting/invitations/{invitation.Value}", mail, StringComparison.Ordinal);
        Assert.True((await groups.AcceptAsync(PortalForms.PrincipalOf(invitee.Id), invitation.Value)).IsSuccess);
        Assert.True((await groups.ViewAsync(PortalForms.PrincipalOf(invitee.Id), groupId)).IsSuccess);
    }
}
