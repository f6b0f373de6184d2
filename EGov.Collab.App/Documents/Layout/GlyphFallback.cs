using System.Text;
using SkiaSharp;

namespace EGov.Collab.App.Documents.Layout;

/// <summary>
/// Skia draws a character the font lacks as nothing at all, and the text extracted from the PDF loses it too.
/// Such characters are written with a look-alike the subset has (− as –, → as ->) or else as �, so a reader sees
/// that something is there.
/// </summary>
internal static class GlyphFallback
{
    private const string Replacement = "\uFFFD";

    public static string Apply(string text, SKFont font)
    {
        if (text.Length == 0 || font.ContainsGlyphs(text))
        {
            return text;
        }

        var builder = new StringBuilder(text.Length);
        foreach (var rune in text.EnumerateRunes())
        {
            if (Rune.IsControl(rune) || font.ContainsGlyph(rune.Value))
            {
                builder.Append(rune.ToString());
                continue;
            }

            builder.Append(rune.Value switch
            {
                0x2212 or 0x2796 => "\u2013",
                0x2190 => "<-",
                0x2192 => "->",
                0x2194 => "<->",
                0x2191 => "^",
                0x2193 => "v",
                0x2713 or 0x2714 or 0x2705 => "+",
                0x2715 or 0x2716 => "\u00D7",
                0xFE0F or 0x200D => string.Empty,
                _ => Replacement,
            });
        }

        return builder.ToString();
    }
}
