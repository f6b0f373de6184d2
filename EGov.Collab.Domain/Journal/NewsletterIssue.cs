using EGov.Collab.Domain.Common;

namespace EGov.Collab.Domain.Journal;

public enum IssueStatus
{
    /// <summary>Generated; editors preview and approve it.</summary>
    Draft = 1,
    /// <summary>Approved; deliveries are being made.</summary>
    Sending = 2,
    /// <summary>Every delivery was sent or given up on.</summary>
    Completed = 3,
}

/// <summary>One newsletter issue: what was new in (<see cref="PeriodStart"/>, <see cref="PeriodEnd"/>], in one edition per audience and language.</summary>
public sealed class NewsletterIssue
{
    private readonly List<NewsletterEdition> _editions = [];

    private NewsletterIssue()
    {
    }

    public Guid Id { get; private set; }
    public int Number { get; private set; }
    public DateTimeOffset PeriodStart { get; private set; }
    public DateTimeOffset PeriodEnd { get; private set; }
    public DateTimeOffset CreatedAt { get; private set; }
    public IssueStatus Status { get; private set; }
    public DateTimeOffset? ApprovedAt { get; private set; }
    /// <summary>Null when the administrator chose automatic sending.</summary>
    public Guid? ApprovedById { get; private set; }
    /// <summary><see cref="NewsletterSegment.ToStored"/> of whom approval sent it to; null for every subscriber.</summary>
    public string? SegmentStored { get; private set; }
    public NewsletterSegment Segment => NewsletterSegment.FromStored(SegmentStored);
    public IReadOnlyList<NewsletterEdition> Editions => _editions;

    public static NewsletterIssue Create(int number, DateTimeOffset periodStart, DateTimeOffset periodEnd, IReadOnlyList<EditionContent> editions, DateTimeOffset now)
    {
        ArgumentOutOfRangeException.ThrowIfLessThan(number, 1);
        if (editions.Count == 0) throw new ArgumentException("An issue needs at least one edition; skip the run instead.", nameof(editions));
        var issue = new NewsletterIssue
        {
            Id = Guid.CreateVersion7(),
            Number = number,
            PeriodStart = periodStart,
            PeriodEnd = periodEnd,
            CreatedAt = now,
            Status = IssueStatus.Draft,
        };
        foreach (var edition in editions)
            issue._editions.Add(NewsletterEdition.Create(issue.Id, edition));
        return issue;
    }

    public Result Approve(Guid? editorId, DateTimeOffset now, NewsletterSegment? segment = null)
    {
        if (Status != IssueStatus.Draft) return JournalErrors.IssueNotDraft;
        SegmentStored = (segment ?? NewsletterSegment.Everyone).ToStored();
        Status = IssueStatus.Sending;
        ApprovedAt = now;
        ApprovedById = editorId;
        return Result.Success();
    }

    public void Complete() => Status = IssueStatus.Completed;

    /// <summary>The Message-ID of this issue's mail to one subscriber: the same on every retry, so a receiver can drop a repeat.</summary>
    public static string MessageId(int issueNumber, Guid subscriberId) => $"newsletter-{issueNumber}-{subscriberId:N}@egov-collab.local";
}
