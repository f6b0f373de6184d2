namespace EGov.Collab.Domain.Journal;

/// <summary>Minutes to read a text at an adult's silent reading pace for Ukrainian prose (~180 words a minute).</summary>
public static class ReadingTime
{
    public const int WordsPerMinute = 180;

    public static int Minutes(string plainText)
    {
        ArgumentNullException.ThrowIfNull(plainText);
        var words = plainText.Split((char[]?)null, StringSplitOptions.RemoveEmptyEntries).Length;
        return Math.Max(1, (int)Math.Ceiling(words / (double)WordsPerMinute));
    }
}
