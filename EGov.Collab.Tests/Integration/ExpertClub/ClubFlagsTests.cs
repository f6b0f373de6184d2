using EGov.Collab.App.ExpertClub;
using EGov.Collab.App.ExpertClub.Live;
using EGov.Collab.Domain.Common;
using EGov.Collab.Domain.ExpertClub;
using EGov.Collab.Tests.Support;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using static EGov.Collab.Tests.Integration.ExpertClub.ClubArrange;
using static EGov.Collab.Tests.Support.PortalForms;

namespace EGov.Collab.Tests.Integration.ExpertClub;

/// <summary>Issue #23.15: members report a message to the moderators, once each and with why; the queue empties as moderators act.</summary>
[Collection(SharedPortal.Name)]
public sealed class ClubFlagsTests(PortalFactory portal)
{
    private ClubFlags Flags => portal.Services.GetRequiredService<ClubFlags>();

    private TopicSession Session(Guid topicId) => portal.Services.GetRequiredService<TopicSessions>().For(topicId);

    [Fact]
    public async Task Flag_ReachesTheModeratorsQueue_OncePerMember_UntilHiddenOrDismissed()
    {
        var author = PrincipalOf(await ClubMemberAsync(portal));
        var reporter = PrincipalOf(await ClubMemberAsync(portal));
        var admin = PrincipalOf((await portal.MemberByEmailAsync("admin@demo.egov.ua")).Id);
        var (_, topicId) = await TopicAsync(portal.Services);
        var rude = (await Session(topicId).PostAsync(author, "Різке **слово**")).Value;
        var fine = (await Session(topicId).PostAsync(author, "Звичайна думка")).Value;

        Assert.Equal(CommonErrors.Required("Reason"), (await Flags.FlagAsync(reporter, rude.Id, "  ")).Error);
        Assert.True((await Flags.FlagAsync(reporter, rude.Id, "Образа")).IsSuccess);
        Assert.Equal(ClubErrors.AlreadyFlagged, (await Flags.FlagAsync(reporter, rude.Id, "Ще раз")).Error);
        Assert.True((await Flags.FlagAsync(reporter, fine.Id, "Не по темі")).IsSuccess);
        Assert.Equal(CommonErrors.Forbidden, (await Flags.FlagAsync(new System.Security.Claims.ClaimsPrincipal(), rude.Id, "Гість")).Error);
        Assert.Equal(CommonErrors.Forbidden, (await Flags.QueueAsync(reporter)).Error);

        var queue = (await Flags.QueueAsync(admin)).Value.Where(f => f.TopicId == topicId).ToList();
        var reported = Assert.Single(queue, f => f.MessageId == rude.Id);
        Assert.Equal("Різке слово", reported.Excerpt);
        Assert.Equal("Образа", Assert.Single(reported.Reasons).Reason);

        Assert.True((await Session(topicId).HideAsync(admin, rude.Id, "Без образ")).IsSuccess);
        Assert.True((await Flags.DismissAsync(admin, fine.Id)).IsSuccess);

        Assert.DoesNotContain((await Flags.QueueAsync(admin)).Value, f => f.TopicId == topicId);
        await using var db = await DbAsync(portal.Services);
        Assert.True(await db.AuditEntries.AnyAsync(a => a.Subject == $"message:{fine.Id}" && a.Action == ClubFlags.DismissedAudit));
    }
}
