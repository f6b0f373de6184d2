namespace EGov.Collab.Domain.Common.Search;

/// <summary>
/// A rule-based light stemmer for Ukrainian: it strips one inflectional ending (the longest allowed one that leaves a
/// stem of at least <see cref="MinStem"/> letters), the reflexive particle, the verbal -ва- of imperfective verbs, a soft
/// sign, the -і- of -ія nouns and a doubled final consonant, so that the case forms of a noun or adjective and most forms
/// of a verb meet. It does not undo vowel alternations (рік/року, осіб) or consonant mutations (послуга/послузі); the
/// measured recall and precision are in the tests. Input is a lower-case word with the apostrophe normalised.
/// </summary>
public static class UkrainianStemmer
{
    public const int MinStem = 3;

    private const string Vowels = "аеєиіїоуюя";

    // Nouns, adjectives and participles, and the verb endings that cannot be mistaken for a noun's.
    private static readonly string[] Endings =
    [
        "ими", "іми", "ого", "ього", "ому", "ьому", "ої", "ьої", "ою", "ьою", "ій", "ий", "им", "ім", "их", "іх",
        "ая", "яя", "еє", "єє",
        "а", "я", "о", "е", "є", "и", "і", "ї", "у", "ю", "ь", "й",
        "ам", "ям", "ами", "ями", "ах", "ях", "ом", "ем", "єм", "ею", "єю", "ів", "їв", "ей", "ью",
        "ити", "іти", "ути", "ив", "ила", "ило", "или", "ють", "уть", "ять", "ать", "ить", "іть", "ете", "єте", "ите", "іте",
        "еть", "єть", "емо", "ємо", "имо", "імо", "еш", "єш", "иш", "їш",
        "тиму", "тимеш", "тиме", "тимемо", "тимете", "тимуть", "ючи", "учи", "ячи", "ачи", "вши", "йте", "ймо",
    ];

    // Endings a noun also has (бюджет-и, портал-и, прав, держав): taken only after a verbal stem.
    private static readonly (string Ending, string[] After)[] VerbalEndings =
    [
        ("ти", ["а", "я", "и", "і", "у", "ї"]),
        ("ть", ["а", "я", "и", "і", "у", "ї", "е", "є"]),
        ("в", ["ва", "ма"]),
        ("ла", ["ва", "ма"]),
        ("ли", ["ва", "ма"]),
        ("ло", ["ва", "ма"]),
        ("ув", ["н"]),
        ("ула", ["н"]),
        ("ули", ["н"]),
        ("уло", ["н"]),
    ];

    // Short stems are ambiguous (вод-а / вод-ій, кін-о / кін-ь): these endings need a longer stem.
    private static readonly Dictionary<string, int> LongerStemFor = new(StringComparer.Ordinal) { ["ий"] = 4, ["ій"] = 4, ["ь"] = 4 };

    // Frequent stems that end like an ending (програм-и is not прогр-ами, депутат-и is not депута-ти).
    private static readonly string[] KnownStems =
    [
        "програм", "підпрограм", "систем", "підсистем", "екосистем", "схем", "проблем", "реклам", "діаграм", "телеграм",
        "депутат", "результат", "формат", "мандат", "кандидат", "адресат", "сертифікат", "апарат", "штат", "делегат",
        "секретаріат", "комітет",
    ];

    private static readonly string[] Reflexive = ["ся", "сь"];

    public static string Stem(string word)
    {
        ArgumentNullException.ThrowIfNull(word);
        if (word.Length <= MinStem) return word;
        if (KnownStem(word) is { } known) return known;
        var stem = StripReflexive(word);
        stem = StripEnding(stem);
        stem = StripVerbalVa(stem, word);
        if (stem.Length > MinStem + 1 && stem[^1] == 'і' && !Vowels.Contains(stem[^2])) stem = stem[..^1];
        if (stem.Length > MinStem + 1 && stem[^1] == 'ь') stem = stem[..^1];
        if (stem.Length > MinStem && stem[^1] == stem[^2] && !Vowels.Contains(stem[^1])) stem = stem[..^1];
        return stem;
    }

    private static string? KnownStem(string word)
    {
        foreach (var known in KnownStems)
        {
            if (!word.StartsWith(known, StringComparison.Ordinal)) continue;
            var rest = word[known.Length..];
            if (rest.Length == 0 || Array.IndexOf(Endings, rest) >= 0) return known;
        }
        return null;
    }

    private static string StripReflexive(string word)
    {
        foreach (var particle in Reflexive)
        {
            // Only after a verbal ending (-тися, -вся, -лася, -ється, -ючись): nouns in -ся/-сь are rare and short.
            if (word.Length - particle.Length > MinStem + 1 && word.EndsWith(particle, StringComparison.Ordinal)
                && "тівлиьюяеєаучшо".Contains(word[^(particle.Length + 1)]))
                return word[..^particle.Length];
        }
        return word;
    }

    private static string StripEnding(string word)
    {
        var best = 0;
        foreach (var ending in Endings)
            if (ending.Length > best && Fits(word, ending, LongerStemFor.GetValueOrDefault(ending, MinStem))) best = ending.Length;
        foreach (var (ending, after) in VerbalEndings)
        {
            if (ending.Length <= best || !Fits(word, ending, MinStem)) continue;
            var stem = word.AsSpan(0, word.Length - ending.Length);
            foreach (var before in after)
                if (stem.EndsWith(before, StringComparison.Ordinal)) best = ending.Length;
        }
        return best == 0 ? word : word[..^best];
    }

    private static bool Fits(string word, string ending, int minStem) =>
        word.Length - ending.Length >= minStem && word.EndsWith(ending, StringComparison.Ordinal)
        && HasVowel(word.AsSpan(0, word.Length - ending.Length));

    /// <summary>надава-ти, надава-в → нада (as нада-ю); реєструва-ти → реєстру (as реєстру-ю).</summary>
    private static string StripVerbalVa(string stem, string word)
    {
        if (stem.Length - 2 >= MinStem + 1 && stem.EndsWith("ва", StringComparison.Ordinal) && stem.Length < word.Length
            && HasVowel(stem.AsSpan(0, stem.Length - 2)) && word[stem.Length] is 'т' or 'в' or 'л')
            return stem[..^2];
        return stem;
    }

    private static bool HasVowel(ReadOnlySpan<char> text)
    {
        foreach (var c in text)
            if (Vowels.Contains(c)) return true;
        return false;
    }
}
