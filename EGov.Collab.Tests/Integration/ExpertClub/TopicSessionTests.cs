using System.Diagnostics;
using EGov.Collab.App.ExpertClub.Live;
using EGov.Collab.Domain.Common;
using EGov.Collab.Domain.ExpertClub;
using EGov.Collab.Tests.Support;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Xunit.Abstractions;
using static EGov.Collab.Tests.Integration.ExpertClub.ClubArrange;
using static EGov.Collab.Tests.Support.PortalForms;

namespace EGov.Collab.Tests.Integration.ExpertClub;

/// <summary>The topic session, as the UI and the benchmark use it: rights, limits and paging decided on the server.</summary>
[Collection(SharedPortal.Name)]
public sealed class TopicSessionTests(PortalFactory portal, ITestOutputHelper output)
{
    private TopicSession Session(Guid topicId) => portal.Services.GetRequiredService<TopicSessions>().For(topicId);

    [Fact]
    public async Task OpenAndEarlier_TopicOf10000Messages_LatestPageThenKeysetPagesBack()
    {
        var member = await ClubMemberAsync(portal);
        var (_, topicId) = await TopicAsync(portal.Services);
        await using (var db = await DbAsync(portal.Services))
        {
            var topic = await db.ClubTopics.SingleAsync(t => t.Id == topicId);
            var start = DateTimeOffset.UtcNow.AddDays(-30);
            for (var i = 0; i < 10_000; i++)
            {
                var at = start.AddSeconds(i * 10);
                db.ClubMessages.Add(Message.Post(topicId, topic.NextNumber(at).Value, member, null, $"Повідомлення {i + 1} про **дані**", at).Value);
            }
            await db.SaveChangesAsync();
        }
        var user = PrincipalOf(member);

        var watch = Stopwatch.StartNew();
        var opened = await Session(topicId).OpenAsync(user);
        var opening = watch.Elapsed;
        var earlier = await Session(topicId).EarlierAsync(user, opened.Value.Page.Messages[0].Number);
        var oldest = await Session(topicId).EarlierAsync(user, 30);
        output.WriteLine($"10,000-message topic: open {opening.TotalMilliseconds:F0} ms, page back {(watch.Elapsed - opening).TotalMilliseconds:F0} ms (logged, not asserted)");

        Assert.Equal(Enumerable.Range(9951, 50).Select(n => (long)n), opened.Value.Page.Messages.Select(m => m.Number));
        Assert.True(opened.Value.Page.HasEarlier);
        Assert.Equal(Enumerable.Range(9901, 50).Select(n => (long)n), earlier.Value.Messages.Select(m => m.Number));
        Assert.Equal(Enumerable.Range(1, 29).Select(n => (long)n), oldest.Value.Messages.Select(m => m.Number));
        Assert.False(oldest.Value.HasEarlier);
        Assert.Contains("<strong>дані</strong>", opened.Value.Page.Messages[^1].Html, StringComparison.Ordinal);
    }

    [Fact]
    public async Task PostAsync_MoreThanLimitInWindow_SlowDownAndNothingStored()
    {
        var member = PrincipalOf(await ClubMemberAsync(portal));
        var (_, topicId) = await TopicAsync(portal.Services);

        for (var i = 0; i < MessageRateLimit.MaxMessages; i++)
            Assert.True((await Session(topicId).PostAsync(member, $"Швидко {i}")).IsSuccess);
        var refused = await Session(topicId).PostAsync(member, "Ще одне");

        Assert.Equal(ClubErrors.SlowDown, refused.Error);
        await using var db = await DbAsync(portal.Services);
        Assert.Equal(MessageRateLimit.MaxMessages, await db.ClubMessages.CountAsync(m => m.TopicId == topicId));
    }

    [Theory]
    [InlineData("")]
    [InlineData("   ")]
    public async Task PostAsync_Empty_Required(string text)
    {
        var member = PrincipalOf(await ClubMemberAsync(portal));
        var (_, topicId) = await TopicAsync(portal.Services);

        Assert.Equal("Validation.Required", (await Session(topicId).PostAsync(member, text)).Error?.Code);
        Assert.Equal("Validation.TooLong", (await Session(topicId).PostAsync(member, new string('я', Message.TextMaxLength + 1))).Error?.Code);
    }

    [Fact]
    public async Task PostAsync_VisitorOrNonMember_Refused()
    {
        var outsider = await portal.CreateMemberAsync();
        var (_, topicId) = await TopicAsync(portal.Services);

        Assert.Equal(CommonErrors.Forbidden, (await Session(topicId).PostAsync(new System.Security.Claims.ClaimsPrincipal(), "Привіт")).Error);
        Assert.Equal(ClubErrors.NotAMember, (await Session(topicId).PostAsync(PrincipalOf(outsider.Id), "Привіт")).Error);
        Assert.True((await Session(topicId).OpenAsync(new System.Security.Claims.ClaimsPrincipal())).IsSuccess);
    }

