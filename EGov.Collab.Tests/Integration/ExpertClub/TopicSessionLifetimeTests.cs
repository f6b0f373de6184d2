using EGov.Collab.App.Common.Documents;
using EGov.Collab.App.Common.SearchIndex;
using EGov.Collab.App.ExpertClub;
using EGov.Collab.App.ExpertClub.Live;
using EGov.Collab.App.Live;
using EGov.Collab.App.Notifications;
using EGov.Collab.Data;
using EGov.Collab.Tests.Support;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging.Abstractions;
using Microsoft.Extensions.Options;
using static EGov.Collab.Tests.Integration.ExpertClub.ClubArrange;
using static EGov.Collab.Tests.Support.PortalForms;

namespace EGov.Collab.Tests.Integration.ExpertClub;

/// <summary>Topic sessions end when nobody uses them and come back unnoticed; one a post still holds never ends.</summary>
[Collection(SharedPortal.Name)]
public sealed class TopicSessionLifetimeTests(PortalFactory portal)
{
    private static readonly TimeSpan IdleAfter = TimeSpan.FromMinutes(10);

    private readonly TestClock _clock = new(DateTimeOffset.UtcNow);

    [Fact]
    public async Task SweepIdle_AfterTheIdleTime_LetsTheSessionGo_TheNextPostContinuesTheNumbering()
    {
        using var sessions = Sessions();
        var author = PrincipalOf(await ClubMemberAsync(portal));
        var (_, topicId) = await TopicAsync(portal.Services);

        Assert.Equal(1, (await sessions.For(topicId).PostAsync(author, "Перше")).Value.Number);
        Assert.Equal(1, sessions.Active);

        _clock.Advance(IdleAfter - TimeSpan.FromSeconds(1));
        Assert.Equal(0, sessions.SweepIdle());
        _clock.Advance(TimeSpan.FromSeconds(1));
        Assert.Equal(1, sessions.SweepIdle());
        Assert.Equal(0, sessions.Active);

        Assert.Equal(2, (await sessions.For(topicId).PostAsync(author, "Друге")).Value.Number);
        Assert.Equal(1, sessions.Active);
    }

    [Fact]
    public async Task SweepIdle_WhileATurnIsHeld_KeepsTheGate_SoAWaiterQueuesBehindIt()
    {
        using var sessions = Sessions();
        var topicId = Guid.NewGuid();
        var held = await sessions.EnterAsync(topicId, CancellationToken.None);

        _clock.Advance(TimeSpan.FromHours(1));
        Assert.Equal(0, sessions.SweepIdle());
        var waiting = sessions.EnterAsync(topicId, CancellationToken.None);
        Assert.False(waiting.IsCompleted);
        Assert.Equal(0, sessions.SweepIdle());

        held.Dispose();
        using (await waiting.WaitAsync(TimeSpan.FromSeconds(30)))
            Assert.Equal(0, sessions.SweepIdle());

        _clock.Advance(IdleAfter);
        Assert.Equal(1, sessions.SweepIdle());
    }

    [Fact]
    public async Task Turn_DisposedTwice_ReleasesOnce()
    {
        using var sessions = Sessions();
        var topicId = Guid.NewGuid();
        var turn = await sessions.EnterAsync(topicId, CancellationToken.None);
        turn.Dispose();
        turn.Dispose();

        using var next = await sessions.EnterAsync(topicId, CancellationToken.None);
        var third = sessions.EnterAsync(topicId, CancellationToken.None);
        Assert.False(third.IsCompleted);
        next.Dispose();
        (await third.WaitAsync(TimeSpan.FromSeconds(30))).Dispose();
    }

    private TopicSessions Sessions()
    {
        var services = portal.Services;
        return new TopicSessions(
            services.GetRequiredService<IDbContextFactory<CollabDbContext>>(),
            services.GetRequiredService<ClubAccess>(),
            services.GetRequiredService<ILiveBus>(),
            services.GetRequiredService<NotificationCenter>(),
            _clock,
            NullLogger<TopicSession>.Instance,
            services.GetRequiredService<ISearchIndexer>(),
            services.GetRequiredService<IDocumentStore>(),
            Options.Create(new TopicSessionOptions { IdleAfter = IdleAfter }));
    }
}
