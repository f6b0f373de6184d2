using EGov.Collab.App.Learning.Certificates;
using EGov.Collab.Domain.Learning;

namespace EGov.Collab.Tests.Documents.Learning;

/// <summary>Issue #23.9: the English certificate prints its signatories' names and positions in English.</summary>
public sealed class CertificateSignatoryLanguageTests
{
    private const string Bilingual =
        "Олена Гнатюк — ректорка Академії | Olena Hnatiuk — Rector of the Academy\n" +
        "Віктор Савченко — тренер-консультант курсу";

    [Fact]
    public void Parse_ReadsTheEnglishHalf_AndTransliteratesANameWithoutOne()
    {
        var signatories = Signatory.Parse(Bilingual);

        Assert.Equal(new Signatory("Олена Гнатюк", "ректорка Академії", "Olena Hnatiuk", "Rector of the Academy"), signatories[0]);
        Assert.Equal("Viktor Savchenko", signatories[1].EnglishName);
        Assert.Equal("Віктор Савченко", signatories[1].Name);
    }

    [Fact]
    public void Render_English_SignatoriesInEnglish_Ukrainian_InUkrainian()
    {
        var content = CertificateDocumentTests.Sample() with { Signatories = Signatory.Parse(Bilingual) };

        var english = Assert.Single(PdfReading.PageTexts(CertificateDocument.Render(content, CertificateLabelSource.For("en-US"))));
        var ukrainian = Assert.Single(PdfReading.PageTexts(CertificateDocument.Render(content, CertificateLabelSource.For("uk-UA"))));

        Assert.Contains("Olena Hnatiuk", english, StringComparison.Ordinal);
        Assert.Contains("Rector of the Academy", english, StringComparison.Ordinal);
        Assert.Contains("Viktor Savchenko", english, StringComparison.Ordinal);
        Assert.DoesNotContain("Гнатюк", english, StringComparison.Ordinal);
        Assert.Contains("Олена Гнатюк", ukrainian, StringComparison.Ordinal);
        Assert.Contains("ректорка Академії", ukrainian, StringComparison.Ordinal);
    }
}
