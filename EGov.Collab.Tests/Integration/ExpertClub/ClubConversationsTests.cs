using System.Net;
using EGov.Collab.App.ExpertClub;
using EGov.Collab.App.ExpertClub.Conversations;
using EGov.Collab.Domain.Common;
using EGov.Collab.Domain.ExpertClub;
using EGov.Collab.Tests.Support;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using static EGov.Collab.Tests.Integration.ExpertClub.ClubArrange;
using static EGov.Collab.Tests.Support.PortalForms;

namespace EGov.Collab.Tests.Integration.ExpertClub;

/// <summary>Private messages: only the two members read a conversation; confirmed members only; limited like club posting.</summary>
[Collection(SharedPortal.Name)]
public sealed class ClubConversationsTests(PortalFactory portal)
{
    private const string Password = "a-long-test-passphrase";

    private ClubConversations Conversations => portal.Services.GetRequiredService<ClubConversations>();

    [Fact]
    public async Task Send_RecipientHearsUnderTheBell_AndSeesItUnreadInTheInbox_UntilOpened()
    {
        var anna = await portal.CreateMemberAsync();
        var borys = await portal.CreateMemberAsync();

        var sent = await Conversations.SendAsync(PrincipalOf(anna.Id), borys.Id, "Привіт, **Борисе** <script>alert(1)</script>");

        Assert.DoesNotContain("<script", sent.Value.Message.Html, StringComparison.OrdinalIgnoreCase);
        Assert.Contains("<strong>Борисе</strong>", sent.Value.Message.Html, StringComparison.Ordinal);
        await using (var db = await DbAsync(portal.Services))
        {
            var notification = await db.Notifications.SingleAsync(n => n.MemberId == borys.Id);
            Assert.Equal("Notification.ExpertClub.DirectMessage", notification.TextKey);
            Assert.Equal(ClubLinks.Conversation(sent.Value.ConversationId), notification.Link);
        }
        var inbox = Assert.Single((await Conversations.InboxAsync(PrincipalOf(borys.Id))).Value);
        Assert.Equal((sent.Value.ConversationId, anna.Id, true), (inbox.Id, inbox.OtherId, inbox.Unread));
        Assert.StartsWith("Привіт, Борисе", inbox.Excerpt, StringComparison.Ordinal);
        Assert.False(Assert.Single((await Conversations.InboxAsync(PrincipalOf(anna.Id))).Value).Unread);

        var opened = await Conversations.OpenAsync(PrincipalOf(borys.Id), sent.Value.ConversationId);
        var reply = await Conversations.SendAsync(PrincipalOf(borys.Id), anna.Id, "Вітаю!");

        Assert.Single(opened.Value.Messages);
        Assert.Equal(sent.Value.ConversationId, reply.Value.ConversationId);
        var afterReply = Assert.Single((await Conversations.InboxAsync(PrincipalOf(borys.Id))).Value);
        Assert.Equal((false, "Вітаю!"), (afterReply.Unread, afterReply.Excerpt));
        Assert.Equal(2, (await Conversations.OpenWithAsync(PrincipalOf(anna.Id), borys.Id)).Value.Messages.Count);
    }

    [Fact]
    public async Task Open_ByAThirdMember_NotFound_ServiceAndPage()
    {
        var anna = await portal.CreateMemberAsync();
        var borys = await portal.CreateMemberAsync();
        var third = await portal.CreateMemberAsync();
        var text = $"Лише для нас двох {Guid.NewGuid():N}";
        var sent = await Conversations.SendAsync(PrincipalOf(anna.Id), borys.Id, text);
        var url = ClubLinks.Conversation(sent.Value.ConversationId);

        Assert.Equal(CommonErrors.NotFound, (await Conversations.OpenAsync(PrincipalOf(third.Id), sent.Value.ConversationId)).Error);
        Assert.Empty((await Conversations.InboxAsync(PrincipalOf(third.Id))).Value);
        using var thirdClient = portal.CreateSessionClient();
        using (await thirdClient.SignInAsync(third.Email!, Password)) { }
        using var borysClient = portal.CreateSessionClient();
        using (await borysClient.SignInAsync(borys.Email!, Password)) { }
        using var visitor = portal.CreatePlainClient();
        using var forThird = await thirdClient.GetAsync(url);
        using var forBorys = await borysClient.GetAsync(url);
        using var forVisitor = await visitor.GetAsync(url);

        Assert.Equal(HttpStatusCode.NotFound, forThird.StatusCode);
        Assert.DoesNotContain(text, await forThird.ReadTextAsync(), StringComparison.Ordinal);
        Assert.Equal(HttpStatusCode.OK, forBorys.StatusCode);
        Assert.Contains(text, await forBorys.ReadTextAsync(), StringComparison.Ordinal);
        Assert.Equal(HttpStatusCode.Redirect, forVisitor.StatusCode);
        Assert.StartsWith("/Account/Login", forVisitor.RedirectPath(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task Send_UnconfirmedOrToYourself_Refused_AndNothingStored()
    {
        var anna = await portal.CreateMemberAsync();
        var unconfirmed = await portal.CreateMemberAsync(confirmed: false);

        Assert.Equal(CommonErrors.Forbidden, (await Conversations.SendAsync(PrincipalOf(unconfirmed.Id), anna.Id, "Привіт")).Error);
        Assert.Equal(ClubErrors.NoSuchRecipient, (await Conversations.SendAsync(PrincipalOf(anna.Id), unconfirmed.Id, "Привіт")).Error);
        Assert.Equal(ClubErrors.WriteToYourself, (await Conversations.SendAsync(PrincipalOf(anna.Id), anna.Id, "Привіт")).Error);
        Assert.Equal(CommonErrors.Forbidden, (await Conversations.SendAsync(new System.Security.Claims.ClaimsPrincipal(), anna.Id, "Привіт")).Error);
        await using var db = await DbAsync(portal.Services);
        Assert.False(await db.ClubConversations.AnyAsync(c => c.FirstMemberId == anna.Id || c.SecondMemberId == anna.Id));
    }

    [Fact]
    public async Task Send_MoreThanTheClubsLimitInTheWindow_SlowDown()
    {
        var anna = await portal.CreateMemberAsync();
        var borys = await portal.CreateMemberAsync();

        for (var i = 0; i < MessageRateLimit.MaxMessages; i++)
            Assert.True((await Conversations.SendAsync(PrincipalOf(anna.Id), borys.Id, $"Швидко {i}")).IsSuccess);
        var refused = await Conversations.SendAsync(PrincipalOf(anna.Id), borys.Id, "Ще одне");

        Assert.Equal(ClubErrors.SlowDown, refused.Error);
        Assert.Equal(MessageRateLimit.MaxMessages, (await Conversations.OpenWithAsync(PrincipalOf(borys.Id), anna.Id)).Value.Messages.Count);
    }
}
