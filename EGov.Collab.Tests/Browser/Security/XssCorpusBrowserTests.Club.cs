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

    [Fact]
    public async Task AllPayloads_InTheExpertClub_AndAMembersOwnName_DoNotRun() =>
        await AssertNothingRunsAsync(await ClubSurfaces(AllPayloads));

    /// <summary>
    /// <see cref="ClubPostsAsync"/>'s member, group, draft, opinion, room and topic, with a poll and a message with an
    /// attachment in the topic; a second self-registered member's application waits for the moderators.
    /// </summary>
    private async Task<IReadOnlyList<Visit>> ClubSurfaces(string payload)
    {
        var services = browser.Services;
        await using var scope = services.CreateAsyncScope();
        var scoped = scope.ServiceProvider;
        var admin = await DraftingFixture.UserAsync(services, "admin");
        var club = await ClubPostsAsync(scoped, payload);
        var (applicant, _) = await SelfRegisteredAsync(scoped, "Заявник " + payload);
        Ok(await scoped.GetRequiredService<ClubMembership>().ApplyOrUpdateAsync(applicant, "відкриті дані", "Про себе " + payload, payload));

        var topic = scoped.GetRequiredService<TopicSessions>().For(club.TopicId);
        Ok(await topic.CreatePollAsync(club.Member, Short("Опитування " + payload), [Short("Так " + payload), "Ні"], false, DateTimeOffset.UtcNow.AddDays(3)));
        var suffix = Guid.NewGuid().ToString("N")[..8];
        var file = await scoped.GetRequiredService<IDocumentStore>().SaveAsync(
            new MemoryStream(new PdfDocumentBuilder().Title("Додаток " + suffix).Paragraph("Додаток " + suffix).Build()),
            $"Додаток {Short(payload)}.pdf", ClubAttachments.UploadFor(club.Member.MemberId()));
        Ok(file);
        Ok(await topic.PostAsync(club.Member, "Вкладення " + payload, null, [file.Value.Id]));

        return
        [
            .. club.Visits("chair"),
            new("chair", "/expert-club/experts"), new("chair", "/expert-club"), new("chair", $"/expert-club/rooms/{club.RoomId}"),
            new("chair", $"/expert-club/search?q={club.Suffix}"), new("chair", $"/search?q={club.Suffix}"),
            new("admin", "/expert-club/admin"),
            new(club.Email, $"/drafting/drafts/{club.DraftId}"), new(club.Email, $"/drafting/groups/{club.GroupId}"), new(club.Email, "/drafting"),
            new(club.Email, $"/drafting/drafts/{club.DraftId}/edit"),
        ];
    }

    /// <summary>What <see cref="ClubPostsAsync"/> made: its member (and their email), their group and draft, and the room and topic.</summary>
    private sealed record ClubPosts(ClaimsPrincipal Member, string Email, string Suffix, Guid GroupId, Guid DraftId, Guid RoomId, Guid TopicId)
    {
        /// <summary>The member's profile (biography, publications, opinion) and the topic with the message, read by <paramref name="reader"/>.</summary>
        public IEnumerable<Visit> Visits(string reader) =>
            [new(reader, $"/expert-club/experts/{Member.MemberId()}"), new(reader, $"/expert-club/topics/{TopicId}")];
    }

    /// <summary>
    /// A self-registered member whose full name is the payload joins the club with the payload as biography and
    /// publications (both rendered from Markdown), creates a working group and a draft, publishes an opinion on it
    /// (summary, analysis, recommendation), and opens a topic with a message in a room an administrator named with the payload.
    /// </summary>
    private async Task<ClubPosts> ClubPostsAsync(IServiceProvider scoped, string payload)
    {
        var admin = await DraftingFixture.UserAsync(browser.Services, "admin");
        var suffix = Guid.NewGuid().ToString("N")[..8];
        var (member, memberEmail) = await SelfRegisteredAsync(scoped, "Учасниця " + payload);

        var membership = scoped.GetRequiredService<ClubMembership>();
        Ok(await membership.ApplyOrUpdateAsync(member, "електронне урядування", "Біографія " + payload, "Публікації " + payload));
        var application = (await membership.PendingAsync(admin)).Value.Single(a => a.MemberId == member.MemberId());
        Ok(await membership.ApproveAsync(admin, application.Id));

        var groupId = (await scoped.GetRequiredService<WorkingGroups>().CreateAsync(member, Short($"Група {suffix} " + payload), "Опис " + payload, GroupVisibility.MembersOnly)).Value;
        var draftId = (await scoped.GetRequiredService<Drafts>().CreateAsync(member, groupId, DraftKind.Order, Short($"Наказ {suffix} " + payload), DraftSource.Blank, null)).Value;
        Ok(await scoped.GetRequiredService<ExpertOpinions>().PublishAsync(member, DraftOpinionSubjects.Kind, draftId,
            "Висновок " + payload, "Аналіз " + payload, "Рекомендація " + payload));

        var rooms = scoped.GetRequiredService<ClubRooms>();
        var roomId = await rooms.CreateRoomAsync(admin, Short("Кімната " + payload), "Про кімнату " + payload, false);
        Ok(roomId);
        var topicId = await rooms.CreateTopicAsync(member, roomId.Value, Short($"Тема {suffix} " + payload), "Питання " + payload);
        Ok(topicId);
        Ok(await scoped.GetRequiredService<TopicSessions>().For(topicId.Value).PostAsync(member, "Повідомлення " + payload, null, []));
        return new ClubPosts(member, memberEmail, suffix, groupId, draftId, roomId.Value, topicId.Value);
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
