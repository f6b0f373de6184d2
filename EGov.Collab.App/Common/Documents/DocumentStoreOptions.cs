using EGov.Collab.Domain.Common.Documents;

namespace EGov.Collab.App.Common.Documents;

/// <summary>The <c>Documents</c> configuration section: what the store accepts and how far its extractor may go.</summary>
public sealed class DocumentStoreOptions
{
    public const string SectionName = "Documents";

    /// <summary>The largest upload any module may make (a module may set a lower one per upload).</summary>
    public long MaxBytes { get; set; } = DocumentRules.DefaultMaxBytes;

    /// <summary>The most a container (DOCX, XLSX, ZIP) may unpack to, by its parts' sizes, and the most any one part may.</summary>
    public long MaxUnpackedBytes { get; set; } = 200L * 1024 * 1024;

    public int MaxArchiveEntries { get; set; } = 5_000;

    /// <summary>Pages past this are not extracted; the file is still stored and its first pages searchable.</summary>
    public int MaxPages { get; set; } = 2_000;

    public TimeSpan ExtractionTimeout { get; set; } = TimeSpan.FromSeconds(60);

    /// <summary>What the extractor may allocate for one file before it gives up: the memory limit of a hostile file.</summary>
    public long ExtractionAllocationBudget { get; set; } = 2L * 1024 * 1024 * 1024;
}
