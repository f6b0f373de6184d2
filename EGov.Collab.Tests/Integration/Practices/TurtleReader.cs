using System.Text;

namespace EGov.Collab.Tests.Integration.Practices;

/// <summary>
/// Reads back the Turtle subset the classifier writes (one @prefix, IRI subjects, "a", prefixed predicates, IRIs and
/// string literals with @lang, ';' and ',' lists), character by character, so the test checks the published text rather
/// than trusting the writer. Gives (subject, predicate, object, language) triples with prefixes expanded.
/// </summary>
public static class TurtleReader
{
    public sealed record Triple(string Subject, string Predicate, string Value, string? Language);

    public static IReadOnlyList<Triple> Parse(string text)
    {
        var prefixes = new Dictionary<string, string>(StringComparer.Ordinal);
        var triples = new List<Triple>();
        var i = 0;
        while (true)
        {
            SkipSpace(text, ref i);
            if (i >= text.Length) break;
            if (text[i] == '@')
            {
                var word = Word(text, ref i);
                if (word != "@prefix") throw new FormatException($"Unexpected {word} at {i}");
                SkipSpace(text, ref i);
                var name = Word(text, ref i).TrimEnd(':');
                SkipSpace(text, ref i);
                prefixes[name] = Iri(text, ref i);
                Expect(text, ref i, '.');
                continue;
            }
            var subject = Term(text, ref i, prefixes).Value;
            while (true)
            {
                SkipSpace(text, ref i);
                var predicate = Term(text, ref i, prefixes).Value;
                if (predicate == "a") predicate = "http://www.w3.org/1999/02/22-rdf-syntax-ns#type";
                while (true)
                {
                    SkipSpace(text, ref i);
                    var (value, language) = Term(text, ref i, prefixes);
                    triples.Add(new Triple(subject, predicate, value, language));
                    SkipSpace(text, ref i);
                    if (text[i] != ',') break;
                    i++;
                }
                if (text[i] == ';')
                {
                    i++;
                    continue;
                }
                Expect(text, ref i, '.');
                break;
            }
        }
        return triples;
    }

    private static (string Value, string? Language) Term(string text, ref int i, Dictionary<string, string> prefixes)
    {
        if (text[i] == '<') return (Iri(text, ref i), null);
        if (text[i] == '"')
        {
            var value = new StringBuilder();
            i++;
            while (text[i] != '"')
            {
                if (text[i] == '\\')
                {
                    i++;
                    value.Append(text[i] switch { 'n' => '\n', 'r' => '\r', 't' => '\t', var c => c });
                }
                else value.Append(text[i]);
                i++;
            }
            i++;
            string? language = null;
            if (i < text.Length && text[i] == '@')
            {
                i++;
                var start = i;
                while (char.IsAsciiLetterOrDigit(text[i]) || text[i] == '-') i++;
                language = text[start..i];
            }
            return (value.ToString(), language);
        }
        var word = Word(text, ref i);
        var colon = word.IndexOf(':', StringComparison.Ordinal);
        return colon < 0 ? (word, null) : (prefixes[word[..colon]] + word[(colon + 1)..], null);
    }

    private static string Iri(string text, ref int i)
    {
        Expect(text, ref i, '<');
        var end = text.IndexOf('>', i);
        var iri = text[i..end];
        i = end + 1;
        return iri;
    }

    private static string Word(string text, ref int i)
    {
        var start = i;
        while (i < text.Length && !char.IsWhiteSpace(text[i]) && text[i] is not (';' or ',') && !(text[i] == '.' && (i + 1 >= text.Length || char.IsWhiteSpace(text[i + 1]))))
            i++;
        return text[start..i];
    }

    private static void Expect(string text, ref int i, char c)
    {
        SkipSpace(text, ref i);
        if (text[i] != c) throw new FormatException($"Expected '{c}' at {i}, found '{text[i]}'");
        i++;
    }

    private static void SkipSpace(string text, ref int i)
    {
        while (i < text.Length && char.IsWhiteSpace(text[i])) i++;
    }
}
