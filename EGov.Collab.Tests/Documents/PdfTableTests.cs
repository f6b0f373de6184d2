using System.Globalization;
using EGov.Collab.App.Documents;

namespace EGov.Collab.Tests.Documents;

public sealed class PdfTableTests
{
    [Fact]
    public void Table_OfTwoHundredRows_RepeatsTheHeaderOnEveryPage()
    {
        var table = new PdfTable()
            .Column("Код", 0.15f)
            .Column("Показник", 0.6f)
            .Column("Значення", 0.25f, TextAlignment.Right);
        for (var i = 1; i <= 200; i++)
        {
            table.Row($"R{i:000}", $"Індикатор номер {i} для громади", (i * 1.5).ToString("0.0", CultureInfo.InvariantCulture));
        }

        var pdf = new PdfDocumentBuilder().Heading("Таблиця").Table(table).Build();

        using var document = PdfReading.Open(pdf);
        var pages = document.GetPages().ToList();
        Assert.True(pages.Count >= 4, $"expected the table to span several pages, got {pages.Count}");
        var seen = new List<string>();
        foreach (var page in pages)
        {
            var words = page.GetWords().ToList();
            var header = words.Where(w => w.Text is "Код" or "Показник" or "Значення").ToList();
            Assert.Equal(3, header.Count);
            var headerBottom = header.Min(w => w.BoundingBox.Bottom);
            var codes = words.Where(w => w.Text.StartsWith('R')).ToList();
            Assert.NotEmpty(codes);
            Assert.All(codes, c => Assert.True(c.BoundingBox.Top < headerBottom, "rows sit under the page's header"));
            seen.AddRange(codes.Select(c => c.Text));
        }

        Assert.Equal(Enumerable.Range(1, 200).Select(i => $"R{i:000}"), seen);
    }

    [Fact]
    public void Table_CellText_WrapsInsideItsColumn()
    {
        var margins = PdfMargins.Default;
        var size = PdfPageSize.A4Portrait;
        var table = new PdfTable().Column("А", 0.2f).Column("Б", 0.8f);
        table.Row("Дуже довгий текст першої колонки, що переноситься на кілька рядків", "Коротко");

        var pdf = new PdfDocumentBuilder().Table(table).Build();

        using var document = PdfReading.Open(pdf);
        var words = document.GetPage(1).GetWords().ToList();
        var firstColumnRight = margins.Left + ((size.Width - margins.Left - margins.Right) * 0.2);
        var firstColumnWords = words.Where(w => w.Text is "Дуже" or "довгий" or "першої" or "колонки," or "рядків").ToList();
        Assert.Equal(5, firstColumnWords.Count);
        Assert.All(firstColumnWords, w => Assert.True(w.BoundingBox.Right <= firstColumnRight + 0.5, $"{w.Text} crosses its column"));
        Assert.True(firstColumnWords.Select(w => Math.Round(w.BoundingBox.Bottom)).Distinct().Count() >= 3);
    }

    [Fact]
    public void Table_RowTallerThanAPage_IsSplitAcrossPagesUnderTheHeader()
    {
        var table = new PdfTable().Column("Пункт", 0.2f).Column("Текст", 0.8f);
        var lines = string.Join('\n', Enumerable.Range(1, 120).Select(i => $"рядок{i}"));
        table.Row("Перший", "коротко").Row("Довгий", lines).Row("Останній", "кінець");

        var pdf = new PdfDocumentBuilder().Table(table).Build();

        var pages = PdfReading.PageTexts(pdf);
        Assert.True(pages.Count >= 2);
        Assert.All(pages, p => Assert.StartsWith("Пункт Текст", p, StringComparison.Ordinal));
        var all = string.Join(' ', pages);
        for (var i = 1; i <= 120; i++)
        {
            Assert.Contains($"рядок{i} ", all + " ", StringComparison.Ordinal);
        }

        Assert.Contains("Останній", pages[^1], StringComparison.Ordinal);
    }

    [Fact]
    public void Row_WithWrongCellCount_Throws()
    {
        var table = new PdfTable().Column("А").Column("Б");

        Assert.Throws<ArgumentException>(() => table.Row("лише одна"));
    }
}
