using System.Text;

namespace EGov.Collab.Domain.Common.Search;

/// <summary>
/// How the index and the queries split text into words and reduce them to stems, the same way for both database
/// providers. A word is a run of letters and digits; an apostrophe (', ’, ʼ, `) between two letters stays inside the
/// word and is written as <see cref="Apostrophe"/>. Cyrillic words get <see cref="UkrainianStemmer"/>, Latin ones
/// <see cref="PorterStemmer"/>.
/// </summary>
public static class SearchWords
{
    public const char Apostrophe = '\'';

    /// <summary>Longer "words" (hashes, base64) are not worth indexing.</summary>
    public const int MaxWordLength = 40;

    public static bool IsApostrophe(char c) => c is '\'' or '’' or 'ʼ' or '`' or '‘' or 'ʹ';

    /// <summary>The words of <paramref name="text"/> in order, lower-cased and normalised, with where each stands.</summary>
    public static IEnumerable<(string Word, int Start, int Length)> Split(string text)
    {
        ArgumentNullException.ThrowIfNull(text);
        var i = 0;
        while (i < text.Length)
        {
            if (!char.IsLetterOrDigit(text[i]) || IsApostrophe(text[i]))
            {
                i++;
                continue;
            }
            var start = i;
            var word = new StringBuilder();
            while (i < text.Length)
            {
                var c = text[i];
                // The apostrophe first: ʼ (U+02BC) counts as a letter to .NET.
                if (IsApostrophe(c))
                {
                    if (i + 1 < text.Length && char.IsLetter(text[i + 1]) && !IsApostrophe(text[i + 1]) && i > start && char.IsLetter(text[i - 1]))
                        word.Append(Apostrophe);
                    else
                        break;
                }
                else if (char.IsLetterOrDigit(c) || c is '\u0306' or '\u0308')
                    word.Append(char.ToLowerInvariant(c));
                else if (char.GetUnicodeCategory(c) is System.Globalization.UnicodeCategory.NonSpacingMark)
                {
                    // A stress mark (грома́да) is not part of the word.
                }
                else
                    break;
                i++;
            }
            if (word.Length <= MaxWordLength) yield return (Normalise(word.ToString()), start, i - start);
        }
    }

    /// <summary>The stem of one normalised word: by its script, Ukrainian or English; numbers as they are.</summary>
    public static string Stem(string word)
    {
        ArgumentNullException.ThrowIfNull(word);
        if (word.Length == 0) return word;
        if (IsCyrillic(word)) return UkrainianStemmer.Stem(word);
        if (IsLatin(word)) return PorterStemmer.Stem(word);
        return word;
    }

    /// <summary>The stems of all words of <paramref name="text"/>, space-separated: the text the full-text index holds.</summary>
    public static string Stems(string text)
    {
        var stems = new StringBuilder(text.Length);
        foreach (var (word, _, _) in Split(text))
        {
            if (StopWords.Contains(word)) continue;
            if (stems.Length > 0) stems.Append(' ');
            stems.Append(Stem(word));
        }
        return stems.ToString();
    }

    // A decomposed й or ї (и + breve, і + diaeresis) becomes the one letter the stemmer knows.
    private static string Normalise(string word) => word.Normalize(NormalizationForm.FormC);

    private static bool IsCyrillic(string word)
    {
        foreach (var c in word)
            if (c is >= '\u0400' and <= '\u04FF') return true;
        return false;
    }

    private static bool IsLatin(string word)
    {
        foreach (var c in word)
            if (c is not ((>= 'a' and <= 'z') or '\'')) return false;
        return true;
    }
}
