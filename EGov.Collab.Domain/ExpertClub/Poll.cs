using EGov.Collab.Domain.Common;

namespace EGov.Collab.Domain.ExpertClub;

/// <summary>
/// A poll in a topic: single or multiple choice, open until its deadline. One ballot per member (a set of options),
/// which the member may change until the poll closes.
/// </summary>
public sealed class Poll
{
    public const int QuestionMaxLength = 300;
    public const int OptionMaxLength = 150;
    public const int MinOptions = 2;
    public const int MaxOptions = 10;

    private readonly List<PollOption> _options = [];

    private Poll()
    {
        Question = "";
    }

    public Guid Id { get; private set; }
    public Guid TopicId { get; private set; }
    public string Question { get; private set; }
    public bool AllowsMultiple { get; private set; }
    public DateTimeOffset ClosesAt { get; private set; }
    public DateTimeOffset CreatedAt { get; private set; }
    public Guid CreatedById { get; private set; }
    public IReadOnlyList<PollOption> Options => _options;

    public bool IsOpen(DateTimeOffset now) => now < ClosesAt;

    public static Result<Poll> Create(Guid topicId, string? question, IEnumerable<string?> options, bool allowsMultiple, DateTimeOffset closesAt, Guid createdById, DateTimeOffset now)
    {
        if (string.IsNullOrWhiteSpace(question)) return CommonErrors.Required(nameof(Question));
        if (question.Trim().Length > QuestionMaxLength) return CommonErrors.TooLong(nameof(Question));
        var texts = options.Where(o => !string.IsNullOrWhiteSpace(o)).Select(o => o!.Trim()).ToList();
        if (texts.Count < MinOptions) return ClubErrors.PollTooFewOptions;
        if (texts.Count > MaxOptions) return ClubErrors.PollTooManyOptions;
        if (texts.Any(t => t.Length > OptionMaxLength)) return CommonErrors.TooLong(nameof(Options));
        if (texts.Distinct(StringComparer.OrdinalIgnoreCase).Count() != texts.Count) return ClubErrors.PollDuplicateOptions;
        if (closesAt <= now) return ClubErrors.PollDeadlinePast;
        var poll = new Poll
        {
            Id = Guid.CreateVersion7(),
            TopicId = topicId,
            Question = question.Trim(),
            AllowsMultiple = allowsMultiple,
            ClosesAt = closesAt,
            CreatedAt = now,
            CreatedById = createdById,
        };
        poll._options.AddRange(texts.Select((text, index) => new PollOption(Guid.CreateVersion7(), poll.Id, text, index)));
        return poll;
    }

    /// <summary>Checks a ballot: the poll is open, at least one option, only this poll's options, one option unless multiple choice.</summary>
    public Result<IReadOnlyList<Guid>> CheckBallot(IEnumerable<Guid> optionIds, DateTimeOffset now)
    {
        if (!IsOpen(now)) return ClubErrors.PollClosed;
        var chosen = optionIds.Distinct().ToList();
        if (chosen.Count == 0) return ClubErrors.PollNoChoice;
        if (chosen.Any(id => _options.All(o => o.Id != id))) return ClubErrors.PollUnknownOption;
        if (!AllowsMultiple && chosen.Count > 1) return ClubErrors.PollSingleChoice;
        return chosen;
    }

    /// <summary>Votes per option (in the poll's order) and how many members voted, from every member's current ballot.</summary>
    public PollTally Tally(IEnumerable<PollVote> votes)
    {
        var list = votes.Where(v => v.PollId == Id).ToList();
        var counts = _options.OrderBy(o => o.Order)
            .Select(o => new PollOptionCount(o.Id, o.Text, list.Count(v => v.OptionId == o.Id)))
            .ToList();
        return new PollTally(counts, list.Select(v => v.MemberId).Distinct().Count());
    }
}

public sealed class PollOption
{
    private PollOption()
    {
        Text = "";
    }

    internal PollOption(Guid id, Guid pollId, string text, int order)
    {
        Id = id;
        PollId = pollId;
        Text = text;
        Order = order;
    }

    public Guid Id { get; private set; }
    public Guid PollId { get; private set; }
    public string Text { get; private set; }
    public int Order { get; private set; }
}

/// <summary>One option of one member's ballot; a ballot is all of a member's rows for a poll.</summary>
public sealed class PollVote
{
    private PollVote()
    {
    }

    public Guid PollId { get; private set; }
    public Guid MemberId { get; private set; }
    public Guid OptionId { get; private set; }
    public DateTimeOffset VotedAt { get; private set; }

    public static PollVote Create(Guid pollId, Guid memberId, Guid optionId, DateTimeOffset now) =>
        new() { PollId = pollId, MemberId = memberId, OptionId = optionId, VotedAt = now };
}

public sealed record PollOptionCount(Guid OptionId, string Text, int Votes)
{
    public double Share(int voters) => voters == 0 ? 0 : (double)Votes / voters;
}

public sealed record PollTally(IReadOnlyList<PollOptionCount> Options, int Voters);
