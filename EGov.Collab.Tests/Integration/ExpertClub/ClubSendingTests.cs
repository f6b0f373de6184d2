using EGov.Collab.App.ExpertClub;
using EGov.Collab.App.ExpertClub.Live;
using EGov.Collab.Domain.Common;
using EGov.Collab.Tests.Support;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using static EGov.Collab.Tests.Integration.ExpertClub.ClubArrange;
using static EGov.Collab.Tests.Support.PortalForms;

namespace EGov.Collab.Tests.Integration.ExpertClub;

/// <summary>Issue #23.13: a topic opens with a post, and the club's search shows the text as readers see it.</summary>
[Collection(SharedPortal.Name)]
public sealed class ClubSendingTests(PortalFactory portal)
{
    private T Service<T>() where T : notnull => portal.Services.GetRequiredService<T>();

    [Theory]
    [InlineData(null)]
    [InlineData("   ")]
    public async Task NewTopic_WithoutAnOpeningPost_IsRefused_AndNothingIsSaved(string? post)
    {
        var member = PrincipalOf(await ClubMemberAsync(portal));
        var (room, _) = await TopicAsync(portal.Services);
        var title = $"Без допису {Guid.NewGuid():N}";

        var created = await Service<ClubRooms>().CreateTopicAsync(member, room, title, post);

        Assert.Equal(CommonErrors.Required("Text"), created.Error);
        await using var db = await DbAsync(portal.Services);
        Assert.False(await db.ClubTopics.AnyAsync(t => t.Title == title));
    }

    [Fact]
    public async Task NewTopic_OpensWithItsPost_AsMessageOne()
    {
        var memberId = await ClubMemberAsync(portal);
        var (room, _) = await TopicAsync(portal.Services);

        var created = await Service<ClubRooms>().CreateTopicAsync(PrincipalOf(memberId), room, "Нова тема", "Питання до експертів: як **перевіряти** підписи?");

        var opened = await Service<TopicSessions>().For(created.Value).OpenAsync(PrincipalOf(memberId));
        var first = Assert.Single(opened.Value.Page.Messages);
        Assert.Equal((1L, memberId), (first.Number, first.AuthorId));
        Assert.Contains("<strong>перевіряти</strong>", first.Html, StringComparison.Ordinal);
        Assert.Equal(1L, opened.Value.Topic.LastNumber);
    }

    [Fact]
    public async Task Search_ShowsTheRenderedText_NotItsMarkdown()
    {
        var memberId = await ClubMemberAsync(portal);
        var (_, topic) = await TopicAsync(portal.Services);
        var word = "маркдаун" + string.Concat(Guid.NewGuid().ToString("N")[..8].Select(c => (char)('а' + c % 20)));
        Assert.True((await Service<TopicSessions>().For(topic).PostAsync(PrincipalOf(memberId),
            $"Дивіться **{word}** у [довіднику](https://example.org/guide) та `коді`")).IsSuccess);

        await using var scope = portal.Services.CreateAsyncScope();
        var hit = Assert.Single(await scope.ServiceProvider.GetRequiredService<ClubSearch>().SearchAsync(PrincipalOf(memberId), word, 10));

        Assert.Contains(word, hit.Snippet, StringComparison.Ordinal);
        Assert.Contains("довіднику", hit.Snippet, StringComparison.Ordinal);
        Assert.DoesNotContain("**", hit.Snippet, StringComparison.Ordinal);
        Assert.DoesNotContain("](", hit.Snippet, StringComparison.Ordinal);
        Assert.DoesNotContain("`", hit.Snippet, StringComparison.Ordinal);
    }
}
