using EGov.Collab.App.Common;
using EGov.Collab.App.Common.Documents;
using EGov.Collab.Domain.Common.Documents;
using EGov.Collab.Tests.Support;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Logging.Abstractions;
using Microsoft.Extensions.Options;

namespace EGov.Collab.Tests.Integration.Documents;

public sealed class DocumentStoreTests : IDisposable
{
    private readonly TestDatabase _database = new();
    private readonly DirectoryInfo _folder = Directory.CreateTempSubdirectory("egov-documents-");
    private readonly RecordingScheduler _scheduler = new();
    private readonly DocumentStoreOptions _options = new();
    private readonly DocumentStorage _storage;
    private readonly FileSystemDocumentStore _store;
    private readonly Guid _member = Guid.NewGuid();

    public DocumentStoreTests()
    {
        _storage = new DocumentStorage(new PortalPaths(_folder.FullName));
        _store = new FileSystemDocumentStore(_database.Factory, _storage, Options.Create(_options), _scheduler, TimeProvider.System);
    }

    public void Dispose()
    {
        _database.Dispose();
        _folder.Delete(recursive: true);
    }

    [Fact]
    public async Task Save_Pdf_KeepsItUnderItsHash_AndQueuesExtraction()
    {
        var pdf = DocumentFiles.ThreePagePdf();

        var result = await SaveAsync(pdf, "Рекомендації.pdf");

        Assert.True(result.IsSuccess, result.Error?.ToString());
        var document = result.Value;
        Assert.Equal(DocumentKind.Pdf, document.Kind);
        Assert.Equal(pdf.Length, document.Length);
        Assert.Equal(Convert.ToHexStringLower(System.Security.Cryptography.SHA256.HashData(pdf)), document.Sha256);
        Assert.Equal(pdf, await File.ReadAllBytesAsync(_storage.PathOf(document.Sha256)));
        Assert.Equal([document.Id], _scheduler.Queued);
        await using var stream = await _store.OpenReadAsync(document.Id);
        Assert.NotNull(stream);
        Assert.Equal(pdf.Length, stream.Length);
    }

    [Fact]
    public async Task Save_SameContentTwice_KeepsOneCopy_AndPointsToTheFirst()
    {
        var pdf = DocumentFiles.ThreePagePdf();
        var first = (await SaveAsync(pdf, "a.pdf")).Value;

        var second = await SaveAsync(pdf, "інша назва.pdf");

        Assert.True(second.Value.AlreadyStored);
        Assert.Equal(first.Id, second.Value.Id);
        Assert.Equal("a.pdf", second.Value.FileName);
        await using var db = _database.CreateContext();
        Assert.Equal(1, await db.StoredFiles.CountAsync());
        Assert.Single(_scheduler.Queued);
        Assert.Single(Directory.GetFiles(_storage.Root, "*", SearchOption.AllDirectories));
    }

    [Fact]
    public async Task Save_PngNamedPdf_IsRefusedByContent_AndNothingIsKept()
    {
        var result = await SaveAsync(DocumentFiles.Png(), "report.pdf", new DocumentUpload([DocumentKind.Pdf, DocumentKind.Png], _member));

        Assert.Equal(DocumentErrors.ExtensionMismatch, result.Error);
        await AssertNothingStoredAsync();
    }

    [Fact]
    public async Task Save_ImageWhereOnlyDocumentsAreAllowed_IsRefused()
    {
        var result = await SaveAsync(DocumentFiles.Png(), "cover.png");

        Assert.Equal(DocumentErrors.KindNotAllowed, result.Error);
        await AssertNothingStoredAsync();
    }

    [Fact]
    public async Task Save_EmptyOrOversizedFile_IsRefused()
    {
        Assert.Equal(DocumentErrors.Empty, (await SaveAsync([], "empty.pdf")).Error);
        var pdf = DocumentFiles.ThreePagePdf();
        var limited = DocumentUpload.Documents(_member) with { MaxBytes = pdf.Length - 1 };
        Assert.Equal(DocumentErrors.TooLarge, (await SaveAsync(pdf, "big.pdf", limited)).Error);
        await AssertNothingStoredAsync();
    }

    [Fact]
    public async Task Save_UploadLargerThanTheConfiguredLimit_IsRefusedWhateverTheModuleAsks()
    {
        var pdf = DocumentFiles.ThreePagePdf();
        _options.MaxBytes = pdf.Length - 1;

        var result = await SaveAsync(pdf, "big.pdf", DocumentUpload.Documents(_member) with { MaxBytes = long.MaxValue });

        Assert.Equal(DocumentErrors.TooLarge, result.Error);
        await AssertNothingStoredAsync();
    }

    [Fact]
    public async Task Save_CorruptPdf_IsRefusedAsDamaged()
    {
        var corrupt = "%PDF-1.7\n1 0 obj << /Type /Catalog /Pages 9 0 R >> endobj\ntrailer << /Root 1 0 R >>\n%%EOF"u8.ToArray();

        var result = await SaveAsync(corrupt, "broken.pdf");

        Assert.Equal(DocumentErrors.Damaged, result.Error);
        await AssertNothingStoredAsync();
    }

    [Fact]
    public async Task Save_ArchiveThatUnpacksPastTheLimit_IsRefusedWithoutUnpacking()
    {
        _options.MaxUnpackedBytes = 1024 * 1024;
        var bomb = DocumentFiles.ZipBomb(8 * 1024 * 1024);

        var result = await SaveAsync(bomb, "bomb.docx");

        Assert.Equal(DocumentErrors.UnpacksTooLarge, result.Error);
        await AssertNothingStoredAsync();
    }

