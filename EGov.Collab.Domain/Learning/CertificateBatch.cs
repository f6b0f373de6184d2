namespace EGov.Collab.Domain.Learning;

public enum BatchStatus
{
    Queued = 1,
    Running = 2,
    Done = 3,
    Failed = 4,
}

/// <summary>A cohort's certificates in one ZIP, made by a background job; progress is stored so any page can show it.</summary>
public sealed class CertificateBatch
{
    private CertificateBatch() => Culture = "uk-UA";

    public Guid Id { get; private set; }
    public Guid CohortId { get; private set; }
    public Guid RequestedById { get; private set; }
    public string Culture { get; private set; }
    public BatchStatus Status { get; private set; }
    public int Total { get; private set; }
    public int Done { get; private set; }
    public long Bytes { get; private set; }
    public DateTimeOffset RequestedAt { get; private set; }
    public DateTimeOffset? FinishedAt { get; private set; }

    public static CertificateBatch Request(Guid cohortId, Guid requestedById, string culture, DateTimeOffset now) =>
        new() { Id = Guid.CreateVersion7(), CohortId = cohortId, RequestedById = requestedById, Culture = culture, Status = BatchStatus.Queued, RequestedAt = now };

    public void Start(int total)
    {
        Status = BatchStatus.Running;
        Total = total;
        Done = 0;
    }

    public void Progress(int done) => Done = Math.Min(done, Total);

    public void Finish(long bytes, DateTimeOffset now)
    {
        Status = BatchStatus.Done;
        Done = Total;
        Bytes = bytes;
        FinishedAt = now;
    }

    public void Fail(DateTimeOffset now)
    {
        Status = BatchStatus.Failed;
        FinishedAt = now;
    }

    public int Percent => Total == 0 ? (Status == BatchStatus.Done ? 100 : 0) : Done * 100 / Total;
}
