using Microsoft.Net.Http.Headers;

namespace EGov.Collab.App.Common.Documents;

/// <summary>Serves a stored document from a module's own endpoint, after that module has checked access.</summary>
public static class DocumentResults
{
    /// <param name="inline">True to show it in the browser (a PDF reader), false to download it.</param>
    /// <param name="fileName">The name the browser saves it under; the stored name when null.</param>
    public static async Task<IResult> FileAsync(IDocumentStore store, Guid documentId, bool inline, string? fileName = null, CancellationToken cancellationToken = default)
    {
        var document = await store.FindAsync(documentId, cancellationToken);
        if (document is null) return Results.NotFound();
        var stream = await store.OpenReadAsync(documentId, cancellationToken);
        if (stream is null) return Results.NotFound();
        return Results.File(
            stream,
            document.ContentType,
            inline ? null : (fileName ?? document.FileName),
            lastModified: document.StoredAt,
            entityTag: new EntityTagHeaderValue($"\"{document.Sha256}\""),
            enableRangeProcessing: true);
    }
}
