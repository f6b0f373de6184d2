using System.Security.Cryptography;
using EGov.Collab.Data;
using EGov.Collab.Domain.Common;
using EGov.Collab.Domain.Common.Documents;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;
using UglyToad.PdfPig;
using UglyToad.PdfPig.Exceptions;

namespace EGov.Collab.App.Common.Documents;

/// <summary>The document store on the data folder and the database; see <see cref="IDocumentStore"/>.</summary>
public sealed class FileSystemDocumentStore(
    IDbContextFactory<CollabDbContext> dbFactory,
    DocumentStorage storage,
    IOptions<DocumentStoreOptions> options,
    IDocumentExtractionScheduler extraction,
    TimeProvider clock) : IDocumentStore
{
    /// <summary>How long the upload check may spend opening a PDF before it leaves the verdict to the extraction job.</summary>
    private static readonly TimeSpan PdfCheckTime = TimeSpan.FromSeconds(10);

    public async Task<Result<StoredDocument>> SaveAsync(Stream content, string fileName, DocumentUpload upload, CancellationToken cancellationToken = default)
    {
        var limits = options.Value;
        var maxBytes = Math.Min(upload.MaxBytes ?? limits.MaxBytes, limits.MaxBytes);
        if (DocumentRules.CleanFileName(fileName).Length == 0) return DocumentErrors.FileNameRequired;
        var incoming = storage.NewIncomingFile();
        try
        {
            var received = await ReceiveAsync(content, incoming, maxBytes, cancellationToken);
            if (!received.IsSuccess) return received.Error!;
            var (sha256, length, head) = received.Value;

            var kind = FileSignature.Detect(head, fileName);
            if (kind == DocumentKind.Zip && length > 0)
            {
                await using var zip = File.OpenRead(incoming);
                var inspected = ContainerInspector.Inspect(zip, limits);
                if (!inspected.IsSuccess) return inspected.Error!;
                kind = inspected.Value;
            }
            var check = DocumentRules.Check(fileName, length, maxBytes, kind, upload.AllowedKinds);
            if (!check.IsSuccess) return check.Error!;
            if (kind == DocumentKind.Pdf && !await OpensAsPdfAsync(incoming)) return DocumentErrors.Damaged;

            var existing = await FindBySha256Async(sha256, cancellationToken);
            if (existing is not null) return existing with { AlreadyStored = true };
            return await KeepAsync(incoming, StoredFile.Create(sha256, kind!.Value, length, fileName, upload.UploadedBy, clock.GetUtcNow()), cancellationToken);
        }
        finally
        {
            if (File.Exists(incoming)) File.Delete(incoming);
        }
    }

    public async Task<StoredDocument?> FindAsync(Guid documentId, CancellationToken cancellationToken = default)
    {
        await using var db = await dbFactory.CreateDbContextAsync(cancellationToken);
        var file = await db.StoredFiles.AsNoTracking().SingleOrDefaultAsync(f => f.Id == documentId, cancellationToken);
        return file is null ? null : ToDocument(file);
    }

    public async Task<Stream?> OpenReadAsync(Guid documentId, CancellationToken cancellationToken = default)
    {
        var document = await FindAsync(documentId, cancellationToken);
        if (document is null) return null;
        var path = storage.PathOf(document.Sha256);
        return File.Exists(path)
            ? new FileStream(path, FileMode.Open, FileAccess.Read, FileShare.Read, 64 * 1024, FileOptions.Asynchronous | FileOptions.SequentialScan)
            : null;
    }

    public async Task<IReadOnlyList<DocumentPage>> PagesAsync(Guid documentId, CancellationToken cancellationToken = default)
    {
        await using var db = await dbFactory.CreateDbContextAsync(cancellationToken);
        return await db.StoredFilePages.AsNoTracking()
            .Where(p => p.FileId == documentId)
            .OrderBy(p => p.Number)
            .Select(p => new DocumentPage(p.Number, p.Text))
            .ToListAsync(cancellationToken);
    }

    /// <summary>Copies the upload to <paramref name="path"/>, hashing as it goes and stopping one byte past the limit.</summary>
    private static async Task<Result<(string Sha256, long Length, byte[] Head)>> ReceiveAsync(Stream content, string path, long maxBytes, CancellationToken cancellationToken)
    {
        using var hash = IncrementalHash.CreateHash(HashAlgorithmName.SHA256);
        var head = new byte[DocumentRules.HeadLength];
        var headLength = 0;
        long length = 0;
        var buffer = new byte[81_920];
        await using (var target = new FileStream(path, FileMode.CreateNew, FileAccess.Write, FileShare.None, 81_920, FileOptions.Asynchronous))
        {
            int read;
            while ((read = await content.ReadAsync(buffer, cancellationToken)) > 0)
            {
                length += read;
                if (length > maxBytes) return DocumentErrors.TooLarge;
                if (headLength < head.Length)
                {
                    var take = Math.Min(read, head.Length - headLength);
                    Array.Copy(buffer, 0, head, headLength, take);
                    headLength += take;
                }
                hash.AppendData(buffer, 0, read);
                await target.WriteAsync(buffer.AsMemory(0, read), cancellationToken);
            }
        }
        if (length == 0) return DocumentErrors.Empty;
        return (Convert.ToHexStringLower(hash.GetHashAndReset()), length, head[..headLength]);
    }

    /// <summary>A PDF must open (an encrypted one opens far enough to say so); a hostile one that takes too long is left to the job.</summary>
    private static async Task<bool> OpensAsPdfAsync(string path)
    {
        var open = Task.Run(() =>
        {
            try
            {
                using var document = PdfDocument.Open(path, new ParsingOptions { UseLenientParsing = true, SkipMissingFonts = true });
                return document.NumberOfPages > 0;
            }
            catch (PdfDocumentEncryptedException)
            {
                return true;
            }
            catch (Exception exception) when (exception is not OutOfMemoryException)
            {
                return false;
            }
        });
        return await Task.WhenAny(open, Task.Delay(PdfCheckTime)) != open || await open;
    }

    private async Task<StoredDocument?> FindBySha256Async(string sha256, CancellationToken cancellationToken)
    {
        await using var db = await dbFactory.CreateDbContextAsync(cancellationToken);
        var file = await db.StoredFiles.AsNoTracking().SingleOrDefaultAsync(f => f.Sha256 == sha256, cancellationToken);
        return file is null ? null : ToDocument(file);
    }

    private async Task<Result<StoredDocument>> KeepAsync(string incoming, StoredFile file, CancellationToken cancellationToken)
    {
        var path = storage.PathOf(file.Sha256);
        var placed = !File.Exists(path);
        if (placed)
        {
            Directory.CreateDirectory(Path.GetDirectoryName(path)!);
            File.Move(incoming, path);
        }
        try
        {
            await using var db = await dbFactory.CreateDbContextAsync(cancellationToken);
            db.StoredFiles.Add(file);
            await db.SaveChangesAsync(cancellationToken);
        }
        catch (DbUpdateException)
        {
            // Another upload of the same content won the race: its row stands, and so does the one file on disk.
            var winner = await FindBySha256Async(file.Sha256, CancellationToken.None);
            if (winner is not null) return winner with { AlreadyStored = true };
            if (placed) File.Delete(path);
            throw;
        }
        if (file.Extraction == ExtractionStatus.Pending) extraction.Enqueue(file.Id);
        return ToDocument(file);
    }

    private static StoredDocument ToDocument(StoredFile file) =>
        new(file.Id, file.Sha256, file.Kind, file.Length, file.FileName, file.StoredAt, file.Extraction, file.PageCount);
}
