using EGov.Collab.App.Documents;
using EGov.Collab.App.Documents.Layout;
using SkiaSharp;

namespace EGov.Collab.Tests.Documents;

public sealed class TextWrapperTests
{
    private static SKFont Font() => new(PdfFonts.Regular, 10);

    [Fact]
    public void Wrap_EveryLine_FitsAndKeepsAllWords()
    {
        using var font = Font();
        var text = "Ґанок їжака, п'ять «лапок» — №1. Mixed Latin і кирилиця в одному реченні, щоб перевірити вимірювання.";

        var lines = TextWrapper.Wrap(text, font, 120);

        Assert.True(lines.Count > 3);
        Assert.All(lines, l => Assert.True(font.MeasureText(l.Text) <= 120.01f, $"'{l.Text}' is too wide"));
        Assert.All(lines, l => Assert.Equal(font.MeasureText(l.Text), l.Width, 0.01f));
        Assert.Equal(text, string.Join(' ', lines.Select(l => l.Text)));
    }

    [Fact]
    public void Wrap_LongWord_BreaksAfterAHyphenFirst()
    {
        using var font = Font();

        const string name = "О'Коннор-Петренко-Ґудзь-Їжакевич";

        var lines = TextWrapper.Wrap(name, font, 90);

        Assert.True(lines.Count > 1);
        Assert.All(lines.SkipLast(1), l => Assert.EndsWith("-", l.Text, StringComparison.Ordinal));
        Assert.All(lines, l => Assert.True(l.Width <= 90.01f));
        Assert.Equal(name, string.Concat(lines.Select(l => l.Text)));
    }

    [Fact]
    public void Wrap_WordWithoutHyphen_BreaksBetweenLettersWithinTheWidth()
    {
        using var font = Font();
        var word = new string('ї', 80);

        var lines = TextWrapper.Wrap(word, font, 50);

        Assert.True(lines.Count > 1);
        Assert.All(lines, l => Assert.True(l.Width <= 50.01f));
        Assert.Equal(word, string.Concat(lines.Select(l => l.Text)));
    }

    [Fact]
    public void Wrap_NonBreakingSpace_KeepsNumberSignWithItsNumber()
    {
        using var font = Font();

        var lines = TextWrapper.Wrap("слово слово слово №\u00A0123", font, font.MeasureText("слово слово слово №"));

        Assert.Equal("№\u00A0123", lines[^1].Text);
    }

    [Fact]
    public void Wrap_NewLines_StartNewLinesAndKeepBlankOnes()
    {
        using var font = Font();

        var lines = TextWrapper.Wrap("перший\r\n\nтретій", font, 500);

        Assert.Equal(["перший", string.Empty, "третій"], lines.Select(l => l.Text));
    }

    [Fact]
    public void Ellipsize_TooLongLine_EndsWithEllipsisAndFits()
    {
        using var font = Font();

        var line = TextWrapper.Ellipsize("Дніпропетровська область", font, 60);

        Assert.EndsWith("…", line.Text, StringComparison.Ordinal);
        Assert.True(line.Width <= 60.01f);
    }

    [Theory]
    [InlineData(87.5, 100, 20)]
    [InlineData(7, 8, 2)]
    [InlineData(0.34, 0.4, 0.1)]
    [InlineData(1234, 1250, 250)]
    public void NiceScale_For_RoundsTheAxis(double maximum, double expectedMaximum, double expectedStep)
    {
        var scale = NiceScale.For(maximum);

        Assert.Equal(expectedMaximum, scale.Maximum, 6);
        Assert.Equal(expectedStep, scale.Step, 6);
    }

    [Fact]
    public void Fonts_CoverUkrainianAndTypography()
    {
        const string text = "АБВГҐДЕЄЖЗИІЇЙКЛМНОПРСТУФХЦЧШЩЬЮЯабвгґдеєжзиіїйклмнопрстуфхцчшщьюяʼ’«»—–…№₴€";
        foreach (var typeface in new[] { PdfFonts.Regular, PdfFonts.Bold })
        {
            using var font = new SKFont(typeface, 10);
            Assert.True(font.ContainsGlyphs(text), $"{typeface.FamilyName} lacks a glyph");
        }
    }
}
