namespace EGov.Collab.Domain.Common.Search;

/// <summary>A word that occurs somewhere in the index, as written: where "did you mean" looks for a near spelling.</summary>
public sealed class VocabularyWord
{
    public const int MinLength = 4;

    private VocabularyWord()
    {
    }

    public VocabularyWord(string word)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(word);
        if (word.Length > SearchWords.MaxWordLength) throw new ArgumentOutOfRangeException(nameof(word));
        Word = word;
    }

    /// <summary>An integer key for SQLite's trigram index over the vocabulary.</summary>
    public long Id { get; private set; }

    public string Word { get; private set; } = "";

    /// <summary>The words of a text worth offering as a correction: letters only, at least <see cref="MinLength"/> long.</summary>
    public static IEnumerable<string> Candidates(string text) =>
        SearchWords.Split(text).Select(w => w.Word).Where(w => w.Length >= MinLength && w.All(c => char.IsLetter(c) || c == SearchWords.Apostrophe));
}
