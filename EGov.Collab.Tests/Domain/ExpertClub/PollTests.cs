using EGov.Collab.Domain.ExpertClub;

namespace EGov.Collab.Tests.Domain.ExpertClub;

public sealed class PollTests
{
    private static readonly DateTimeOffset Now = new(2026, 3, 1, 10, 0, 0, TimeSpan.Zero);
    private static readonly Guid Topic = Guid.CreateVersion7();
    private static readonly Guid Author = Guid.CreateVersion7();

    private static Poll Single() => Poll.Create(Topic, "Який формат?", ["API", "Дія", "Обидва"], false, Now.AddDays(1), Author, Now).Value;

    private static Poll Multiple() => Poll.Create(Topic, "Що важливо?", ["Дані", "Безпека", "Доступність"], true, Now.AddDays(1), Author, Now).Value;

    [Fact]
    public void Create_ValidPoll_OptionsTrimmedInOrder()
    {
        var poll = Poll.Create(Topic, "  Питання?  ", [" так ", "ні", "  "], false, Now.AddHours(1), Author, Now).Value;

        Assert.Equal("Питання?", poll.Question);
        Assert.Equal(["так", "ні"], poll.Options.Select(o => o.Text));
        Assert.Equal([0, 1], poll.Options.Select(o => o.Order));
    }

    [Theory]
    [InlineData(1, "ExpertClub.PollTooFewOptions")]
    [InlineData(11, "ExpertClub.PollTooManyOptions")]
    public void Create_WrongNumberOfOptions_Refused(int count, string code)
    {
        var result = Poll.Create(Topic, "Q", Enumerable.Range(1, count).Select(i => (string?)$"Варіант {i}"), false, Now.AddDays(1), Author, Now);

        Assert.Equal(code, result.Error?.Code);
    }

    [Fact]
    public void Create_DuplicateOptionsIgnoringCase_Refused() =>
        Assert.Equal(ClubErrors.PollDuplicateOptions, Poll.Create(Topic, "Q", ["Так", "так"], false, Now.AddDays(1), Author, Now).Error);

    [Fact]
    public void Create_DeadlineNotInFuture_Refused() =>
        Assert.Equal(ClubErrors.PollDeadlinePast, Poll.Create(Topic, "Q", ["a", "b"], false, Now, Author, Now).Error);

    [Fact]
    public void Create_BlankQuestion_Required() =>
        Assert.Equal("Validation.Required", Poll.Create(Topic, " ", ["a", "b"], false, Now.AddDays(1), Author, Now).Error?.Code);

    [Fact]
    public void CheckBallot_SingleChoiceOneOption_Accepted()
    {
        var poll = Single();

        var ballot = poll.CheckBallot([poll.Options[1].Id], Now);

        Assert.Equal([poll.Options[1].Id], ballot.Value);
    }

    [Fact]
    public void CheckBallot_SingleChoiceTwoOptions_Refused()
    {
        var poll = Single();

        Assert.Equal(ClubErrors.PollSingleChoice, poll.CheckBallot([poll.Options[0].Id, poll.Options[1].Id], Now).Error);
    }

    [Fact]
    public void CheckBallot_MultipleChoice_DuplicatesCollapsed()
    {
        var poll = Multiple();

        var ballot = poll.CheckBallot([poll.Options[0].Id, poll.Options[2].Id, poll.Options[0].Id], Now);

        Assert.Equal(2, ballot.Value.Count);
    }

    [Fact]
    public void CheckBallot_Empty_Refused() => Assert.Equal(ClubErrors.PollNoChoice, Single().CheckBallot([], Now).Error);

    [Fact]
    public void CheckBallot_OptionOfAnotherPoll_Refused() =>
        Assert.Equal(ClubErrors.PollUnknownOption, Single().CheckBallot([Multiple().Options[0].Id], Now).Error);

    [Fact]
    public void CheckBallot_AtOrAfterDeadline_Closed()
    {
        var poll = Single();

        Assert.True(poll.CheckBallot([poll.Options[0].Id], Now.AddDays(1).AddTicks(-1)).IsSuccess);
        Assert.Equal(ClubErrors.PollClosed, poll.CheckBallot([poll.Options[0].Id], Now.AddDays(1)).Error);
    }

    [Fact]
    public void Tally_CountsEachMembersCurrentBallot()
    {
        var poll = Multiple();
        var (a, b) = (Guid.CreateVersion7(), Guid.CreateVersion7());
        PollVote[] votes =
        [
            PollVote.Create(poll.Id, a, poll.Options[0].Id, Now),
            PollVote.Create(poll.Id, a, poll.Options[1].Id, Now),
            PollVote.Create(poll.Id, b, poll.Options[0].Id, Now),
            PollVote.Create(Guid.CreateVersion7(), b, poll.Options[2].Id, Now), // another poll's row
        ];

        var tally = poll.Tally(votes);

        Assert.Equal(2, tally.Voters);
        Assert.Equal([2, 1, 0], tally.Options.Select(o => o.Votes));
        Assert.Equal(1.0, tally.Options[0].Share(tally.Voters));
        Assert.Equal(0, poll.Tally([]).Options[0].Share(0));
    }
}
