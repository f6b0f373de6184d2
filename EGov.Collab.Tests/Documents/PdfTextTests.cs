using EGov.Collab.App.Documents;

namespace EGov.Collab.Tests.Documents;

public sealed class PdfTextTests
{
    [Theory]
    [InlineData("Сертифікат")]
    [InlineData("Ґанок їжака, п'ять «лапок» — №1")]
    [InlineData("Ольга О'Коннор-Петренко")]
    [InlineData("Слово ʼ та ’ апостроф; ціна 1 250,50 ₴ … e-Gov/Дія")]
    public void Paragraph_UkrainianText_IsExtractedExactly(string text)
    {
        var pdf = new PdfDocumentBuilder().Paragraph("Початок.").Paragraph(text).Build();

        var page = Assert.Single(PdfReading.PageTexts(pdf));

        Assert.Contains(text, page, StringComparison.Ordinal);
    }

    [Fact]
    public void Paragraph_CharactersTheFontsLack_AreReplacedVisibly()
    {
        var pdf = new PdfDocumentBuilder().Paragraph("Зміна −4 → ціль 中").Build();

        var page = Assert.Single(PdfReading.PageTexts(pdf));

        Assert.Contains("Зміна –4 -> ціль \uFFFD", page, StringComparison.Ordinal);
    }

    [Fact]
    public void Build_Metadata_IsPresent()
    {
        var created = new DateTimeOffset(2026, 3, 14, 10, 30, 0, TimeSpan.Zero);
        var pdf = new PdfDocumentBuilder()
            .Title("Сертифікат слухача")
            .Author("Ольга О'Коннор-Петренко")
            .Subject("Навчання")
            .Creator("EGov.Collab / Навчання")
            .Keywords("сертифікат", "курс")
            .CreatedAt(created)
            .Paragraph("Текст")
            .Build();

        using var document = PdfReading.Open(pdf);
        var info = document.Information;
        Assert.Equal("Сертифікат слухача", info.Title);
        Assert.Equal("Ольга О'Коннор-Петренко", info.Author);
        Assert.Equal("Навчання", info.Subject);
        Assert.Equal("EGov.Collab / Навчання", info.Creator);
        Assert.Equal("сертифікат, курс", info.Keywords);
        Assert.Equal(created, info.GetCreatedDateTimeOffset());
    }

    [Fact]
    public void Paragraph_LongText_WrapsWithinTheMargins()
    {
        var margins = PdfMargins.Default;
        var size = PdfPageSize.A4Portrait;
        var sentence = "Громада розробила стратегію цифрової трансформації, що охоплює «Дію», ЦНАП і відкриті дані. ";
        var text = string.Concat(Enumerable.Repeat(sentence, 12)) +
            "https://egov-collab.example/very/long/address/without/any/spaces/that/must/be/broken/somewhere/inside/the/margins/Ґ " +
            "Надзвичайнодовгесловобезжоднихпробілівякемаєперенестисядеінеде" + new string('ї', 150);

        var pdf = new PdfDocumentBuilder().Margins(margins).Paragraph(text).Build();

        using var document = PdfReading.Open(pdf);
        var page = document.GetPage(1);
        var words = page.GetWords().ToList();
        Assert.NotEmpty(words);
        const double tolerance = 1.0;
        Assert.All(words, w =>
        {
            Assert.InRange(w.BoundingBox.Left, margins.Left - tolerance, size.Width - margins.Right + tolerance);
            Assert.InRange(w.BoundingBox.Right, margins.Left - tolerance, size.Width - margins.Right + tolerance);
        });
        var lines = words.Select(w => Math.Round(w.BoundingBox.Bottom)).Distinct().Count();
        Assert.True(lines > 12, $"expected the paragraph to wrap onto many lines, got {lines}");
        Assert.Contains(words, w => w.BoundingBox.Right > size.Width - margins.Right - 60);
    }

    [Fact]
    public void Paragraph_Alignment_PlacesLinesLeftCentreRight()
    {
        var margins = PdfMargins.Default;
        var size = PdfPageSize.A4Portrait;
        var pdf = new PdfDocumentBuilder()
            .Paragraph("Ліворуч", alignment: TextAlignment.Left)
            .Paragraph("Посередині", alignment: TextAlignment.Center)
            .Paragraph("Праворуч", alignment: TextAlignment.Right)
            .Build();

        using var document = PdfReading.Open(pdf);
        var words = document.GetPage(1).GetWords().ToDictionary(w => w.Text, w => w.BoundingBox);
        Assert.InRange(words["Ліворуч"].Left, margins.Left - 1, margins.Left + 2);
        Assert.InRange(words["Посередині"].Centroid.X, (size.Width + margins.Left - margins.Right) / 2 - 2, (size.Width + margins.Left - margins.Right) / 2 + 2);
        Assert.InRange(words["Праворуч"].Right, size.Width - margins.Right - 2, size.Width - margins.Right + 1);
    }

    [Fact]
    public void PageNumbers_OnEveryPage_ShowPageXOfY()
    {
        var builder = new PdfDocumentBuilder().PageNumbers("Сторінка {0} з {1}");
        for (var i = 0; i < 150; i++)
        {
            builder.Paragraph($"Абзац {i}: текст, який займає місце на сторінці та змушує документ розтягнутися на кілька сторінок.");
        }

        var pages = PdfReading.PageTexts(builder.Build());

        Assert.True(pages.Count >= 3, $"expected several pages, got {pages.Count}");
        for (var i = 0; i < pages.Count; i++)
        {
            Assert.Contains($"Сторінка {i + 1} з {pages.Count}", pages[i], StringComparison.Ordinal);
        }
    }

    [Fact]
    public void Heading_AtThePageBottom_MovesToTheNextPageWithItsText()
    {
        var builder = new PdfDocumentBuilder();
        for (var i = 0; i < 44; i++)
        {
            builder.Paragraph($"Рядок {i}");
        }

        builder.Heading("Розділ другий", 2).Paragraph("Перший абзац розділу.");
        var pages = PdfReading.PageTexts(builder.Build());

        var headingPage = pages.FindIndex(p => p.Contains("Розділ другий", StringComparison.Ordinal));
        Assert.True(headingPage >= 0);
        Assert.Contains("Перший абзац розділу.", pages[headingPage], StringComparison.Ordinal);
    }
}
