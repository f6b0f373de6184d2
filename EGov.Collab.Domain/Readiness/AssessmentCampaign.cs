using EGov.Collab.Domain.Common;

namespace EGov.Collab.Domain.Readiness;

/// <summary>The assessment of one year: questionnaires go out under it; its results are public once published.</summary>
public sealed class AssessmentCampaign
{
    private AssessmentCampaign()
    {
    }

    public Guid Id { get; private set; }
    public int Year { get; private set; }
    public DateTimeOffset OpenedAt { get; private set; }
    public DateTimeOffset? ResultsPublishedAt { get; private set; }

    public bool ResultsPublished => ResultsPublishedAt is not null;

    /// <summary>When respondents should have submitted; respondents still working are reminded before it.</summary>
    public DateTimeOffset? Deadline { get; private set; }

    /// <summary>When the reminder before <see cref="Deadline"/> went out (once per deadline).</summary>
    public DateTimeOffset? DeadlineReminderSentAt { get; private set; }

    /// <summary>Sets (or clears) the deadline; a new deadline earns a new reminder. A deadline already past is refused.</summary>
    public Result SetDeadline(DateTimeOffset? deadline, DateTimeOffset now)
    {
        if (deadline is { } due && due <= now) return CommonErrors.Invalid(nameof(Deadline));
        Deadline = deadline;
        DeadlineReminderSentAt = null;
        return Result.Success();
    }

    /// <summary>The deadline is behind: a questionnaire still in progress takes no more answers (a returned one may still be corrected).</summary>
    public bool DeadlinePassed(DateTimeOffset now) => Deadline is { } due && now > due;

    /// <summary>The deadline is within <paramref name="lead"/> and ahead, and its reminder has not gone out.</summary>
    public bool DeadlineReminderDue(DateTimeOffset now, TimeSpan lead) =>
        Deadline is { } due && DeadlineReminderSentAt is null && due > now && due - now <= lead;

    public static AssessmentCampaign Open(int year, DateTimeOffset now)
    {
        ArgumentOutOfRangeException.ThrowIfLessThan(year, MethodologyDefinition.MinYear);
        ArgumentOutOfRangeException.ThrowIfGreaterThan(year, MethodologyDefinition.MaxYear);
        return new AssessmentCampaign { Id = Guid.CreateVersion7(), Year = year, OpenedAt = now };
    }

    /// <summary>Publishes the verified results; questionnaires verified later join them. Publishing twice keeps the first date.</summary>
    public void PublishResults(DateTimeOffset now) => ResultsPublishedAt ??= now;
}
