using EGov.Collab.App.Documents;
using SkiaSharp;

namespace EGov.Collab.Tests.Documents;

public sealed class PdfGraphicsTests
{
    [Fact]
    public void QrCode_IsPlacedAsAnImageOfTheRequestedSize()
    {
        var pdf = new PdfDocumentBuilder().Paragraph("Перевірка").QrCode(SampleDocuments.VerifyUrl, size: 90).Build();

        using var document = PdfReading.Open(pdf);
        var image = Assert.Single(document.GetPage(1).GetImages());
        Assert.InRange(image.BoundingBox.Width, 89, 91);
        Assert.InRange(image.BoundingBox.Height, 89, 91);
        // Lossless: a JPEG-encoded QR code blurs into something a phone cannot read.
        Assert.DoesNotContain("DCTDecode", image.ImageDictionary.ToString(), StringComparison.Ordinal);
        Assert.True(image.TryGetPng(out var png), "the QR image could not be decoded back");
        using var bitmap = SKBitmap.Decode(png);
        var levels = Enumerable.Range(0, bitmap.Width).Select(x => bitmap.GetPixel(x, bitmap.Height / 2).Red).Distinct().ToList();
        Assert.All(levels, level => Assert.True(level is 0 or 255, $"grey level {level} in a black-and-white code"));
    }

    [Fact]
    public void Image_Png_IsScaledToTheRequestedWidth()
    {
        using var bitmap = new SKBitmap(200, 100);
        bitmap.Erase(SKColors.SteelBlue);
        using var encoded = bitmap.Encode(SKEncodedImageFormat.Png, 100);
        var pdf = new PdfDocumentBuilder().Image(encoded.ToArray(), width: 300).Build();

        using var document = PdfReading.Open(pdf);
        var image = Assert.Single(document.GetPage(1).GetImages());
        Assert.InRange(image.BoundingBox.Width, 299, 301);
        Assert.InRange(image.BoundingBox.Height, 149, 151);
    }

    [Theory]
    [InlineData(BarOrientation.Horizontal)]
    [InlineData(BarOrientation.Vertical)]
    public void BarChart_LabelsTitleAndValues_ArePresent(BarOrientation orientation)
    {
        var chart = SampleDocuments.TopRegions(orientation);

        var page = Assert.Single(PdfReading.PageTexts(new PdfDocumentBuilder().BarChart(chart).Build()));

        Assert.Contains(chart.Title!, page, StringComparison.Ordinal);
        // A vertical chart's label may wrap after a hyphen ("Івано-" / "Франківська").
        foreach (var part in chart.Bars.SelectMany(b => b.Label.Split('-')))
        {
            Assert.Contains(part, page, StringComparison.Ordinal);
        }

        Assert.Contains("87,5", page, StringComparison.Ordinal);
        Assert.Contains("100", page, StringComparison.Ordinal);
    }

    [Fact]
    public void BarChart_NegativeValue_IsRefused()
    {
        Assert.Throws<ArgumentOutOfRangeException>(() => new PdfBarChart().Bar("Мінус", -1));
    }

    [Fact]
    public void FixedPage_LongName_IsShrunkToStayInsideTheMargins()
    {
        var margins = PdfMargins.All(40);
        var size = PdfPageSize.A4Portrait;
        var name = "Олександра-Ярославна Ґудзь-Їжакевич-Д'Артаньян-Щербатюк-Оберемко";
        var pdf = new PdfDocumentBuilder()
            .Margins(margins)
            .FixedPage(canvas => canvas.DrawText(name, canvas.Bounds.MidX, 200, TextStyle.Body with { Size = 40, Bold = true }, TextAlignment.Center))
            .Build();

        using var document = PdfReading.Open(pdf);
        var words = document.GetPage(1).GetWords().ToList();
        Assert.Equal(name, string.Join(' ', words.Select(w => w.Text)));
        Assert.All(words, w =>
        {
            Assert.True(w.BoundingBox.Left >= margins.Left - 1, $"{w.Text} starts left of the margin");
            Assert.True(w.BoundingBox.Right <= size.Width - margins.Right + 1, $"{w.Text} ends right of the margin");
        });
    }

