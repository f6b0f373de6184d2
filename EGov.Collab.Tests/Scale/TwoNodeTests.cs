using System.Net;
using EGov.Collab.App.ExpertClub.Live;
using EGov.Collab.App.Live;
using EGov.Collab.App.Scale;
using EGov.Collab.Data.Seeding;
using EGov.Collab.Tests.Support;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.Extensions.DependencyInjection;
using static EGov.Collab.Tests.Integration.ExpertClub.ClubArrange;
using static EGov.Collab.Tests.Support.PortalForms;

namespace EGov.Collab.Tests.Scale;

/// <summary>Two nodes on one database file and a real Redis (LiveBus:Redis): what one node does, the other sees.</summary>
public sealed class TwoNodeTests(TwoNodes cluster) : IClassFixture<TwoNodes>
{
    [Fact]
    public async Task SignIn_OnNodeA_CookieAcceptedByNodeB()
    {
        using var onA = cluster.A.CreateSessionClient();
        var signedIn = await onA.SignInAsync("admin@demo.egov.ua", DemoData.Password);
        Assert.Equal(HttpStatusCode.Redirect, signedIn.StatusCode);
        var cookies = signedIn.Headers.GetValues("Set-Cookie").Select(c => c.Split(';')[0]).ToList();
        Assert.Contains(cookies, c => c.StartsWith("egov.auth=", StringComparison.Ordinal));

        using var onB = cluster.B.CreateClient(new WebApplicationFactoryClientOptions { AllowAutoRedirect = false, HandleCookies = false });
        using var request = new HttpRequestMessage(HttpMethod.Get, "/practices/my");
        request.Headers.Add("Cookie", string.Join("; ", cookies));
        using var page = await onB.SendAsync(request);

        // Node B unprotects node A's cookie with the key ring both read from the database: a page, not the sign-in form.
        Assert.Equal(HttpStatusCode.OK, page.StatusCode);
    }

    [Fact]
    public async Task ClubMessage_PostedOnNodeA_ReachesViewerOnNodeB()
    {
        var member = await ClubMemberAsync(cluster.A);
        var (_, topicId) = await TopicAsync(cluster.A.Services);
        var heard = new TaskCompletionSource<MessageEvent>(TaskCreationOptions.RunContinuationsAsynchronously);
        using var viewer = cluster.B.Services.GetRequiredService<TopicSessions>().For(topicId).Subscribe(change =>
        {
            if (change is MessageEvent { IsNew: true } posted) heard.TrySetResult(posted);
            return Task.CompletedTask;
        });

        var posted = await cluster.A.Services.GetRequiredService<TopicSessions>().For(topicId).PostAsync(PrincipalOf(member), "Привіт з вузла A");

        Assert.True(posted.IsSuccess);
        var received = await heard.Task.WaitAsync(TimeSpan.FromSeconds(30));
        Assert.Equal(topicId, received.TopicId);
        Assert.Equal(posted.Value.Id, received.Message.Id);
    }

    [Fact]
    public async Task LocalOnlyMessage_StaysOnItsNode()
    {
        var topic = $"scale.test:{Guid.NewGuid():N}";
        var onB = 0;
        using var subscription = cluster.B.Services.GetRequiredService<ILiveBus>().Subscribe(topic, _ =>
        {
            Interlocked.Increment(ref onB);
            return Task.CompletedTask;
        });
        var onA = new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously);
        using var local = cluster.A.Services.GetRequiredService<ILiveBus>().Subscribe(topic, _ =>
        {
            onA.TrySetResult();
            return Task.CompletedTask;
        });
        // A registered type published after the unregistered one: once B hears the second, the first would have arrived.
        var crossed = new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously);
        using var marker = cluster.B.Services.GetRequiredService<ILiveBus>().Subscribe(topic + ".marker", _ =>
        {
            crossed.TrySetResult();
            return Task.CompletedTask;
        });

        await cluster.A.Services.GetRequiredService<ILiveBus>().PublishAsync(topic, new object());
        await cluster.A.Services.GetRequiredService<ILiveBus>().PublishAsync(topic + ".marker", new App.Notifications.NotificationsChanged(Guid.NewGuid()));

        await onA.Task.WaitAsync(TimeSpan.FromSeconds(30));
        await crossed.Task.WaitAsync(TimeSpan.FromSeconds(30));
        Assert.Equal(0, Volatile.Read(ref onB));
        Assert.IsType<MeteredLiveBus>(cluster.B.Services.GetRequiredService<ILiveBus>());
    }
}
