using Bunit;
using EGov.Collab.App.ExpertClub.Components;
using EGov.Collab.Domain.Common;
using EGov.Collab.Domain.ExpertClub;
using EGov.Collab.Tests.Support;
using static EGov.Collab.Tests.Components.ExpertClub.ClubComponents;

namespace EGov.Collab.Tests.Components.ExpertClub;

public sealed class ComposerTests
{
    private static string TextOf(IRenderedComponent<Composer> cut) => cut.Find(".club-composer textarea").GetAttribute("value") ?? "";

    [Fact]
    public async Task Send_Accepted_BoxCleared()
    {
        await using var ctx = Create();
        var sent = new List<string>();
        var cut = ctx.Render<Composer>(p => p.Add(c => c.OnSend, (text, _) =>
        {
            sent.Add(text);
            return Task.FromResult(Result.Success());
        }));

        cut.Find(".club-composer textarea").Input("Привіт, @expert2!");
        cut.Find("[data-testid=send]").Click();

        Assert.Equal(["Привіт, @expert2!"], sent);
        Assert.Equal("", TextOf(cut));
    }

    [Fact]
    public async Task Send_SlowDown_TextKeptAndMessageShown()
    {
        using var _ = TestCulture.Use("uk-UA");
        await using var ctx = Create();
        var cut = ctx.Render<Composer>(p => p.Add(c => c.OnSend, (_, _) => Task.FromResult<Result>(ClubErrors.SlowDown)));

        cut.Find(".club-composer textarea").Input("Шосте повідомлення");
        cut.Find("[data-testid=send]").Click();

        Assert.Equal("Шосте повідомлення", TextOf(cut));
        Assert.Contains("надто швидко", cut.Markup);
    }

    [Fact]
    public async Task Send_TooLong_StatesTheLimitAndKeepsText()
    {
        using var _ = TestCulture.Use("en-US");
        await using var ctx = Create();
        var cut = ctx.Render<Composer>(p => p.Add(c => c.OnSend, (text, _) => Task.FromResult(Message.ValidateText(text))));
        var text = new string('a', Message.TextMaxLength + 1);

        cut.Find(".club-composer textarea").Input(text);
        cut.Find("[data-testid=send]").Click();

        Assert.Contains($"at most {Message.TextMaxLength} characters", cut.Markup);
        Assert.Equal(text, TextOf(cut));
    }

    [Fact]
    public async Task Typing_CallsBack()
    {
        await using var ctx = Create();
        var typed = 0;
        var cut = ctx.Render<Composer>(p => p.Add(c => c.OnSend, (_, _) => Task.FromResult(Result.Success())).Add(c => c.OnTyping, () => typed++));

        cut.Find(".club-composer textarea").Input("П");

        Assert.Equal(1, typed);
    }

    [Fact]
    public async Task ReplyTo_ShownAndCancellable()
    {
        using var _ = TestCulture.Use("uk-UA");
        await using var ctx = Create();
        var cancelled = false;
        var cut = ctx.Render<Composer>(p => p.Add(c => c.OnSend, (_, _) => Task.FromResult(Result.Success()))
            .Add(c => c.ReplyTo, View(3, Expert2, "Питання"))
            .Add(c => c.OnCancelReply, () => cancelled = true));

        Assert.Contains("Богдан Олійник", cut.Find("[data-testid=replying-to]").TextContent);
        cut.Find("[data-testid=replying-to] button").Click();
        Assert.True(cancelled);
    }
}
