using System.IO.Compression;
using DocumentFormat.OpenXml;
using DocumentFormat.OpenXml.Packaging;
using DocumentFormat.OpenXml.Wordprocessing;
using EGov.Collab.App.Drafting;
using EGov.Collab.App.Drafting.Documents;
using EGov.Collab.Domain.Drafting;
using System.Collections.Immutable;
using EGov.Collab.Domain.Drafting.Editing;
using EGov.Collab.Tests.Support;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Localization;

namespace EGov.Collab.Tests.Documents.Drafting;

public sealed class DraftDocumentsTests
{
    private static readonly DateTimeOffset Now = new(2026, 11, 23, 20, 0, 0, TimeSpan.Zero);

    [Fact]
    public void DocxImport_OfAWordDocument_TurnsHeadingsAndNumbersIntoProvisions()
    {
        var docx = Word(
            ("Title", "Закон України «Про відкриті дані»"),
            ("", "Цей Закон визначає засади відкритості."),
            ("Heading1", "Розділ I. Загальні положення"),
            ("Heading3", "Стаття 1. Терміни"),
            ("", "1. У цьому Законі терміни вживаються так:"),
            ("", "1) відкриті дані — дані у відкритому форматі;"),
            ("", "2) набір даних — сукупність даних;"),
            ("", "Стаття 2. Сфера дії"),
            ("", "Закон поширюється на розпорядників."));

        var imported = DocxImport.Read(new MemoryStream(docx));

        Assert.True(imported.IsSuccess, imported.Error?.Code);
        var provisions = imported.Value.Provisions;
        Assert.Equal(
            [ProvisionKind.Title, ProvisionKind.Preamble, ProvisionKind.Section, ProvisionKind.Article, ProvisionKind.Part, ProvisionKind.Item, ProvisionKind.Item, ProvisionKind.Article, ProvisionKind.Part],
            provisions.Select(p => p.Kind));
        Assert.Equal("Загальні положення", provisions[2].Text);
        Assert.Equal("відкриті дані — дані у відкритому форматі;", provisions[5].Text);
        var numbers = LegalNumbering.Number(imported.Value);
        Assert.Equal("Стаття 2", numbers[provisions[7].Id]);
    }

    [Fact]
    public void DocxImport_OfOurOwnExport_GivesTheSameStructure()
    {
        var law = DraftTemplates.For(DraftKind.Law, "Про електронне урядування");
        var withText = new DraftDocument(law.Provisions.Select(p => p.Text.Length == 0 ? p with { Text = "текст" } : p).ToImmutableList());

        var imported = DocxImport.Read(new MemoryStream(DocxExport.Text(withText)));

        Assert.Equal(withText.Provisions.Select(p => (p.Kind, p.Text)), imported.Value.Provisions.Select(p => (p.Kind, p.Text)));
    }

    [Theory]
    [InlineData(new byte[] { 1, 2, 3, 4 })]
    [InlineData(new byte[] { 0x50, 0x4B, 0x03, 0x04, 0, 0, 0 })]
    [InlineData(new byte[0])]
    public void DocxImport_OfACorruptFile_IsAMessageNotACrash(byte[] bytes) =>
        Assert.Equal(DraftingErrors.CorruptDocx, DocxImport.Read(new MemoryStream(bytes)).Error);

    [Fact]
    public void DocxImport_OfAZipBomb_IsRefusedBeforeItIsParsed()
    {
        // 24 MB of empty paragraphs packs into a few tens of kilobytes: the outside test's 300 KB file took 2.4 GB.
        var bomb = WithBody(Word(("", "Стаття 1. Вступ")), 4_000_000);
        Assert.True(bomb.Length < 300 * 1024, $"the bomb is {bomb.Length} bytes");

        Assert.Equal(DraftingErrors.DocxUnpacksTooLarge, DocxImport.Read(new MemoryStream(bomb)).Error);
    }

    [Fact]
    public void DocxImport_OfMoreParagraphsThanADraftMayHold_IsRefused()
    {
        var paragraphs = Enumerable.Range(1, DraftLimits.MaxProvisions + 1).Select(i => ("", $"Положення {i}.")).ToArray();

        Assert.Equal(DraftingErrors.DocxTooManyParagraphs, DocxImport.Read(new MemoryStream(Word(paragraphs))).Error);
    }