    [Fact]
    public void FirstPage_RenderedWithPdftoppm_IsNotBlank()
    {
        var pdf = SampleDocuments.CertificateAndReport().Build();

        using var bitmap = PdfReading.RenderPage(pdf, 1);

        Assert.True(bitmap.Width > 500, $"a landscape A4 page at 50 dpi is about 585 px wide, got {bitmap.Width}");
        Assert.True(PdfReading.NonWhitePixels(bitmap) > 2000, "the certificate page rendered blank");
    }

    [Fact]
    public void Certificate_OnePageWithBothFonts_IsUnder100KB()
    {
        var pdf = SampleDocuments.Certificate().Build();

        using var document = PdfReading.Open(pdf);
        Assert.Equal(1, document.NumberOfPages);
        var letters = document.GetPage(1).Letters;
        Assert.Contains(letters, l => l.FontName != null && l.FontName.Contains("Bold", StringComparison.OrdinalIgnoreCase));
        Assert.Contains(letters, l => l.FontName != null && !l.FontName.Contains("Bold", StringComparison.OrdinalIgnoreCase));
        Assert.True(pdf.Length < 100 * 1024, $"the certificate is {pdf.Length / 1024} KB");
    }

    [Fact]
    public void CertificateAndReport_FollowsTheCertificateWithDecoratedReportPages()
    {
        var pages = PdfReading.PageTexts(SampleDocuments.CertificateAndReport().Build());

        Assert.True(pages.Count >= 3);
        Assert.Contains(SampleDocuments.Name, pages[0], StringComparison.Ordinal);
        Assert.DoesNotContain("Сторінка", pages[0], StringComparison.Ordinal);
        Assert.Contains("Звіт про цифрову готовність громад", pages[1], StringComparison.Ordinal);
        Assert.Contains($"Сторінка 2 з {pages.Count}", pages[1], StringComparison.Ordinal);
        Assert.All(pages.Skip(1), p => Assert.StartsWith("EGov.Collab · Індекс", p, StringComparison.Ordinal));
    }

    [Fact]
    public void Build_InParallel_GivesTheSameBytesAsAlone()
    {
        var alone = SampleDocuments.CertificateAndReport().Build();

        var parallel = new byte[8][];
        Parallel.For(0, parallel.Length, i => parallel[i] = SampleDocuments.CertificateAndReport().Build());

        Assert.All(parallel, pdf => Assert.Equal(alone, pdf));
    }

    [Fact]
    public void Landscape_FlowPages_AreA4Landscape()
    {
        var pdf = new PdfDocumentBuilder().Landscape().Paragraph("Альбомна сторінка").Build();

        using var document = PdfReading.Open(pdf);
        var page = document.GetPage(1);
        Assert.Equal(PdfPageSize.A4Landscape.Width, page.Width, 0.5);
        Assert.Equal(PdfPageSize.A4Landscape.Height, page.Height, 0.5);
    }

    [Fact]
    public void Drawing_Block_IsClippedToItsAreaAndFlowsLikeABlock()
    {
        var pdf = new PdfDocumentBuilder()
            .Paragraph("До")
            .Drawing(60, canvas =>
            {
                canvas.DrawRectangle(canvas.Bounds, PdfColors.Accent, 1f);
                canvas.DrawTextBlock("Підпис: ____________ Ганна Їжакевич", canvas.Bounds, TextStyle.Body, TextAlignment.Right);
            })
            .Paragraph("Після")
            .Build();

        using var document = PdfReading.Open(pdf);
        var words = document.GetPage(1).GetWords().ToDictionary(w => w.Text, w => w.BoundingBox);
        Assert.True(words["До"].Bottom > words["Їжакевич"].Top, "the drawing comes after the first paragraph");
        Assert.True(words["Їжакевич"].Bottom > words["Після"].Top, "the next paragraph comes after the drawing");
        Assert.InRange(words["Їжакевич"].Right, 0, PdfPageSize.A4Portrait.Width - PdfMargins.Default.Right + 1);
    }
}
