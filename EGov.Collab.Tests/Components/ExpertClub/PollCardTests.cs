using Bunit;
using EGov.Collab.App.ExpertClub.Components;
using EGov.Collab.App.ExpertClub.Live;
using EGov.Collab.Domain.Common;
using EGov.Collab.Domain.ExpertClub;
using EGov.Collab.Tests.Support;
using static EGov.Collab.Tests.Components.ExpertClub.ClubComponents;

namespace EGov.Collab.Tests.Components.ExpertClub;

/// <summary>Issue #23.13: a single-choice poll offers radio buttons, a multiple-choice one checkboxes.</summary>
public sealed class PollCardTests
{
    private static readonly DateTimeOffset Now = new(2026, 3, 1, 10, 0, 0, TimeSpan.Zero);

    private static PollView Poll(bool multiple) => new(Guid.CreateVersion7(), "Який формат?", multiple, Now.AddDays(7),
        new PollTally([new(Guid.CreateVersion7(), "API", 2), new(Guid.CreateVersion7(), "Застосунок", 1), new(Guid.CreateVersion7(), "Обидва", 0)], 3),
        new Dictionary<Guid, IReadOnlySet<Guid>>());

    [Fact]
    public async Task SingleChoice_RadioButtons_OneAnswerVoted()
    {
        using var _ = TestCulture.Use("uk-UA");
        await using var ctx = Create();
        var poll = Poll(multiple: false);
        var voted = new List<IReadOnlyCollection<Guid>>();
        var cut = ctx.Render<PollCard>(p => p.Add(c => c.Poll, poll).Add(c => c.ViewerId, Expert1).Add(c => c.CanVote, true).Add(c => c.Now, Now)
            .Add(c => c.OnVote, (Func<Guid, IReadOnlyCollection<Guid>, Task<Result>>)((_, options) =>
            {
                voted.Add(options);
                return Task.FromResult(Result.Success());
            })));

        Assert.Equal(3, cut.FindAll("[data-testid=poll-radios] input[type=radio]").Count);
        Assert.Empty(cut.FindAll("input[type=checkbox]"));
        Assert.Equal(["API", "Застосунок", "Обидва"], cut.FindAll("[data-testid=poll-option] label").Select(l => l.TextContent.Trim()));

        Pick(cut.FindAll("input[type=radio]")[0]);
        Pick(cut.FindAll("input[type=radio]")[1]);
        cut.Find("[data-testid=poll-vote]").Click();

        Assert.Equal([poll.Tally.Options[1].OptionId], Assert.Single(voted));
    }

    /// <summary>Chooses a radio however MudBlazor listens to it (change, or click).</summary>
    private static void Pick(AngleSharp.Dom.IElement radio)
    {
        try
        {
            radio.Change(true);
        }
        catch (MissingEventHandlerException)
        {
            radio.Click();
        }
    }

    [Fact]
    public async Task MultipleChoice_Checkboxes_NoRadios()
    {
        await using var ctx = Create();
        var cut = ctx.Render<PollCard>(p => p.Add(c => c.Poll, Poll(multiple: true)).Add(c => c.ViewerId, Expert1).Add(c => c.CanVote, true).Add(c => c.Now, Now));

        Assert.Equal(3, cut.FindAll("input[type=checkbox]").Count);
        Assert.Empty(cut.FindAll("input[type=radio]"));
    }

    [Fact]
    public async Task Closed_NeitherRadiosNorCheckboxes_OnlyTheTally()
    {
        await using var ctx = Create();
        var cut = ctx.Render<PollCard>(p => p.Add(c => c.Poll, Poll(multiple: false)).Add(c => c.ViewerId, Expert1).Add(c => c.CanVote, true).Add(c => c.Now, Now.AddDays(8)));

        Assert.Empty(cut.FindAll("input"));
        Assert.Equal(3, cut.FindAll("[data-testid=poll-count]").Count);
    }
}
