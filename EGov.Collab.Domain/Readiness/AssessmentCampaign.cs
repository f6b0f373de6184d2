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

    public static AssessmentCampaign Open(int year, DateTimeOffset now)
    {
        ArgumentOutOfRangeException.ThrowIfLessThan(year, MethodologyDefinition.MinYear);
        ArgumentOutOfRangeException.ThrowIfGreaterThan(year, MethodologyDefinition.MaxYear);
        return new AssessmentCampaign { Id = Guid.CreateVersion7(), Year = year, OpenedAt = now };
    }

    /// <summary>Publishes the verified results; questionnaires verified later join them. Publishing twice keeps the first date.</summary>
    public void PublishResults(DateTimeOffset now) => ResultsPublishedAt ??= now;
}
