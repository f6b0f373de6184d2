using System.Diagnostics;
using EGov.Collab.App.Documents;
using EGov.Collab.App.Learning.Certificates;
using EGov.Collab.Tests.Documents.Learning;
using EGov.Collab.Tests.Support;
using UglyToad.PdfPig.Tokens;

namespace EGov.Collab.Tests.Documents;

/// <summary>Issue #21.7 (EN 301 549 clause 10): every PDF names its language (/Lang) and carries a title.</summary>
public sealed class PdfLanguageTests
{
    [Fact]
    public void Build_WithALanguage_WritesLangAndTitle_AndStaysAValidPdf()
    {
        var pdf = new PdfDocumentBuilder().Title("Readiness report").Language("en-US").Heading("Report").Paragraph("Text.").Build();

        using var document = PdfReading.Open(pdf);
        Assert.Equal("Readiness report", document.Information.Title);
        Assert.Equal("en-US", Language(pdf));
        Assert.Equal("Report Text.", Assert.Single(PdfReading.PageTexts(pdf)));
        AssertPopplerReadsItCleanly(pdf);
    }

    [Fact]
    public void Build_WithoutALanguage_UsesTheCurrentUiCulture()
    {
        using var _ = TestCulture.Use("uk-UA");

        var pdf = new PdfDocumentBuilder().Title("Звіт").Paragraph("Текст.").Build();

        Assert.Equal("uk-UA", Language(pdf));
    }

    [Theory]
    [InlineData("en-US")]
    [InlineData("uk-UA")]
    public void Certificate_IsInTheLanguageOfItsLabels(string culture)
    {
        using var _ = TestCulture.Use(culture == "en-US" ? "uk-UA" : "en-US");

        var pdf = CertificateDocument.Render(CertificateDocumentTests.Sample(), CertificateLabelSource.For(culture));

        Assert.Equal(culture, Language(pdf));
        using var document = PdfReading.Open(pdf);
        Assert.False(string.IsNullOrWhiteSpace(document.Information.Title));
    }

    private static string? Language(byte[] pdf)
    {
        using var document = PdfReading.Open(pdf);
        return document.Structure.Catalog.CatalogDictionary.TryGet(NameToken.Create("Lang"), out StringToken lang) ? lang.Data : null;
    }

    private static void AssertPopplerReadsItCleanly(byte[] pdf)
    {
        var path = Path.GetTempFileName();
        try
        {
            File.WriteAllBytes(path, pdf);
            using var process = Process.Start(new ProcessStartInfo("/usr/bin/pdfinfo", [path]) { RedirectStandardError = true, RedirectStandardOutput = true })!;
            var errors = process.StandardError.ReadToEnd();
            var info = process.StandardOutput.ReadToEnd();
            process.WaitForExit();
            Assert.Equal(0, process.ExitCode);
            Assert.Equal("", errors.Trim());
            Assert.Contains("Readiness report", info, StringComparison.Ordinal);
        }
        finally
        {
            File.Delete(path);
        }
    }
}
