using EGov.Collab.Data;
using EGov.Collab.Domain.Common.Documents;
using Hangfire;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;

namespace EGov.Collab.App.Common.Documents;

/// <summary>
/// Extracts a stored document's text into its pages. Safe to run twice (only a pending document is extracted, and its
/// pages are replaced whole). Not retried: a file that broke a limit once breaks it again.
/// </summary>
public sealed class ExtractDocumentTextJob(
    IDbContextFactory<CollabDbContext> dbFactory,
    DocumentStorage storage,
    IOptions<DocumentStoreOptions> options,
    IEnumerable<IDocumentTextListener> listeners,
    TimeProvider clock,
    ILogger<ExtractDocumentTextJob> logger)
{
    [AutomaticRetry(Attempts = 0)]
    public async Task RunAsync(Guid documentId, CancellationToken cancellationToken)
    {
        StoredFile? file;
        await using (var db = await dbFactory.CreateDbContextAsync(cancellationToken))
            file = await db.StoredFiles.AsNoTracking().SingleOrDefaultAsync(f => f.Id == documentId, cancellationToken);
        if (file is not { Extraction: ExtractionStatus.Pending }) return;

        var outcome = await ExtractAsync(file, cancellationToken);
        await SaveAsync(documentId, outcome, cancellationToken);
        if (outcome.Status == ExtractionStatus.Failed)
            logger.LogWarning("Text extraction of document {DocumentId} failed: {Note}", documentId, outcome.Note);
        foreach (var listener in listeners)
            await listener.TextExtractedAsync(documentId, cancellationToken);
    }

    private async Task<ExtractionOutcome> ExtractAsync(StoredFile file, CancellationToken cancellationToken)
    {
        var path = storage.PathOf(file.Sha256);
        if (!File.Exists(path)) return ExtractionOutcome.Failed("file missing");
        var limits = options.Value;
        using var timeout = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken);
        timeout.CancelAfter(limits.ExtractionTimeout);
        var extractor = new DocumentTextExtractor(limits);
        // Its own thread, so a parser stuck inside one page cannot hold a pool thread; the token stops it between pages,
        // and past the time limit (plus a grace) the job records the failure without waiting for it.
        var extraction = Task.Factory.StartNew(
            () => extractor.Extract(path, file.Kind, timeout.Token),
            CancellationToken.None, TaskCreationOptions.LongRunning, TaskScheduler.Default);
        var finished = await Task.WhenAny(extraction, Task.Delay(limits.ExtractionTimeout + TimeSpan.FromSeconds(5), cancellationToken));
        // The server stopping is no verdict on the file: let the job run again rather than mark it failed.
        cancellationToken.ThrowIfCancellationRequested();
        return finished == extraction ? await extraction : ExtractionOutcome.Failed("time limit");
    }

    private async Task SaveAsync(Guid documentId, ExtractionOutcome outcome, CancellationToken cancellationToken)
    {
        await using var db = await dbFactory.CreateDbContextAsync(cancellationToken);
        await using var transaction = await db.Database.BeginTransactionAsync(cancellationToken);
        var file = await db.StoredFiles.SingleAsync(f => f.Id == documentId, cancellationToken);
        await db.StoredFilePages.Where(p => p.FileId == documentId).ExecuteDeleteAsync(cancellationToken);
        db.StoredFilePages.AddRange(outcome.Pages.Select(p => StoredFilePage.Create(documentId, p.Number, p.Text)));
        file.RecordExtraction(outcome.Status, outcome.PageCount, outcome.Note, clock.GetUtcNow());
        await db.SaveChangesAsync(cancellationToken);
        await transaction.CommitAsync(cancellationToken);
    }
}
