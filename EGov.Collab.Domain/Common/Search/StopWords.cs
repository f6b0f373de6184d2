namespace EGov.Collab.Domain.Common.Search;

/// <summary>Function words left out of a query of several words, Ukrainian and English.</summary>
public static class StopWords
{
    private static readonly HashSet<string> Words = new(StringComparer.Ordinal)
    {
        "і", "й", "та", "а", "але", "в", "у", "на", "з", "із", "зі", "до", "від", "для", "по", "про", "за", "що", "як", "це",
        "чи", "не", "при", "під", "над", "без", "через", "або", "його", "її", "їх", "є",
        "the", "a", "an", "and", "or", "of", "to", "in", "on", "for", "with", "by", "is", "are", "be", "at", "as",
    };

    public static bool Contains(string word) => Words.Contains(word);
}
