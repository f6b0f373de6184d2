using Hangfire;

namespace EGov.Collab.App.Common.Documents;

/// <summary>Puts a stored document's text extraction in the background queue.</summary>
public interface IDocumentExtractionScheduler
{
    void Enqueue(Guid documentId);
}

public sealed class HangfireDocumentExtractionScheduler(IBackgroundJobClient jobs) : IDocumentExtractionScheduler
{
    public void Enqueue(Guid documentId) => jobs.Enqueue<ExtractDocumentTextJob>(job => job.RunAsync(documentId, CancellationToken.None));
}

/// <summary>
/// Told when a document's text has been extracted (or found missing), so that a module can refresh what it derives from
/// the text, such as the library's search documents. Register with <c>services.AddScoped&lt;IDocumentTextListener, X&gt;()</c>.
/// </summary>
public interface IDocumentTextListener
{
    Task TextExtractedAsync(Guid documentId, CancellationToken cancellationToken);
}
