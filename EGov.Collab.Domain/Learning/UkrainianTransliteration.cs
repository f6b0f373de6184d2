using System.Text;

namespace EGov.Collab.Domain.Learning;

/// <summary>
/// The official Ukrainian–Latin transliteration (Cabinet of Ministers resolution No. 55 of 27 January 2010), used for
/// names on certificates. Є, Ї, Й, Ю, Я have one form at the start of a word and another elsewhere; "зг" becomes
/// "zgh" so it is not read as "zh"; the soft sign and apostrophes are dropped; anything that is not a Ukrainian
/// letter passes through unchanged.
/// </summary>
public static class UkrainianTransliteration
{
    private static readonly Dictionary<char, string> Letters = new()
    {
        ['а'] = "a", ['б'] = "b", ['в'] = "v", ['г'] = "h", ['ґ'] = "g", ['д'] = "d", ['е'] = "e", ['є'] = "ie",
        ['ж'] = "zh", ['з'] = "z", ['и'] = "y", ['і'] = "i", ['ї'] = "i", ['й'] = "i", ['к'] = "k", ['л'] = "l",
        ['м'] = "m", ['н'] = "n", ['о'] = "o", ['п'] = "p", ['р'] = "r", ['с'] = "s", ['т'] = "t", ['у'] = "u",
        ['ф'] = "f", ['х'] = "kh", ['ц'] = "ts", ['ч'] = "ch", ['ш'] = "sh", ['щ'] = "shch", ['ь'] = "",
        ['ю'] = "iu", ['я'] = "ia",
    };

    private static readonly Dictionary<char, string> WordStart = new()
    {
        ['є'] = "ye", ['ї'] = "yi", ['й'] = "y", ['ю'] = "yu", ['я'] = "ya",
    };

    // Straight apostrophe, right single quotation mark and modifier letter apostrophe: all three are used in Ukrainian text.
    private static bool IsApostrophe(char c) => c is '\'' or '\u2019' or '\u02BC';

    public static string ToLatin(string text)
    {
        ArgumentNullException.ThrowIfNull(text);
        // Й and Ї pasted from some PDFs and Mac keyboards arrive as И/І plus a combining mark; compose them first.
        text = text.Normalize(NormalizationForm.FormC);
        var latin = new StringBuilder(text.Length + 8);
        for (var i = 0; i < text.Length; i++)
        {
            var c = text[i];
            if (IsApostrophe(c)) continue;
            var lower = char.ToLowerInvariant(c);
            if (!Letters.TryGetValue(lower, out var form))
            {
                latin.Append(c);
                continue;
            }
            if (IsWordStart(text, i) && WordStart.TryGetValue(lower, out var startForm)) form = startForm;
            else if (lower == 'г' && i > 0 && char.ToLowerInvariant(text[i - 1]) == 'з') form = "gh";
            latin.Append(char.IsUpper(c) ? Capitalise(form, AllCapsAround(text, i)) : form);
        }
        return latin.ToString();
    }

    // An apostrophe sits inside a word (Короп'є), so it does not start a new one; a hyphen or a space does.
    private static bool IsWordStart(string text, int index)
    {
        var before = index - 1;
        while (before >= 0 && IsApostrophe(text[before])) before--;
        return before < 0 || !char.IsLetter(text[before]);
    }

    // "ЄВА" → "YEVA" but "Єва" → "Yeva": a capital's multi-letter form is all capitals when its neighbour is a capital too.
    private static bool AllCapsAround(string text, int index)
    {
        var next = NeighbourLetter(text, index, +1);
        if (next is { } n) return char.IsUpper(n);
        return NeighbourLetter(text, index, -1) is { } p && char.IsUpper(p);
    }

    private static char? NeighbourLetter(string text, int index, int step)
    {
        for (var i = index + step; i >= 0 && i < text.Length; i += step)
        {
            if (IsApostrophe(text[i])) continue;
            return char.IsLetter(text[i]) ? text[i] : null;
        }
        return null;
    }

    private static string Capitalise(string form, bool allCaps) =>
        form.Length == 0 ? form
        : allCaps ? form.ToUpperInvariant()
        : char.ToUpperInvariant(form[0]) + form[1..];
}
