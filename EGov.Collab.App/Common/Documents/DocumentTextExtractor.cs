using System.Text;
using DocumentFormat.OpenXml;
using DocumentFormat.OpenXml.Packaging;
using DocumentFormat.OpenXml.Wordprocessing;
using EGov.Collab.Domain.Common.Documents;
using UglyToad.PdfPig;
using UglyToad.PdfPig.DocumentLayoutAnalysis.TextExtractor;
using UglyToad.PdfPig.Exceptions;

namespace EGov.Collab.App.Common.Documents;

/// <summary>
/// Reads the text of a PDF page by page (PdfPig) or of a DOCX split at its page breaks (OpenXml), within limits:
/// pages, time (the token) and what it may allocate. Synchronous and CPU-bound: the job runs it off any circuit.
/// </summary>
public sealed class DocumentTextExtractor(DocumentStoreOptions limits)
{
    public ExtractionOutcome Extract(string path, DocumentKind kind, CancellationToken cancellationToken)
    {
        var budget = new AllocationBudget(limits.ExtractionAllocationBudget);
        try
        {
            return kind switch
            {
                DocumentKind.Pdf => Pdf(path, budget, cancellationToken),
                DocumentKind.Docx => Docx(path, budget, cancellationToken),
                _ => new ExtractionOutcome(ExtractionStatus.NotApplicable, [], null, null),
            };
        }
        catch (PdfDocumentEncryptedException)
        {
            return new ExtractionOutcome(ExtractionStatus.NoText, [], null, "encrypted");
        }
        catch (OperationCanceledException)
        {
            return ExtractionOutcome.Failed("time limit");
        }
        catch (BudgetExceededException)
        {
            return ExtractionOutcome.Failed("memory limit");
        }
        catch (Exception exception) when (exception is not OutOfMemoryException)
        {
            // A damaged or hostile file: whatever the parser threw, the file stays stored and is marked as failed.
            return ExtractionOutcome.Failed($"{exception.GetType().Name}: {exception.Message}");
        }
    }

    private ExtractionOutcome Pdf(string path, AllocationBudget budget, CancellationToken cancellationToken)
    {
        using var document = PdfDocument.Open(path, new ParsingOptions { UseLenientParsing = true, SkipMissingFonts = true });
        var count = document.NumberOfPages;
        var pages = new List<DocumentPage>(Math.Min(count, limits.MaxPages));
        for (var number = 1; number <= Math.Min(count, limits.MaxPages); number++)
        {
            cancellationToken.ThrowIfCancellationRequested();
            var page = document.GetPage(number);
            pages.Add(new DocumentPage(number, Normalise(ContentOrderTextExtractor.GetText(page))));
            budget.Check();
        }
        return Outcome(pages, count, count > limits.MaxPages ? $"only the first {limits.MaxPages} pages" : null);
    }

    private ExtractionOutcome Docx(string path, AllocationBudget budget, CancellationToken cancellationToken)
    {
        var settings = new OpenSettings { MaxCharactersInPart = limits.MaxUnpackedBytes / 2 };
        using var document = WordprocessingDocument.Open(path, false, settings);
        var body = document.MainDocumentPart?.Document?.Body;
        if (body is null) return new ExtractionOutcome(ExtractionStatus.NoText, [], 0, "no body");
        var pages = new List<DocumentPage>();
        var text = new StringBuilder();
        foreach (var paragraph in body.Descendants<Paragraph>())
        {
            cancellationToken.ThrowIfCancellationRequested();
            if (paragraph.ParagraphProperties?.PageBreakBefore is not null && text.Length > 0) NextPage();
            foreach (var element in paragraph.Descendants())
            {
                switch (element)
                {
                    case Text run:
                        text.Append(run.Text);
                        break;
                    case TabChar:
                        text.Append(' ');
                        break;
                    case Break { Type.Value: var type } when type == BreakValues.Page:
                        NextPage();
                        break;
                }
            }
            text.Append('\n');
            budget.Check();
            if (pages.Count >= limits.MaxPages) break;
        }
        if (text.Length > 0 || pages.Count == 0) NextPage();
        return Outcome(pages, pages.Count, null);

        void NextPage()
        {
            pages.Add(new DocumentPage(pages.Count + 1, Normalise(text.ToString())));
            text.Clear();
        }
    }

    private static ExtractionOutcome Outcome(List<DocumentPage> pages, int count, string? note) =>
        pages.Any(p => p.Text.Length > 0)
            ? new ExtractionOutcome(ExtractionStatus.Extracted, pages, count, note)
            : new ExtractionOutcome(ExtractionStatus.NoText, [], count, note ?? "no text layer");

    private static string Normalise(string text) => text.Replace("\0", "", StringComparison.Ordinal).Trim();

    /// <summary>What the extracting thread has allocated since it started, checked between pages and paragraphs.</summary>
    private sealed class AllocationBudget(long bytes)
    {
        private readonly long _start = GC.GetAllocatedBytesForCurrentThread();

        public void Check()
        {
            if (GC.GetAllocatedBytesForCurrentThread() - _start > bytes) throw new BudgetExceededException();
        }
    }

    private sealed class BudgetExceededException : Exception;
}
