namespace EGov.Collab.Domain.Library;

/// <summary>The DCMI Type Vocabulary terms a library item may take (dc:type).</summary>
public enum DcmiType
{
    Text = 1,
    Dataset = 2,
    Image = 3,
    MovingImage = 4,
    Sound = 5,
    Software = 6,
    InteractiveResource = 7,
    Collection = 8,
}

public static class LibraryLanguages
{
    public const string Ukrainian = "uk";
    public const string English = "en";

    public static readonly IReadOnlyList<string> All = [Ukrainian, English];

    public static bool IsKnown(string? code) => code is Ukrainian or English;

    /// <summary>The reader's language when the library has it, Ukrainian otherwise.</summary>
    public static string ForCulture(System.Globalization.CultureInfo culture) =>
        culture.TwoLetterISOLanguageName == English ? English : Ukrainian;

    /// <summary>The value in the reader's language, or in the other one when that is empty.</summary>
    public static string Pick(string language, string uk, string en) =>
        language == English ? (en.Length > 0 ? en : uk) : (uk.Length > 0 ? uk : en);
}
