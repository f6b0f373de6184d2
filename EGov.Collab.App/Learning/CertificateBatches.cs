using System.Security.Claims;
using EGov.Collab.App.Common;
using EGov.Collab.App.Live;
using EGov.Collab.Data;
using EGov.Collab.Domain.Common;
using EGov.Collab.Domain.Learning;
using Hangfire;
using Microsoft.EntityFrameworkCore;

namespace EGov.Collab.App.Learning;

public sealed record BatchProgress(Guid Id, BatchStatus Status, int Done, int Total, int Percent, long Bytes, DateTimeOffset RequestedAt);

/// <summary>
/// Bulk download of a cohort's certificates: a request queues <see cref="CertificateZipJob"/>; its progress is stored
/// on the batch row and announced on <see cref="TopicOf"/>, and the finished ZIP waits in the data folder.
/// </summary>
public sealed class CertificateBatches(IDbContextFactory<CollabDbContext> dbFactory, LearningAuthorisation authorisation,
    IBackgroundJobClient jobs, PortalPaths paths, TimeProvider clock)
{
    public static string TopicOf(Guid cohortId) => $"learning.batch:{cohortId}";

    public string FileOf(Guid batchId) => Path.Combine(paths.DataFolder, "learning", "batches", $"{batchId:N}.zip");

    public async Task<Result<Guid>> RequestAsync(ClaimsPrincipal user, Guid cohortId, string culture, string verifyBaseUrl, CancellationToken cancellationToken = default)
    {
        await using var db = await dbFactory.CreateDbContextAsync(cancellationToken);
        var cohort = await db.Cohorts.AsNoTracking().SingleOrDefaultAsync(c => c.Id == cohortId, cancellationToken);
        if (cohort is null) return CommonErrors.NotFound;
        var allowed = await authorisation.EnsureCanManageAsync(user, cohort, cancellationToken);
        if (!allowed.IsSuccess) return allowed.Error!;
        var batch = CertificateBatch.Request(cohortId, user.MemberId()!.Value, culture, clock.GetUtcNow());
        db.CertificateBatches.Add(batch);
        await db.SaveChangesAsync(cancellationToken);
        jobs.Enqueue<CertificateZipJob>(job => job.RunAsync(batch.Id, verifyBaseUrl, CancellationToken.None));
        return batch.Id;
    }

    public async Task<BatchProgress?> LatestAsync(Guid cohortId, CancellationToken cancellationToken = default)
    {
        await using var db = await dbFactory.CreateDbContextAsync(cancellationToken);
        var batch = await db.CertificateBatches.AsNoTracking().Where(b => b.CohortId == cohortId)
            .OrderByDescending(b => b.RequestedAt).FirstOrDefaultAsync(cancellationToken);
        return batch is null ? null : new BatchProgress(batch.Id, batch.Status, batch.Done, batch.Total, batch.Percent, batch.Bytes, batch.RequestedAt);
    }

    /// <summary>The finished ZIP's path for someone who may manage its cohort; null otherwise.</summary>
    public async Task<string?> FileForAsync(ClaimsPrincipal user, Guid batchId, CancellationToken cancellationToken = default)
    {
        await using var db = await dbFactory.CreateDbContextAsync(cancellationToken);
        var batch = await db.CertificateBatches.AsNoTracking().SingleOrDefaultAsync(b => b.Id == batchId, cancellationToken);
        if (batch is not { Status: BatchStatus.Done }) return null;
        var cohort = await db.Cohorts.AsNoTracking().SingleAsync(c => c.Id == batch.CohortId, cancellationToken);
        if (!await authorisation.CanManageAsync(user, cohort, cancellationToken)) return null;
        var file = FileOf(batchId);
        return File.Exists(file) ? file : null;
    }
}

/// <summary>Renders a cohort's valid certificates into one ZIP file. Safe to run twice: a finished batch is left alone.</summary>
public sealed class CertificateZipJob(IDbContextFactory<CollabDbContext> dbFactory, CertificateBatches batches, ILiveBus bus,
    TimeProvider clock, ILogger<CertificateZipJob> logger)
{
    public async Task RunAsync(Guid batchId, string verifyBaseUrl, CancellationToken cancellationToken)
    {
        await using var db = await dbFactory.CreateDbContextAsync(cancellationToken);
        var batch = await db.CertificateBatches.SingleOrDefaultAsync(b => b.Id == batchId, cancellationToken);
        if (batch is null || batch.Status == BatchStatus.Done) return;
        var certificates = await db.Certificates.AsNoTracking().Where(c => c.CohortId == batch.CohortId && c.RevokedAt == null)
            .OrderBy(c => c.Year).ThenBy(c => c.Sequence).ToListAsync(cancellationToken);
        var contents = certificates.Select(c => Certificates.CertificateContent.From(c, verifyBaseUrl)).ToList();
        certificates.Clear();
        batch.Start(contents.Count);
        await db.SaveChangesAsync(cancellationToken);
        await bus.PublishAsync(CertificateBatches.TopicOf(batch.CohortId), batch.Id);

        var file = batches.FileOf(batchId);
        Directory.CreateDirectory(Path.GetDirectoryName(file)!);
        var partial = file + ".part";
        try
        {
            await using (var output = new FileStream(partial, FileMode.Create, FileAccess.Write, FileShare.None, 1 << 16))
            {
                await Certificates.CertificateZipWriter.WriteAsync(contents, Certificates.CertificateLabelSource.For(batch.Culture), output, async done =>
                {
                    batch.Progress(done);
                    await db.SaveChangesAsync(cancellationToken);
                    await bus.PublishAsync(CertificateBatches.TopicOf(batch.CohortId), batch.Id);
                }, cancellationToken);
            }

            File.Move(partial, file, overwrite: true);
            batch.Finish(new FileInfo(file).Length, clock.GetUtcNow());
        }
        catch (Exception exception) when (exception is IOException or InvalidOperationException)
        {
            logger.LogError(exception, "The certificate ZIP {Batch} failed.", batchId);
            batch.Fail(clock.GetUtcNow());
        }

        await db.SaveChangesAsync(cancellationToken);
        await bus.PublishAsync(CertificateBatches.TopicOf(batch.CohortId), batch.Id);
    }
}
