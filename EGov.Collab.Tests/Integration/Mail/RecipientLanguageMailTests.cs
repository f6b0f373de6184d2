using System.Security.Claims;
using EGov.Collab.App.Drafting;
using EGov.Collab.App.Mail;
using EGov.Collab.Data.Common;
using EGov.Collab.Domain.Drafting;
using EGov.Collab.Tests.Support;
using Microsoft.AspNetCore.Identity;
using Microsoft.Extensions.DependencyInjection;
using MimeKit;

namespace EGov.Collab.Tests.Integration.Mail;

/// <summary>
/// Issue #21.7 / #19: the drafting mails are written in the recipient's stored language, whatever the language of the
/// member whose click sent them.
/// </summary>
[Collection(SharedPortal.Name)]
public sealed class RecipientLanguageMailTests(PortalFactory portal)
{
    private IServiceProvider Services => portal.Services;

    [Theory]
    [InlineData("en-US", "uk-UA", "Invitation to the working group")]
    [InlineData("uk-UA", "en-US", "Запрошення до робочої групи")]
    public async Task GroupInvitation_IsInTheInviteesLanguage(string inviteeCulture, string chairCulture, string subjectStart)
    {
        var groups = Services.GetRequiredService<WorkingGroups>();
        var chair = PortalForms.PrincipalOf((await portal.CreateMemberAsync()).Id);
        var invitee = await MemberSpeakingAsync(inviteeCulture);
        var groupId = (await groups.CreateAsync(chair, "Група мови " + Guid.NewGuid().ToString("N")[..6], null, GroupVisibility.MembersOnly)).Value;

        using (TestCulture.Use(chairCulture))
            Assert.True((await groups.InviteMemberAsync(chair, groupId, invitee.Id)).IsSuccess);

        var mail = Assert.Single(await MailsToAsync(invitee.Email!));
        Assert.StartsWith(subjectStart, mail.Subject, StringComparison.Ordinal);
    }

    [Fact]
    public async Task AmendmentDecision_AndConsultationClosed_AreInTheMembersLanguage()
    {
        var (draftId, chair, member) = await DraftWithAnEnglishMemberAsync();
        var amendments = Services.GetRequiredService<Amendments>();
        var text = (await Services.GetRequiredService<Drafts>().ViewAsync(PortalForms.PrincipalOf(member.Id), draftId)).Value.Text;
        var proposed = await amendments.ProposeAsync(PortalForms.PrincipalOf(member.Id), draftId, AmendmentKind.Delete, text.Provisions[^1].Id, null, null, "Зайве.");

        using (TestCulture.Use("uk-UA"))
            Assert.True((await amendments.RejectAsync(chair, proposed.Value, "Ні")).IsSuccess);

        var decision = Assert.Single(await MailsToAsync(member.Email!), m => (m.Subject ?? "").Contains("Amendment", StringComparison.Ordinal) || (m.Subject ?? "").StartsWith("Поправку", StringComparison.Ordinal));
        Assert.StartsWith("Amendment rejected", decision.Subject, StringComparison.Ordinal);
        Assert.Contains("Reason: Ні", decision.TextBody, StringComparison.Ordinal);

        var consultations = Services.GetRequiredService<Consultations>();
        var clock = Services.GetRequiredService<TimeProvider>();
        using (TestCulture.Use("uk-UA"))
        {
            Assert.True((await consultations.OpenAsync(chair, draftId, null, clock.GetUtcNow().AddDays(7))).IsSuccess);
            Assert.True((await consultations.CloseEarlyAsync(chair, draftId)).IsSuccess);
        }

        var closed = Assert.Single(await MailsToAsync(member.Email!), m => (m.Subject ?? "").Contains("Consultation", StringComparison.Ordinal) || (m.Subject ?? "").StartsWith("Обговорення", StringComparison.Ordinal));
        Assert.StartsWith("Consultation closed", closed.Subject, StringComparison.Ordinal);
        Assert.Contains("has closed", closed.TextBody, StringComparison.Ordinal);
    }

    private async Task<(Guid DraftId, ClaimsPrincipal Chair, Member Member)> DraftWithAnEnglishMemberAsync()
    {
        var groups = Services.GetRequiredService<WorkingGroups>();
        var chairMember = await portal.CreateMemberAsync();
        var chair = PortalForms.PrincipalOf(chairMember.Id);
        var member = await MemberSpeakingAsync("en-US");
        var groupId = (await groups.CreateAsync(chair, "Група мови " + Guid.NewGuid().ToString("N")[..6], null, GroupVisibility.OpenToConsultation)).Value;
        var invitation = await groups.InviteMemberAsync(chair, groupId, member.Id);
        Assert.True((await groups.AcceptAsync(PortalForms.PrincipalOf(member.Id), invitation.Value)).IsSuccess);
        var draftId = (await Services.GetRequiredService<Drafts>().CreateAsync(chair, groupId, DraftKind.CabinetResolution, "Стаття мови", DraftSource.Template, null)).Value;
        return (draftId, chair, member);
    }

    private async Task<Member> MemberSpeakingAsync(string culture)
    {
        var created = await portal.CreateMemberAsync();
        await using var scope = Services.CreateAsyncScope();
        var users = scope.ServiceProvider.GetRequiredService<UserManager<Member>>();
        var member = (await users.FindByIdAsync(created.Id.ToString()))!;
        member.PreferredCulture = culture;
        Assert.True((await users.UpdateAsync(member)).Succeeded);
        return member;
    }

    private async Task<IReadOnlyList<MimeMessage>> MailsToAsync(string email)
    {
        var outbox = Services.GetRequiredService<Outbox>();
        var mails = new List<MimeMessage>();
        foreach (var item in outbox.List().Where(m => m.To.Contains(email, StringComparison.OrdinalIgnoreCase)))
            mails.Add((await outbox.ReadAsync(item.FileName))!);
        return mails;
    }
}