    [Fact]
    public async Task PrivateRoom_ByUrlWithoutInvitation_NeitherReadNorPost()
    {
        var invited = await ClubMemberAsync(portal);
        var stranger = PrincipalOf(await ClubMemberAsync(portal));
        var (_, topicId) = await TopicAsync(portal.Services, isPrivate: true, invited);

        Assert.Equal(CommonErrors.Forbidden, (await Session(topicId).OpenAsync(stranger)).Error);
        Assert.Equal(CommonErrors.Forbidden, (await Session(topicId).PostAsync(stranger, "Я тут")).Error);
        Assert.True((await Session(topicId).PostAsync(PrincipalOf(invited), "Я запрошена")).IsSuccess);
    }

    [Fact]
    public async Task PostAsync_Subscriber_HearsTheMessageAndMentionIsNotified()
    {
        var author = PrincipalOf(await ClubMemberAsync(portal));
        var mentioned = await portal.CreateMemberAsync();
        var handle = mentioned.Email![..mentioned.Email!.IndexOf('@', StringComparison.Ordinal)];
        var (_, topicId) = await TopicAsync(portal.Services);
        var heard = new TaskCompletionSource<MessageEvent>(TaskCreationOptions.RunContinuationsAsynchronously);
        using var subscription = Session(topicId).Subscribe(change =>
        {
            if (change is MessageEvent { IsNew: true } posted) heard.TrySetResult(posted);
            return Task.CompletedTask;
        });

        var posted = await Session(topicId).PostAsync(author, $"Погляньте, @{handle}: <script>alert(1)</script>");

        var received = await heard.Task.WaitAsync(TimeSpan.FromSeconds(10));
        Assert.Equal(posted.Value.Id, received.Message.Id);
        Assert.DoesNotContain("<script", received.Message.Html, StringComparison.OrdinalIgnoreCase);
        await using var db = await DbAsync(portal.Services);
        var notification = await db.Notifications.SingleAsync(n => n.MemberId == mentioned.Id);
        Assert.Equal("Notification.ExpertClub.Mention", notification.TextKey);
        Assert.Equal($"/expert-club/topics/{topicId}#m1", notification.Link);
    }

    [Fact]
    public async Task VoteAsync_ChangeBallot_ReplacesAndAfterDeadlineRefused()
    {
        var voter = await ClubMemberAsync(portal);
        var (_, topicId) = await TopicAsync(portal.Services);
        var user = PrincipalOf(voter);
        var open = await Session(topicId).CreatePollAsync(user, "Так чи ні?", ["Так", "Ні"], false, DateTimeOffset.UtcNow.AddDays(1));
        Guid closedPollId;
        await using (var db = await DbAsync(portal.Services))
        {
            var past = DateTimeOffset.UtcNow.AddDays(-2);
            var closed = Poll.Create(topicId, "Минуле", ["А", "Б"], false, past.AddDays(1), voter, past).Value;
            db.ClubPolls.Add(closed);
            await db.SaveChangesAsync();
            closedPollId = closed.Id;
        }
        var yes = open.Value.Tally.Options[0].OptionId;
        var no = open.Value.Tally.Options[1].OptionId;

        await Session(topicId).VoteAsync(user, open.Value.Id, [yes]);
        var changed = await Session(topicId).VoteAsync(user, open.Value.Id, [no]);
        var both = await Session(topicId).VoteAsync(user, open.Value.Id, [yes, no]);
        await using var check = await DbAsync(portal.Services);
        var closedPoll = await check.ClubPolls.SingleAsync(p => p.Id == closedPollId);
        var late = await Session(topicId).VoteAsync(user, closedPollId, [closedPoll.Options[0].Id]);

        Assert.Equal([0, 1], changed.Value.Tally.Options.Select(o => o.Votes));
        Assert.Equal(1, changed.Value.Tally.Voters);
        Assert.Equal(ClubErrors.PollSingleChoice, both.Error);
        Assert.Equal(ClubErrors.PollClosed, late.Error);
    }

    [Fact]
    public async Task HideAsync_Moderator_AuditedAndAuthorNotified_MemberRefused()
    {
        var author = await ClubMemberAsync(portal);
        var admin = PrincipalOf((await portal.MemberByEmailAsync("admin@demo.egov.ua")).Id);
        var (_, topicId) = await TopicAsync(portal.Services);
        var posted = await Session(topicId).PostAsync(PrincipalOf(author), "Різке слово");

        var byMember = await Session(topicId).HideAsync(PrincipalOf(author), posted.Value.Id, "сам себе");
        var byAdmin = await Session(topicId).HideAsync(admin, posted.Value.Id, "Без особистих нападів");
        var locked = await Session(topicId).LockAsync(admin, true);
        var afterLock = await Session(topicId).PostAsync(PrincipalOf(author), "Ще слово");

        Assert.Equal(CommonErrors.Forbidden, byMember.Error);
        Assert.Equal("Без особистих нападів", byAdmin.Value.HiddenReason);
        Assert.True(locked.IsSuccess);
        Assert.Equal(ClubErrors.TopicLocked, afterLock.Error);
        await using var db = await DbAsync(portal.Services);
        Assert.True(await db.AuditEntries.AnyAsync(a => a.Subject == $"message:{posted.Value.Id}" && a.Action == "ExpertClub.Audit.MessageHidden"));
        Assert.True(await db.Notifications.AnyAsync(n => n.MemberId == author && n.TextKey == "Notification.ExpertClub.MessageHidden"));
    }
}
