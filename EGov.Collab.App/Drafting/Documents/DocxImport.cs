using System.Collections.Immutable;
using System.Text;
using System.Text.RegularExpressions;
using DocumentFormat.OpenXml;
using DocumentFormat.OpenXml.Packaging;
using DocumentFormat.OpenXml.Wordprocessing;
using EGov.Collab.App.Common;
using EGov.Collab.Domain.Common;
using EGov.Collab.Domain.Drafting;
using EGov.Collab.Domain.Drafting.Editing;

namespace EGov.Collab.App.Drafting.Documents;

/// <summary>
/// Reads a .docx into provisions: headings and the drafter's own numbers («Розділ I», «Глава 2», «Стаття 3.», «1.»,
/// «1)») or Word's list numbering give the kind; the numbers themselves are dropped, because the draft numbers itself.
/// A file that is not a readable .docx, or one that unpacks beyond <see cref="UnpackLimits.OfficeDocument"/> or holds more
/// paragraphs than a draft may, is a refusal, never an exception; nothing is saved before the text is accepted.
/// </summary>
public static partial class DocxImport
{
    public const long MaxBytes = 10 * 1024 * 1024;

    /// <summary>Every paragraph, empty ones included, that parsing will walk before it gives up.</summary>
    public const int MaxParagraphs = 4 * DraftLimits.MaxProvisions;

    /// <summary>How long one import may parse before it is refused.</summary>
    public static readonly TimeSpan TimeLimit = TimeSpan.FromSeconds(20);

    // Parsing is CPU- and memory-bound: at most two imports run at once on the whole server.
    private static readonly SemaphoreSlim Gate = new(2, 2);

