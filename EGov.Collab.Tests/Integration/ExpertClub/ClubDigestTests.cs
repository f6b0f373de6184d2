using EGov.Collab.App.ExpertClub;
using EGov.Collab.App.ExpertClub.Live;
using EGov.Collab.App.Mail;
using EGov.Collab.Domain.ExpertClub;
using EGov.Collab.Tests.Support;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using static EGov.Collab.Tests.Integration.ExpertClub.ClubArrange;
using static EGov.Collab.Tests.Support.PortalForms;

namespace EGov.Collab.Tests.Integration.ExpertClub;

/// <summary>Issue #23.15: following a topic or a room brings one daily mail of what others wrote there since, never the same twice.</summary>
[Collection(SharedPortal.Name)]
public sealed class ClubDigestTests(PortalFactory portal)
{
    private T Service<T>() where T : notnull => portal.Services.GetRequiredService<T>();

    private TopicSession Session(Guid topicId) => Service<TopicSessions>().For(topicId);

    [Fact]
    public async Task FollowedTopicAndRoom_OneDigestOfOthersMessages_ThenNothingUntilMore()
    {
        var watcher = await ClubMemberAsync(portal);
        var author = PrincipalOf(await ClubMemberAsync(portal));
        var (room, topic) = await TopicAsync(portal.Services);
        var other = await OtherTopicAsync(room);
        Assert.True((await Service<ClubWatches>().SetAsync(PrincipalOf(watcher), WatchKind.Topic, topic, true)).IsSuccess);
        Assert.True(await Service<ClubWatches>().IsWatchingAsync(PrincipalOf(watcher), WatchKind.Topic, topic));
        Assert.True((await Service<ClubWatches>().SetAsync(PrincipalOf(watcher), WatchKind.Room, room, true)).IsSuccess);

        Assert.True((await Session(topic).PostAsync(author, "Перша **думка** автора")).IsSuccess);
        Assert.True((await Session(topic).PostAsync(PrincipalOf(watcher), "Моя власна відповідь")).IsSuccess);
        Assert.True((await Session(other).PostAsync(author, "Інша тема кімнати")).IsSuccess);
        var job = Service<ClubDigestJob>();

        await job.DigestAsync(watcher, CancellationToken.None);
        await job.DigestAsync(watcher, CancellationToken.None);

        var email = (await EmailAsync(watcher));
        var mails = Service<Outbox>().List(5000).Where(m => m.To.Contains(email, StringComparison.OrdinalIgnoreCase)).ToList();
        var digest = Assert.Single(mails);
        var body = (await Service<Outbox>().ReadAsync(digest.FileName))!.TextBody;
        Assert.Contains("Перша думка автора", body, StringComparison.Ordinal);
        Assert.Contains("Інша тема кімнати", body, StringComparison.Ordinal);
        Assert.DoesNotContain("Моя власна відповідь", body, StringComparison.Ordinal);
        Assert.DoesNotContain("**", body, StringComparison.Ordinal);
        Assert.Contains("2", digest.Subject, StringComparison.Ordinal);

        Assert.True((await Service<ClubWatches>().SetAsync(PrincipalOf(watcher), WatchKind.Topic, topic, false)).IsSuccess);
        Assert.False(await Service<ClubWatches>().IsWatchingAsync(PrincipalOf(watcher), WatchKind.Topic, topic));
    }

    private async Task<Guid> OtherTopicAsync(Guid room)
    {
        await using var db = await DbAsync(portal.Services);
        var creator = await db.Users.Select(u => u.Id).FirstAsync();
        var topic = Topic.Create(room, "Друга тема", creator, DateTimeOffset.UtcNow).Value;
        db.ClubTopics.Add(topic);
        await db.SaveChangesAsync();
        return topic.Id;
    }

    private async Task<string> EmailAsync(Guid memberId)
    {
        await using var db = await DbAsync(portal.Services);
        return await db.Users.Where(u => u.Id == memberId).Select(u => u.Email!).SingleAsync();
    }
}