    [Fact]
    public async Task Save_Docx_IsRecognisedByItsParts()
    {
        var result = await SaveAsync(DocumentFiles.TwoPageDocx(), "Положення.docx");

        Assert.Equal(DocumentKind.Docx, result.Value.Kind);
        Assert.Equal(ExtractionStatus.Pending, result.Value.Extraction);
    }

    [Fact]
    public async Task Extraction_Pdf_KeepsTheTextOfEveryPage()
    {
        var document = (await SaveAsync(DocumentFiles.ThreePagePdf(), "r.pdf")).Value;
        var listener = new RecordingListener();

        await Job(listener).RunAsync(document.Id, CancellationToken.None);

        var pages = await _store.PagesAsync(document.Id);
        Assert.Equal([1, 2, 3], pages.Select(p => p.Number));
        for (var i = 0; i < 3; i++) Assert.Contains(DocumentFiles.PageTexts[i], pages[i].Text, StringComparison.Ordinal);
        var stored = await _store.FindAsync(document.Id);
        Assert.Equal(ExtractionStatus.Extracted, stored!.Extraction);
        Assert.Equal(3, stored.PageCount);
        Assert.Equal([document.Id], listener.Told);
    }

    [Fact]
    public async Task Extraction_RunTwice_LeavesOneSetOfPages()
    {
        var document = (await SaveAsync(DocumentFiles.ThreePagePdf(), "r.pdf")).Value;

        await Job().RunAsync(document.Id, CancellationToken.None);
        await Job().RunAsync(document.Id, CancellationToken.None);

        Assert.Equal(3, (await _store.PagesAsync(document.Id)).Count);
    }

    [Fact]
    public async Task Extraction_Docx_SplitsAtPageBreaks()
    {
        var document = (await SaveAsync(DocumentFiles.TwoPageDocx(), "p.docx")).Value;

        await Job().RunAsync(document.Id, CancellationToken.None);

        var pages = await _store.PagesAsync(document.Id);
        Assert.Equal(2, pages.Count);
        Assert.Contains("Стаття 1. Загальні положення", pages[0].Text, StringComparison.Ordinal);
        Assert.Contains(DocumentFiles.PageTexts[1], pages[1].Text, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Extraction_ScannedPdf_IsKeptAndFlaggedNoText()
    {
        var document = (await SaveAsync(DocumentFiles.ImageOnlyPdf(), "scan.pdf")).Value;

        await Job().RunAsync(document.Id, CancellationToken.None);

        Assert.Equal(ExtractionStatus.NoText, (await _store.FindAsync(document.Id))!.Extraction);
        Assert.Empty(await _store.PagesAsync(document.Id));
        Assert.NotNull(await _store.OpenReadAsync(document.Id));
    }

    [Fact]
    public async Task Extraction_PastItsMemoryBudget_FailsCleanly_AndTheFileStays()
    {
        var document = (await SaveAsync(DocumentFiles.ThreePagePdf(), "r.pdf")).Value;
        _options.ExtractionAllocationBudget = 1;

        await Job().RunAsync(document.Id, CancellationToken.None);

        var stored = await _store.FindAsync(document.Id);
        Assert.Equal(ExtractionStatus.Failed, stored!.Extraction);
        Assert.Empty(await _store.PagesAsync(document.Id));
        Assert.NotNull(await _store.OpenReadAsync(document.Id));
    }

    [Fact]
    public void Extractor_DocxPartLargerThanItsLimit_FailsInsteadOfUnpackingIt()
    {
        // A container whose directory understates a part is caught while unpacking: the reader stops at the limit.
        var path = Path.Combine(_folder.FullName, "big.docx");
        File.WriteAllBytes(path, DocumentFiles.TwoPageDocx());
        var extractor = new DocumentTextExtractor(new DocumentStoreOptions { MaxUnpackedBytes = 200 });

        var outcome = extractor.Extract(path, DocumentKind.Docx, CancellationToken.None);

        Assert.Equal(ExtractionStatus.Failed, outcome.Status);
    }

    private Task<EGov.Collab.Domain.Common.Result<StoredDocument>> SaveAsync(byte[] content, string name, DocumentUpload? upload = null) =>
        _store.SaveAsync(new MemoryStream(content), name, upload ?? DocumentUpload.Documents(_member));

    private ExtractDocumentTextJob Job(IDocumentTextListener? listener = null) =>
        new(_database.Factory, _storage, Options.Create(_options), listener is null ? [] : [listener], TimeProvider.System,
            NullLogger<ExtractDocumentTextJob>.Instance);

    private async Task AssertNothingStoredAsync()
    {
        await using var db = _database.CreateContext();
        Assert.Equal(0, await db.StoredFiles.CountAsync());
        Assert.Empty(Directory.Exists(_storage.Root) ? Directory.GetFiles(_storage.Root, "*", SearchOption.AllDirectories) : []);
        Assert.Empty(_scheduler.Queued);
    }

    private sealed class RecordingScheduler : IDocumentExtractionScheduler
    {
        public List<Guid> Queued { get; } = [];

        public void Enqueue(Guid documentId) => Queued.Add(documentId);
    }

    private sealed class RecordingListener : IDocumentTextListener
    {
        public List<Guid> Told { get; } = [];

        public Task TextExtractedAsync(Guid documentId, CancellationToken cancellationToken)
        {
            Told.Add(documentId);
            return Task.CompletedTask;
        }
    }
}
