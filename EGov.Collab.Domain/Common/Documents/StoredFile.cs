namespace EGov.Collab.Domain.Common.Documents;

/// <summary>
/// One file in the document store, kept once per content (its SHA-256). Modules point to it by <see cref="Id"/>; the file
/// name is the one it was first uploaded under.
/// </summary>
public sealed class StoredFile
{
    public const int Sha256Length = 64;
    public const int FileNameMaxLength = 255;
    public const int NoteMaxLength = 500;

    private StoredFile()
    {
        Sha256 = "";
        FileName = "";
    }

    public Guid Id { get; private set; }
    public string Sha256 { get; private set; }
    public DocumentKind Kind { get; private set; }
    public long Length { get; private set; }
    public string FileName { get; private set; }
    public Guid? UploadedBy { get; private set; }
    public DateTimeOffset StoredAt { get; private set; }
    public ExtractionStatus Extraction { get; private set; }
    public int? PageCount { get; private set; }
    public DateTimeOffset? ExtractedAt { get; private set; }

    /// <summary>Why extraction found no text or failed (a limit, a damaged file); for administrators, not a user message.</summary>
    public string? ExtractionNote { get; private set; }

    public static StoredFile Create(string sha256, DocumentKind kind, long length, string fileName, Guid? uploadedBy, DateTimeOffset now)
    {
        if (sha256 is not { Length: Sha256Length } || !sha256.All(char.IsAsciiHexDigitLower))
            throw new ArgumentException("A SHA-256 is 64 lower-case hex digits.", nameof(sha256));
        if (!Enum.IsDefined(kind)) throw new ArgumentOutOfRangeException(nameof(kind));
        ArgumentOutOfRangeException.ThrowIfNegativeOrZero(length);
        return new StoredFile
        {
            Id = Guid.CreateVersion7(),
            Sha256 = sha256,
            Kind = kind,
            Length = length,
            FileName = DocumentRules.CleanFileName(fileName),
            UploadedBy = uploadedBy,
            StoredAt = now,
            Extraction = kind.HasText() ? ExtractionStatus.Pending : ExtractionStatus.NotApplicable,
        };
    }

    /// <summary>Records the outcome of text extraction: pages with text, pages with none (scanned or encrypted), or failure.</summary>
    public void RecordExtraction(ExtractionStatus status, int? pageCount, string? note, DateTimeOffset now)
    {
        if (status is ExtractionStatus.Pending or ExtractionStatus.NotApplicable)
            throw new ArgumentOutOfRangeException(nameof(status), status, "An outcome is extracted, no text or failed.");
        Extraction = status;
        PageCount = pageCount;
        ExtractionNote = note is null ? null : note.Length <= NoteMaxLength ? note : note[..NoteMaxLength];
        ExtractedAt = now;
    }

    /// <summary>Puts the file back in the queue (after the extractor improved, or by an administrator).</summary>
    public void RequestExtraction()
    {
        if (!Kind.HasText()) return;
        Extraction = ExtractionStatus.Pending;
        ExtractionNote = null;
    }
}

/// <summary>The extracted text of one page of a <see cref="StoredFile"/>.</summary>
public sealed class StoredFilePage
{
    public const int TextMaxLength = 100_000;

    private StoredFilePage()
    {
        Text = "";
    }

    public Guid FileId { get; private set; }
    public int Number { get; private set; }
    public string Text { get; private set; }

    public static StoredFilePage Create(Guid fileId, int number, string text)
    {
        ArgumentOutOfRangeException.ThrowIfLessThan(number, 1);
        var clean = (text ?? "").Replace("\0", "", StringComparison.Ordinal);
        return new StoredFilePage { FileId = fileId, Number = number, Text = clean.Length <= TextMaxLength ? clean : clean[..TextMaxLength] };
    }
}
