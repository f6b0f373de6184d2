using System.Globalization;
using System.Text;
using SkiaSharp;

namespace EGov.Collab.App.Documents.Layout;

/// <summary>
/// Greedy word wrapping. Skia draws glyph advances without kerning, so a line's width is the sum of its words' and
/// spaces' widths: each word is measured once. Words longer than the line break after a hyphen if they can, else
/// between grapheme clusters. Non-breaking spaces hold their neighbours together; '\n' starts a new line.
/// </summary>
internal static class TextWrapper
{
    private const float Tolerance = 0.01f;
    private const string Ellipsis = "…";

    public static List<TextLine> Wrap(string text, SKFont font, float maxWidth)
    {
        var lines = new List<TextLine>();
        var spaceWidth = font.MeasureText(" ");
        var line = new StringBuilder();
        foreach (var paragraph in GlyphFallback.Apply(text, font).ReplaceLineEndings("\n").Split('\n'))
        {
            line.Clear();
            var lineWidth = 0f;
            foreach (var word in SplitWords(paragraph))
            {
                var wordWidth = font.MeasureText(word);
                if (line.Length > 0 && lineWidth + spaceWidth + wordWidth <= maxWidth + Tolerance)
                {
                    line.Append(' ').Append(word);
                    lineWidth += spaceWidth + wordWidth;
                    continue;
                }

                if (line.Length > 0)
                {
                    lines.Add(new TextLine(line.ToString(), lineWidth));
                    line.Clear();
                }

                if (wordWidth <= maxWidth + Tolerance)
                {
                    line.Append(word);
                    lineWidth = wordWidth;
                    continue;
                }

                var last = BreakLongWord(word, font, maxWidth, lines);
                line.Append(last.Text);
                lineWidth = last.Width;
            }

            lines.Add(new TextLine(line.ToString(), lineWidth));
        }

        return lines;
    }

    /// <summary>Shortens a line with a trailing ellipsis until it fits.</summary>
    public static TextLine Ellipsize(string text, SKFont font, float maxWidth)
    {
        var ellipsisWidth = font.MeasureText(Ellipsis);
        var end = text.Length;
        while (end > 0)
        {
            var candidate = text.AsSpan(0, end).TrimEnd();
            var width = font.MeasureText(candidate) + ellipsisWidth;
            if (width <= maxWidth + Tolerance)
            {
                return new TextLine(string.Concat(candidate, Ellipsis), width);
            }

            end = PreviousBoundary(text, end);
        }

        return new TextLine(Ellipsis, ellipsisWidth);
    }

    /// <summary>
    /// Text for one line: control characters (tabs, stray newlines) become spaces and characters the font lacks get a
    /// fallback (<see cref="GlyphFallback"/>).
    /// </summary>
    public static string SingleLine(string text, SKFont font)
    {
        text = GlyphFallback.Apply(text, font);
        var needsWork = false;
        foreach (var c in text)
        {
            needsWork |= char.IsControl(c);
        }

        if (!needsWork)
        {
            return text;
        }

        var builder = new StringBuilder(text.Length);
        foreach (var c in text)
        {
            builder.Append(char.IsControl(c) ? ' ' : c);
        }

        return builder.ToString();
    }

    private static IEnumerable<string> SplitWords(string paragraph)
    {
        var start = -1;
        for (var i = 0; i < paragraph.Length; i++)
        {
            if (IsBreakingSpace(paragraph[i]))
            {
                if (start >= 0)
                {
                    yield return paragraph[start..i];
                    start = -1;
                }
            }
            else if (start < 0)
            {
                start = i;
            }
        }

        if (start >= 0)
        {
            yield return paragraph[start..];
        }
    }

    private static bool IsBreakingSpace(char c) =>
        (char.IsWhiteSpace(c) || char.IsControl(c)) && c is not ('\u00A0' or '\u202F' or '\u2007');

    /// <summary>Adds all full-width pieces of <paramref name="word"/> to <paramref name="lines"/>; returns the remainder.</summary>
    private static TextLine BreakLongWord(string word, SKFont font, float maxWidth, List<TextLine> lines)
    {
        var start = 0;
        while (true)
        {
            var width = 0f;
            var end = start;
            var afterHyphen = -1;
            var widthAtHyphen = 0f;
            while (end < word.Length)
            {
                var length = StringInfo.GetNextTextElementLength(word, end);
                var elementWidth = font.MeasureText(word.AsSpan(end, length));
                if (end > start && width + elementWidth > maxWidth + Tolerance)
                {
                    break;
                }

                width += elementWidth;
                end += length;
                if (IsHyphen(word[end - 1]) && end < word.Length)
                {
                    afterHyphen = end;
                    widthAtHyphen = width;
                }
            }

            if (end >= word.Length)
            {
                return new TextLine(word[start..], width);
            }

            if (afterHyphen > start)
            {
                end = afterHyphen;
                width = widthAtHyphen;
            }

            lines.Add(new TextLine(word[start..end], width));
            start = end;
        }
    }

    private static bool IsHyphen(char c) => c is '-' or '\u2010' or '\u2013' or '/';

    private static int PreviousBoundary(string text, int end)
    {
        var boundary = 0;
        var index = 0;
        while (index < end)
        {
            boundary = index;
            index += StringInfo.GetNextTextElementLength(text, index);
        }

        return boundary;
    }
}
