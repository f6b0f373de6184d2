using EGov.Collab.App.Learning.Certificates;
using EGov.Collab.Domain.Learning;

namespace EGov.Collab.Tests.Documents.Learning;

public sealed class CertificateDocumentTests
{
    internal static CertificateContent Sample(CertificateKind kind = CertificateKind.CourseCompletion, bool revoked = false) => new(
        "EG-2026-000123",
        "7KQ2-M9XD-4HPR-W6TA",
        kind,
        "Ольга О\u02BCКоннор-Петренко",
        "Olha OKonnor-Petrenko",
        "Електронне урядування",
        "E-Governance",
        36,
        new DateOnly(2026, 3, 14),
        "Національна академія державного управління при Президентові України",
        "National Academy of Public Administration under the President of Ukraine",
        [new Signatory("Олена Гнатюк", "ректорка Академії"), new Signatory("Віктор Савченко", "тренер-консультант курсу")],
        revoked,
        "https://egov-collab.example/verify/7KQ2-M9XD-4HPR-W6TA");

    [Fact]
    public void Render_Ukrainian_NameNumberAndCourseReadBack()
    {
        var pdf = CertificateDocument.Render(Sample(), CertificateLabelSource.For("uk-UA"));

        var page = Assert.Single(PdfReading.PageTexts(pdf));
        Assert.Contains("СЕРТИФІКАТ", page, StringComparison.Ordinal);
        Assert.Contains("Ольга О\u02BCКоннор-Петренко", page, StringComparison.Ordinal);
        Assert.Contains("Olha OKonnor-Petrenko", page, StringComparison.Ordinal);
        Assert.Contains("EG-2026-000123", page, StringComparison.Ordinal);
        Assert.Contains("«Електронне урядування»", page, StringComparison.Ordinal);
        Assert.Contains("14 березня 2026 р.", page, StringComparison.Ordinal);
        Assert.Contains("Олена Гнатюк", page, StringComparison.Ordinal);
        Assert.Contains("7KQ2-M9XD-4HPR-W6TA", page, StringComparison.Ordinal);
        Assert.DoesNotContain("ВІДКЛИКАНО", page, StringComparison.Ordinal);
    }

    [Fact]
    public void Render_English_LatinNameAndEnglishCourse()
    {
        var pdf = CertificateDocument.Render(Sample(), CertificateLabelSource.For("en-US"));

        var page = Assert.Single(PdfReading.PageTexts(pdf));
        Assert.Contains("CERTIFICATE", page, StringComparison.Ordinal);
        Assert.Contains("Olha OKonnor-Petrenko", page, StringComparison.Ordinal);
        Assert.Contains("“E-Governance”", page, StringComparison.Ordinal);
        Assert.Contains("14 March 2026", page, StringComparison.Ordinal);
    }

    [Fact]
    public void Render_TrainerConsultantAndRevoked_SaySo()
    {
        var pdf = CertificateDocument.Render(Sample(CertificateKind.TrainerConsultant, revoked: true), CertificateLabelSource.For("uk-UA"));

        var page = Assert.Single(PdfReading.PageTexts(pdf));
        Assert.Contains("тренера-консультанта", page, StringComparison.Ordinal);
        Assert.Contains("ВІДКЛИКАНО", page, StringComparison.Ordinal);
    }

    [Fact]
    public void Render_FirstPage_IsLandscapeNotBlankAndSmall()
    {
        var pdf = CertificateDocument.Render(Sample(), CertificateLabelSource.For("uk-UA"));

        Assert.InRange(pdf.Length, 1, 100 * 1024);
        using var bitmap = PdfReading.RenderPage(pdf);
        Assert.True(bitmap.Width > bitmap.Height, "a certificate is landscape");
        // Border, emblem, text and QR code: a blank or near-blank page has almost no dark pixels.
        Assert.True(PdfReading.NonWhitePixels(bitmap) > bitmap.Width * bitmap.Height / 50, "the rendered page is (nearly) blank");
    }
}
