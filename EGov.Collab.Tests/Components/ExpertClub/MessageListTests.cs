using Bunit;
using EGov.Collab.App.ExpertClub.Components;
using EGov.Collab.App.ExpertClub.Live;
using EGov.Collab.Domain.Common;
using EGov.Collab.Domain.ExpertClub;
using EGov.Collab.Tests.Support;
using static EGov.Collab.Tests.Components.ExpertClub.ClubComponents;

namespace EGov.Collab.Tests.Components.ExpertClub;

public sealed class MessageListTests
{
    [Fact]
    public async Task Render_Messages_InOrderWithMarkdown()
    {
        using var _ = TestCulture.Use("uk-UA");
        await using var ctx = Create();

        var cut = ctx.Render<MessageList>(p => p
            .Add(c => c.Messages, [View(1, Expert1, "Перше **важливе**"), View(2, Expert2, "Друге")])
            .Add(c => c.ViewerId, Expert1));

        var items = cut.FindAll("[data-testid=message]");
        Assert.Equal(["1", "2"], items.Select(i => i.GetAttribute("data-number")));
        Assert.Equal("важливе", cut.Find("[data-testid=message-body] strong").TextContent);
    }

    [Theory]
    [InlineData("<script>alert(1)</script>")]
    [InlineData("<img src=x onerror=alert(1)>")]
    [InlineData("[клік](javascript:alert(1))")]
    public async Task Render_ScriptInText_Inert(string payload)
    {
        await using var ctx = Create();

        var cut = ctx.Render<MessageList>(p => p.Add(c => c.Messages, [View(1, Expert1, payload)]));

        var body = cut.Find("[data-testid=message-body]");
        Assert.Empty(body.QuerySelectorAll("script, img[onerror], [onerror], a[href^='javascript']"));
    }

    [Fact]
    public async Task Render_HiddenMessage_AuthorSeesReasonOthersDoNot()
    {
        using var _ = TestCulture.Use("uk-UA");
        await using var ctx = Create();
        var hidden = View(1, Expert1, "Різке слово", hiddenReason: "Без особистих нападів");

        var forAuthor = ctx.Render<MessageList>(p => p.Add(c => c.Messages, [hidden]).Add(c => c.ViewerId, Expert1));
        var forOther = ctx.Render<MessageList>(p => p.Add(c => c.Messages, [hidden]).Add(c => c.ViewerId, Expert2));

        Assert.Contains("Без особистих нападів", forAuthor.Find("[data-testid=hidden-reason]").TextContent);
        Assert.Empty(forOther.FindAll("[data-testid=message-body]"));
        Assert.DoesNotContain("Різке слово", forOther.Markup);
        Assert.Single(forOther.FindAll("[data-testid=hidden]"));
    }

    [Fact]
    public async Task Render_EditedAndDeleted_Marked()
    {
        using var _ = TestCulture.Use("en-US");
        await using var ctx = Create();

        var cut = ctx.Render<MessageList>(p => p.Add(c => c.Messages,
            [View(1, Expert1, "Changed", editedAt: DateTimeOffset.UtcNow), View(2, Expert2, "", deleted: true)]));

        Assert.Equal("(edited)", cut.Find("[data-testid=edited]").TextContent.Trim());
        Assert.Single(cut.FindAll("[data-testid=deleted]"));
    }

    [Fact]
    public async Task Render_ReadOnlyViewer_NoActions()
    {
        await using var ctx = Create();

        var cut = ctx.Render<MessageList>(p => p.Add(c => c.Messages, [View(1, Expert1, "Текст")]).Add(c => c.CanWrite, false));

        Assert.Empty(cut.FindAll("[data-testid=reply], [data-testid=edit], [data-testid=delete], [data-testid=hide]"));
    }

    // The club's text for TopicLocked in the culture the test sets.
    private const string ClubErrorText = "Тему закрито: нові повідомлення, зміни й голоси не приймаються.";

    [Fact]
    public async Task Edit_Refused_TextKeptAndErrorShown()
    {
        using var _ = TestCulture.Use("uk-UA");
        await using var ctx = Create();
        var message = View(1, Expert1, "Стара версія");
        var cut = ctx.Render<MessageList>(p => p
            .Add(c => c.Messages, [message]).Add(c => c.ViewerId, Expert1).Add(c => c.CanWrite, true)
            .Add(c => c.OnEdit, (Func<Guid, string, Task<Result>>)((_, _) => Task.FromResult<Result>(ClubErrors.TopicLocked))));

        cut.Find("[data-testid=edit]").Click();
        cut.Find(".club-message textarea").Change("Нова версія");
        cut.Find("[data-testid=save-edit]").Click();

        Assert.Equal("Нова версія", cut.Find(".club-message textarea").GetAttribute("value") ?? cut.Find(".club-message textarea").TextContent);
        cut.WaitForAssertion(() => Assert.Contains(ClubErrorText, cut.Markup, StringComparison.Ordinal));
    }

    [Fact]
    public async Task LoadEarlier_ShownOnlyWhenMore()
    {
        await using var ctx = Create();
        var clicked = 0;

        var cut = ctx.Render<MessageList>(p => p.Add(c => c.Messages, [View(51, Expert1, "x")]).Add(c => c.HasEarlier, true)
            .Add(c => c.OnLoadEarlier, () => clicked++));
        cut.Find("[data-testid=load-earlier]").Click();

        Assert.Equal(1, clicked);
        var none = ctx.Render<MessageList>(p => p.Add(c => c.Messages, [View(1, Expert1, "x")]));
        Assert.Empty(none.FindAll("[data-testid=load-earlier]"));
    }

    [Fact]
    public async Task Flag_OnSomeoneElsesMessage_SendsTheReason_NotOnOnesOwn()
    {
        using var _ = TestCulture.Use("uk-UA");
        await using var ctx = Create();
        var flagged = new List<(Guid, string)>();
        var theirs = View(1, Expert2, "Різке слово");
        var cut = ctx.Render<MessageList>(p => p.Add(c => c.Messages, [theirs, View(2, Expert1, "Моя відповідь")]).Add(c => c.ViewerId, Expert1)
            .Add(c => c.CanWrite, true).Add(c => c.OnFlag, (Func<Guid, string, Task<Result>>)((id, reason) =>
            {
                flagged.Add((id, reason));
                return Task.FromResult(Result.Success());
            })));

        Assert.Single(cut.FindAll("[data-testid=flag]"));
        cut.Find("[data-number='1'] [data-testid=flag]").Click();
        cut.Find("[data-testid=flag-reason] input, input[data-testid=flag-reason]").Change("Образа");
        cut.Find("[data-testid=confirm-flag]").Click();

        Assert.Equal([(theirs.Id, "Образа")], flagged);
        Assert.Empty(cut.FindAll("[data-testid=flag-reason]"));
    }
}