    [Fact]
    public async Task DocxImport_OfManyEmptyParagraphsWithinThePartLimit_IsRefusedByCount()
    {
        var padded = WithBody(Word(("", "Стаття 1. Вступ")), DocxImport.MaxParagraphs + 1);

        Assert.Equal(DraftingErrors.DocxTooManyParagraphs, (await DocxImport.ReadAsync(new MemoryStream(padded))).Error);
    }

    // Replaces the body with `emptyParagraphs` empty paragraphs after one real one.
    private static byte[] WithBody(byte[] docx, int emptyParagraphs)
    {
        using var stream = new MemoryStream();
        stream.Write(docx);
        using (var zip = new ZipArchive(stream, ZipArchiveMode.Update, leaveOpen: true))
        {
            var entry = zip.GetEntry("word/document.xml")!;
            string xml;
            using (var reader = new StreamReader(entry.Open())) xml = reader.ReadToEnd();
            entry.Delete();
            var bodyEnd = xml.IndexOf("</w:body>", StringComparison.Ordinal);
            using var writer = new StreamWriter(zip.CreateEntry("word/document.xml", CompressionLevel.SmallestSize).Open());
            writer.Write(xml[..bodyEnd]);
            for (var i = 0; i < emptyParagraphs; i++) writer.Write("<w:p/>");
            writer.Write(xml[bodyEnd..]);
        }
        return stream.ToArray();
    }

    [Fact]
    public void TextPdf_HasUkrainianNumberingAndPageNumbers()
    {
        var law = DraftTemplates.Of(
            (ProvisionKind.Title, "Закон України «Про електронне урядування»"),
            (ProvisionKind.Section, "Загальні положення"),
            (ProvisionKind.Article, "Визначення термінів"),
            (ProvisionKind.Part, "У цьому Законі терміни вживаються в такому значенні:"),
            (ProvisionKind.Item, "електронне урядування — форма організації управління;"),
            (ProvisionKind.Article, "Сфера дії"));

        var pdf = DraftPdf.Text("Про електронне урядування", "Робоча група · Закон", law, "Сторінка {0} з {1}", Now);

        var text = string.Join(' ', PdfReading.PageTexts(pdf));
        Assert.Contains("Розділ I. Загальні положення", text, StringComparison.Ordinal);
        Assert.Contains("Стаття 1. Визначення термінів", text, StringComparison.Ordinal);
        Assert.Contains("Стаття 2. Сфера дії", text, StringComparison.Ordinal);
        Assert.Contains("1) електронне", text, StringComparison.Ordinal);
        Assert.Contains("Сторінка 1 з 1", text, StringComparison.Ordinal);
    }

    [Fact]
    public void RedlinePdf_ColoursInsertionsAndDeletions_AsInPrint_WithoutBracketMarkers()
    {
        var (older, newer) = TwoVersions();

        var pdf = DraftPdf.Redline("Порівняння", "r0 → r1", "легенда", Redline.Compare(older, newer), "{0}/{1}", Now);

        var text = string.Join(' ', PdfReading.PageTexts(pdf));
        Assert.DoesNotContain("[+", text, StringComparison.Ordinal);
        Assert.DoesNotContain("[−", text, StringComparison.Ordinal);
        Assert.Matches(@"Стаття\s*1\.", text);
        RedlinePdfChecks.AssertMarked(pdf, inserted: "громади", deleted: "послуги", unchanged: "Органи");
    }

