using EGov.Collab.Domain.Common;
using EGov.Collab.Domain.Common.Documents;

namespace EGov.Collab.App.Common.Documents;

/// <summary>
/// The portal's one store of uploaded files, shared by the library, methodology, practices, projects, cities, readiness
/// evidence and contest attachments. Files live in the data folder under their SHA-256 (identical files are kept once),
/// their kind is decided by content, and the text of PDFs and DOCX files is extracted page by page by a background job.
/// A module keeps the <see cref="StoredDocument.Id"/> in its own rows and serves the file through its own endpoint after
/// its own access check, with <see cref="DocumentResults"/>.
/// </summary>
public interface IDocumentStore
{
    /// <summary>
    /// Reads <paramref name="content"/> to the end (within <see cref="DocumentUpload.MaxBytes"/>), checks its kind against
    /// the allowed kinds and against the file name's extension, and stores it. A file already stored (same SHA-256) is not
    /// stored twice: the existing document comes back with <see cref="StoredDocument.AlreadyStored"/> set, so a module can
    /// point to whoever holds it. Nothing is kept when the result fails.
    /// </summary>
    Task<Result<StoredDocument>> SaveAsync(Stream content, string fileName, DocumentUpload upload, CancellationToken cancellationToken = default);

    Task<StoredDocument?> FindAsync(Guid documentId, CancellationToken cancellationToken = default);

    /// <summary>The file's bytes; the caller disposes the stream. Null when the document or its file is gone.</summary>
    Task<Stream?> OpenReadAsync(Guid documentId, CancellationToken cancellationToken = default);

    /// <summary>The extracted text, one entry per page (a DOCX is split at its page breaks), in page order.</summary>
    Task<IReadOnlyList<DocumentPage>> PagesAsync(Guid documentId, CancellationToken cancellationToken = default);
}

/// <summary>What a module allows for one upload.</summary>
/// <param name="AllowedKinds">Kinds the module accepts; anything else is refused by content.</param>
/// <param name="UploadedBy">The member uploading, or null for seeding and jobs.</param>
/// <param name="MaxBytes">Null takes the configured limit (<c>Documents:MaxBytes</c>, 50 MB by default).</param>
public sealed record DocumentUpload(IReadOnlyCollection<DocumentKind> AllowedKinds, Guid? UploadedBy, long? MaxBytes = null)
{
    public static DocumentUpload Documents(Guid? uploadedBy) => new(DocumentKinds.Documents, uploadedBy);

    public static DocumentUpload Images(Guid? uploadedBy, long? maxBytes = null) => new(DocumentKinds.Images, uploadedBy, maxBytes);
}

/// <summary>A stored file as modules see it.</summary>
public sealed record StoredDocument(
    Guid Id,
    string Sha256,
    DocumentKind Kind,
    long Length,
    string FileName,
    DateTimeOffset StoredAt,
    ExtractionStatus Extraction,
    int? PageCount,
    bool AlreadyStored = false)
{
    public string ContentType => Kind.ContentType();
}

/// <summary>The text of one page; <see cref="Number"/> counts from 1.</summary>
public sealed record DocumentPage(int Number, string Text);
