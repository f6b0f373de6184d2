using System.Security.Claims;
using EGov.Collab.App.Common.Documents;
using EGov.Collab.App.Documents;
using EGov.Collab.App.Drafting;
using EGov.Collab.App.ExpertClub;
using EGov.Collab.App.ExpertClub.Live;
using EGov.Collab.Data;
using EGov.Collab.Domain.Drafting;
using EGov.Collab.App.Common;
using EGov.Collab.Data.Common;
using EGov.Collab.Tests.Integration.Drafting;
using Microsoft.AspNetCore.Identity;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace EGov.Collab.Tests.Browser.Security;

public sealed partial class XssCorpusBrowserTests
{
    private const string MemberPassword = "a-long-test-passphrase";

    [Theory]
    [MemberData(nameof(Payloads))]
    public async Task Payload_InTheExpertClub_AndAMembersOwnName_DoesNotRun(string payload) =>
        await AssertNothingRunsAsync(await ClubSurfaces(payload));

    /// <summary>
    /// A self-registered member whose full name is the payload joins the club with the payload as biography and
    /// publications (both rendered from Markdown), creates a working group and a draft, publishes an opinion on it
    /// (summary, analysis, recommendation), opens a topic in a room an administrator named with the payload, and posts a
    /// poll and a message with an attachment there. A second such member's application waits for the moderators.
    /// </summary>
    private async Task<IReadOnlyList<Visit>> ClubSurfaces(string payload)
    {
        var services = browser.Services;
        await using var scope = services.CreateAsyncScope();
        var scoped = scope.ServiceProvider;
        var admin = await DraftingFixture.UserAsync(services, "admin");
        var suffix = Guid.NewGuid().ToString("N")[..8];
        var (member, memberEmail) = await SelfRegisteredAsync(scoped, "Учасниця " + payload);
        var (applicant, _) = await SelfRegisteredAsync(scoped, "Заявник " + payload);

        var membership = scoped.GetRequiredService<ClubMembership>();
        Ok(await membership.ApplyOrUpdateAsync(member, "електронне урядування", "Біографія " + payload, "Публікації " + payload));
        Ok(await membership.ApplyOrUpdateAsync(applicant, "відкриті дані", "Про себе " + payload, payload));
        var application = (await membership.PendingAsync(admin)).Value.Single(a => a.MemberId == member.MemberId());
        Ok(await membership.ApproveAsync(admin, application.Id));

        var groupId = (await scoped.GetRequiredService<WorkingGroups>().CreateAsync(member, $"Група {suffix} " + payload, "Опис " + payload, GroupVisibility.MembersOnly)).Value;
        var draftId = (await scoped.GetRequiredService<Drafts>().CreateAsync(member, groupId, DraftKind.Order, $"Наказ {suffix} " + payload, DraftSource.Blank, null)).Value;
        var opinion = await scoped.GetRequiredService<ExpertOpinions>().PublishAsync(member, DraftOpinionSubjects.Kind, draftId,
            "Висновок " + payload, "Аналіз " + payload, "Рекомендація " + payload);
        Ok(opinion);

        var rooms = scoped.GetRequiredService<ClubRooms>();
        var roomId = await rooms.CreateRoomAsync(admin, "Кімната " + payload, "Про кімнату " + payload, false);
        Ok(roomId);
        var topicId = await rooms.CreateTopicAsync(member, roomId.Value, $"Тема {suffix} " + payload, "Питання " + payload);
        Ok(topicId);
        var topic = scoped.GetRequiredService<TopicSessions>().For(topicId.Value);
        Ok(await topic.CreatePollAsync(member, "Опитування " + payload, ["Так " + payload, "Ні"], false, DateTimeOffset.UtcNow.AddDays(3)));
        var file = await scoped.GetRequiredService<IDocumentStore>().SaveAsync(
            new MemoryStream(new PdfDocumentBuilder().Title("Додаток " + suffix).Paragraph("Додаток " + suffix).Build()),
            $"Додаток {payload}.pdf", ClubAttachments.UploadFor(member.MemberId()));
        Ok(file);
        Ok(await topic.PostAsync(member, "Повідомлення " + payload, null, [file.Value.Id]));

        return
        [
            new("chair", $"/expert-club/experts/{member.MemberId()}"), new("chair", "/expert-club/experts"), new("chair", "/expert-club"),
            new("chair", $"/expert-club/rooms/{roomId.Value}"), new("chair", $"/expert-club/topics/{topicId.Value}"),
            new("chair", $"/expert-club/search?q={suffix}"), new("chair", $"/search?q={suffix}"),
            new("admin", "/expert-club/admin"),
            new(memberEmail, $"/drafting/drafts/{draftId}"), new(memberEmail, $"/drafting/groups/{groupId}"), new(memberEmail, "/drafting"),
            new(memberEmail, $"/drafting/drafts/{draftId}/edit"),
        ];
    }

    /// <summary>A confirmed member registered as anyone can, with the name they chose; their identity for the services and their email.</summary>
    private static async Task<(ClaimsPrincipal Member, string Email)> SelfRegisteredAsync(IServiceProvider scoped, string fullName)
    {
        var users = scoped.GetRequiredService<UserManager<Member>>();
        var email = $"xss-{Guid.NewGuid():N}@example.org";
        var member = new Member { UserName = email, Email = email, EmailConfirmed = true, FullName = fullName, RegisteredAt = DateTimeOffset.UtcNow };
        var created = await users.CreateAsync(member, MemberPassword);
        Assert.True(created.Succeeded, string.Join("; ", created.Errors.Select(e => e.Description)));
        return (new ClaimsPrincipal(new ClaimsIdentity([new Claim(ClaimTypes.NameIdentifier, member.Id.ToString())], "test")), email);
    }
}