    [Fact]
    public void RedlineDocx_CarriesWordTrackedChanges_WithAuthorAndDate()
    {
        var (older, newer) = TwoVersions();
        var at = new DateTimeOffset(2026, 11, 20, 9, 30, 0, TimeSpan.Zero);

        var docx = DocxExport.Redline("Порівняння", Redline.Compare(older, newer), "Олена Коваль", at);

        using var document = WordprocessingDocument.Open(new MemoryStream(docx), false);
        var body = document.MainDocumentPart!.Document.Body!;
        var insertions = body.Descendants<InsertedRun>().ToList();
        var deletions = body.Descendants<DeletedRun>().ToList();
        Assert.Contains(insertions, i => i.InnerText.Contains("громади", StringComparison.Ordinal));
        Assert.Contains(deletions, d => d.Descendants<DeletedText>().Any(t => t.Text.Contains("послуги", StringComparison.Ordinal)));
        Assert.All(insertions.Cast<OpenXmlElement>().Concat(deletions), change =>
        {
            Assert.Equal("Олена Коваль", change.GetAttribute("author", "http://schemas.openxmlformats.org/wordprocessingml/2006/main").Value);
            Assert.StartsWith("2026-11-20T09:30:00", change.GetAttribute("date", "http://schemas.openxmlformats.org/wordprocessingml/2006/main").Value, StringComparison.Ordinal);
        });
        var ids = insertions.Select(i => i.Id!.Value).Concat(deletions.Select(d => d.Id!.Value)).ToList();
        Assert.Equal(ids.Count, ids.Distinct().Count());
        // A deleted word is not in the accepted text, only in w:delText.
        Assert.DoesNotContain("послуги", string.Concat(body.Descendants<Text>().Select(t => t.Text)), StringComparison.Ordinal);
        // The added provision's paragraph mark is inserted too, so accepting or rejecting takes the paragraph with it.
        Assert.Single(body.Descendants<ParagraphMarkRunProperties>(), m => m.GetFirstChild<Inserted>() is not null);
    }

    [Fact]
    public void ConsultationReport_PdfAndDocx_ListWhoTookPart_ProposalsByProvision_AndTheGroupsAnswers()
    {
        var report = new ConsultationReport("Про послуги", "Робоча група", Now.AddDays(-10), Now, true, 4,
            [new ReportParticipant("Петро Іваненко", 1, 1)],
            [new ReportProvision("Стаття 3, частина 2", "Органи влади надають послуги.",
                [new ReportProposal("Петро Іваненко", "Замінити: Органи влади надають послуги онлайн.", "Сучасніше.", "+2 / −0", "прийнято", "Погоджуємося")])],
            new Dictionary<AmendmentStatus, int> { [AmendmentStatus.Open] = 0, [AmendmentStatus.Accepted] = 1 });
        using var _ = TestCulture.Use("uk-UA");
        using var services = new ServiceCollection().AddLogging().AddLocalization().BuildServiceProvider();
        var l = services.GetRequiredService<IStringLocalizer<DraftingResource>>();

        var pdfText = string.Join(' ', PdfReading.PageTexts(DraftPdf.Report(report, l, Now)));
        using var docx = WordprocessingDocument.Open(new MemoryStream(DocxExport.Report(report, l)), false);
        var docxText = docx.MainDocumentPart!.Document.Body!.InnerText;

        foreach (var text in new[] { pdfText, docxText })
        {
            Assert.Contains("Петро Іваненко", text, StringComparison.Ordinal);
            Assert.Contains("Стаття 3, частина 2", text, StringComparison.Ordinal);
            Assert.Contains("Погоджуємося", text, StringComparison.Ordinal);
        }
        Assert.Equal(2, docx.MainDocumentPart!.Document.Body!.Descendants<Table>().Count());
    }

    private static (DraftDocument Older, DraftDocument Newer) TwoVersions()
    {
        var older = DraftTemplates.Of((ProvisionKind.Article, "Органи влади надають послуги"));
        var newer = new DraftDocument(ImmutableList.Create(
            older.Provisions[0] with { Text = "Органи влади та громади надають сервіси" },
            new Provision(Guid.CreateVersion7(), ProvisionKind.Part, "Нова частина.")));
        return (older, newer);
    }

    internal static byte[] Word(params (string Style, string Text)[] paragraphs)
    {
        using var stream = new MemoryStream();
        using (var document = WordprocessingDocument.Create(stream, WordprocessingDocumentType.Document))
        {
            var main = document.AddMainDocumentPart();
            var body = new Body();
            foreach (var (style, text) in paragraphs)
            {
                var paragraph = new Paragraph(new Run(new Text(text)));
                if (style.Length > 0) paragraph.PrependChild(new ParagraphProperties(new ParagraphStyleId { Val = style }));
                body.Append(paragraph);
            }
            main.Document = new Document(body);
            main.Document.Save();
        }
        return stream.ToArray();
    }
}
