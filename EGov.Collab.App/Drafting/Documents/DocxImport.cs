using System.Collections.Immutable;
using System.Text.RegularExpressions;
using DocumentFormat.OpenXml.Packaging;
using DocumentFormat.OpenXml.Wordprocessing;
using EGov.Collab.Domain.Common;
using EGov.Collab.Domain.Drafting;
using EGov.Collab.Domain.Drafting.Editing;

namespace EGov.Collab.App.Drafting.Documents;

/// <summary>
/// Reads a .docx into provisions: headings and the drafter's own numbers («Розділ I», «Глава 2», «Стаття 3.», «1.»,
/// «1)») or Word's list numbering give the kind; the numbers themselves are dropped, because the draft numbers itself.
/// A file that is not a readable .docx is a refusal, never an exception.
/// </summary>
public static partial class DocxImport
{
    public const long MaxBytes = 10 * 1024 * 1024;

    public static Result<DraftDocument> Read(Stream docx)
    {
        ArgumentNullException.ThrowIfNull(docx);
        try
        {
            using var buffer = new MemoryStream();
            docx.CopyTo(buffer);
            if (buffer.Length > MaxBytes) return DraftingErrors.FileTooLarge;
            buffer.Position = 0;
            using var document = WordprocessingDocument.Open(buffer, false);
            var body = document.MainDocumentPart?.Document?.Body;
            if (body is null) return DraftingErrors.CorruptDocx;
            var provisions = new List<Provision>();
            var inArticle = false;
            foreach (var paragraph in body.Descendants<Paragraph>())
            {
                var text = string.Concat(paragraph.Descendants<Text>().Select(t => t.Text)).Trim();
                if (text.Length == 0) continue;
                var style = paragraph.ParagraphProperties?.ParagraphStyleId?.Val?.Value ?? "";
                var listLevel = paragraph.ParagraphProperties?.NumberingProperties?.NumberingLevelReference?.Val?.Value;
                var (kind, content) = Classify(text, style, listLevel, provisions.Count == 0, inArticle,
                    provisions.Count == 1 && provisions[0].Kind == ProvisionKind.Title);
                if (kind is ProvisionKind.Article) inArticle = true;
                if (kind is ProvisionKind.Section or ProvisionKind.Chapter or ProvisionKind.FinalProvisions or ProvisionKind.TransitionalProvisions) inArticle = false;
                if (content.Length > Amendment.TextMaxLength) content = content[..Amendment.TextMaxLength];
                provisions.Add(new Provision(Guid.CreateVersion7(), kind, content));
            }
            if (provisions.Count == 0) return DraftingErrors.EmptyDocx;
            return new DraftDocument(provisions.ToImmutableList());
        }
#pragma warning disable CA1031 // Whatever is wrong inside the file (zip, XML, parts), the user gets one clear message.
        catch (Exception)
        {
            return DraftingErrors.CorruptDocx;
        }
#pragma warning restore CA1031
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