    /// <summary>Reads the file off the caller's thread (a Blazor circuit stays responsive), within <see cref="TimeLimit"/>.</summary>
    public static async Task<Result<DraftDocument>> ReadAsync(Stream docx, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(docx);
        var buffer = new MemoryStream();
        await using (buffer)
        {
            var copied = await CopyBoundedAsync(docx, buffer, cancellationToken);
            if (!copied) return DraftingErrors.FileTooLarge;
            buffer.Position = 0;
            using var limit = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken);
            limit.CancelAfter(TimeLimit);
            try
            {
                await Gate.WaitAsync(limit.Token);
                try
                {
                    return await Task.Run(() => Read(buffer, limit.Token), limit.Token);
                }
                finally
                {
                    Gate.Release();
                }
            }
            catch (OperationCanceledException) when (!cancellationToken.IsCancellationRequested)
            {
                return DraftingErrors.DocxTooSlow;
            }
        }
    }

    public static Result<DraftDocument> Read(Stream docx, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(docx);
        try
        {
            using var buffer = new MemoryStream();
            if (!CopyBoundedAsync(docx, buffer, cancellationToken).GetAwaiter().GetResult()) return DraftingErrors.FileTooLarge;
            buffer.Position = 0;
            switch (BoundedZip.Check(buffer, UnpackLimits.OfficeDocument, cancellationToken))
            {
                case UnpackVerdict.NotAZip: return DraftingErrors.CorruptDocx;
                case UnpackVerdict.TooLarge: return DraftingErrors.DocxUnpacksTooLarge;
            }
            var settings = new OpenSettings { MaxCharactersInPart = UnpackLimits.OfficeDocument.MaxEntryBytes };
            using var document = WordprocessingDocument.Open(buffer, false, settings);
            var main = document.MainDocumentPart;
            if (main is null) return DraftingErrors.CorruptDocx;
            return Provisions(main, cancellationToken);
        }
        catch (OperationCanceledException)
        {
            throw;
        }
#pragma warning disable CA1031 // Whatever is wrong inside the file (zip, XML, parts), the user gets one clear message.
        catch (Exception)
        {
            return DraftingErrors.CorruptDocx;
        }
#pragma warning restore CA1031
    }

    // The body is streamed paragraph by paragraph (never the whole part as one tree), so memory follows the text kept.
    private static Result<DraftDocument> Provisions(MainDocumentPart main, CancellationToken cancellationToken)
    {
        var provisions = new List<Provision>();
        var inArticle = false;
        var paragraphs = 0;
        using var reader = OpenXmlReader.Create(main);
        while (reader.Read())
        {
            if (!reader.IsStartElement || reader.ElementType != typeof(Paragraph)) continue;
            cancellationToken.ThrowIfCancellationRequested();
            if (++paragraphs > MaxParagraphs) return DraftingErrors.DocxTooManyParagraphs;
            var paragraph = (Paragraph)reader.LoadCurrentElement()!;
            var text = ParagraphText(paragraph);
            if (text.Length == 0) continue;
            if (provisions.Count == DraftLimits.MaxProvisions) return DraftingErrors.DocxTooManyParagraphs;
            var style = paragraph.ParagraphProperties?.ParagraphStyleId?.Val?.Value ?? "";
            var listLevel = paragraph.ParagraphProperties?.NumberingProperties?.NumberingLevelReference?.Val?.Value;
            var (kind, content) = Classify(text, style, listLevel, provisions.Count == 0, inArticle,
                provisions.Count == 1 && provisions[0].Kind == ProvisionKind.Title);
            if (kind is ProvisionKind.Article) inArticle = true;
            if (kind is ProvisionKind.Section or ProvisionKind.Chapter or ProvisionKind.FinalProvisions or ProvisionKind.TransitionalProvisions) inArticle = false;
            provisions.Add(new Provision(Guid.CreateVersion7(), kind, content));
        }
        if (provisions.Count == 0) return DraftingErrors.EmptyDocx;
        return new DraftDocument(provisions.ToImmutableList());
    }

    private static string ParagraphText(Paragraph paragraph)
    {
        var text = new StringBuilder();
        foreach (var run in paragraph.Descendants<Text>())
        {
            text.Append(run.Text);
            if (text.Length > Amendment.TextMaxLength * 2) break;
        }
        var trimmed = text.ToString().Trim();
        return trimmed.Length > Amendment.TextMaxLength ? trimmed[..Amendment.TextMaxLength] : trimmed;
    }

    private static async Task<bool> CopyBoundedAsync(Stream source, MemoryStream target, CancellationToken cancellationToken)
    {
        var buffer = new byte[81_920];
        int read;
        while ((read = await source.ReadAsync(buffer, cancellationToken)) > 0)
        {
            if (target.Length + read > MaxBytes) return false;
            await target.WriteAsync(buffer.AsMemory(0, read), cancellationToken);
        }
        return true;
    }

    private static (ProvisionKind Kind, string Text) Classify(string text, string style, int? listLevel, bool first, bool inArticle, bool afterTitle)
    {
        if (style.Equals("Title", StringComparison.OrdinalIgnoreCase) || (first && style.StartsWith("Heading", StringComparison.OrdinalIgnoreCase) && !Numbered().IsMatch(text)))
            return (ProvisionKind.Title, text);
        var match = SectionPattern().Match(text);
        if (match.Success)
        {
            var rest = match.Groups["rest"].Value;
            if (rest.StartsWith("Прикінцеві", StringComparison.OrdinalIgnoreCase)) return (ProvisionKind.FinalProvisions, rest);
            if (rest.StartsWith("Перехідні", StringComparison.OrdinalIgnoreCase)) return (ProvisionKind.TransitionalProvisions, rest);
            return (ProvisionKind.Section, rest);
        }
        match = ChapterPattern().Match(text);
        if (match.Success) return (ProvisionKind.Chapter, match.Groups["rest"].Value);
        match = ArticlePattern().Match(text);
        if (match.Success) return (ProvisionKind.Article, match.Groups["rest"].Value);
        if (text.StartsWith("Прикінцеві", StringComparison.OrdinalIgnoreCase)) return (ProvisionKind.FinalProvisions, text);
        if (text.StartsWith("Перехідні", StringComparison.OrdinalIgnoreCase)) return (ProvisionKind.TransitionalProvisions, text);
        match = ItemPattern().Match(text);
        if (match.Success) return (ProvisionKind.Item, match.Groups["rest"].Value);
        match = PartPattern().Match(text);
        if (match.Success) return (ProvisionKind.Part, match.Groups["rest"].Value);
        if (style.Equals("Heading1", StringComparison.OrdinalIgnoreCase)) return (ProvisionKind.Section, text);
        if (style.Equals("Heading2", StringComparison.OrdinalIgnoreCase)) return (ProvisionKind.Chapter, text);
        if (style.StartsWith("Heading", StringComparison.OrdinalIgnoreCase)) return (ProvisionKind.Article, text);
        if (listLevel is { } level) return (level == 0 ? ProvisionKind.Part : ProvisionKind.Item, text);
        if (afterTitle) return (ProvisionKind.Preamble, text);
        return (inArticle ? ProvisionKind.Part : ProvisionKind.Paragraph, text);
    }

    [GeneratedRegex(@"^Розділ\s+[IVXLC]+\.?\s*(?<rest>.*)$", RegexOptions.IgnoreCase)]
    private static partial Regex SectionPattern();

    [GeneratedRegex(@"^Глава\s+\d+\.?\s*(?<rest>.*)$", RegexOptions.IgnoreCase)]
    private static partial Regex ChapterPattern();

    [GeneratedRegex(@"^Стаття\s+\d+(-\d+)?\.?\s*(?<rest>.*)$", RegexOptions.IgnoreCase)]
    private static partial Regex ArticlePattern();

    [GeneratedRegex(@"^\d+\.\s+(?<rest>.+)$")]
    private static partial Regex PartPattern();

    [GeneratedRegex(@"^\d+\)\s+(?<rest>.+)$")]
    private static partial Regex ItemPattern();

    [GeneratedRegex(@"^(Розділ|Глава|Стаття)\s", RegexOptions.IgnoreCase)]
    private static partial Regex Numbered();
}
