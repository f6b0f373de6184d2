using System.Text;
using System.Text.Json;
using EGov.Collab.Domain.Practices;

namespace EGov.Collab.App.Practices;

/// <summary>
/// The classifier published as SKOS: JSON-LD with an <c>@graph</c> (written with System.Text.Json) and Turtle (a small
/// writer of our own: no RDF library restores here). Schemes are <c>{base}/practices/classifier/{scheme}</c>, concepts
/// <c>{base}/practices/classifier/{scheme}/{notation}</c>; labels carry @uk and @en.
/// </summary>
public static class SkosClassifier
{
    public const string Skos = "http://www.w3.org/2004/02/skos/core#";

    public static string SchemeUri(string baseUrl, ConceptScheme scheme) => $"{baseUrl}/practices/classifier/{scheme.Slug()}";

    public static string ConceptUri(string baseUrl, Concept concept) =>
        $"{SchemeUri(baseUrl, concept.Scheme)}/{Uri.EscapeDataString(concept.Notation)}";

    public static byte[] JsonLd(string baseUrl, IReadOnlyList<Concept> concepts)
    {
        ArgumentNullException.ThrowIfNull(concepts);
        var byId = concepts.ToDictionary(c => c.Id);
        var tree = new ConceptTree(concepts);
        using var stream = new MemoryStream();
        using (var json = new Utf8JsonWriter(stream, new JsonWriterOptions { Indented = true, Encoder = System.Text.Encodings.Web.JavaScriptEncoder.UnsafeRelaxedJsonEscaping }))
        {
            json.WriteStartObject();
            json.WriteStartObject("@context");
            json.WriteString("skos", Skos);
            json.WriteEndObject();
            json.WriteStartArray("@graph");
            foreach (var scheme in ConceptSchemes.All)
            {
                json.WriteStartObject();
                json.WriteString("@id", SchemeUri(baseUrl, scheme));
                json.WriteString("@type", "skos:ConceptScheme");
                Labels(json, "skos:prefLabel", scheme.Names().Uk, scheme.Names().En);
                References(json, "skos:hasTopConcept", tree.InOrder(scheme).Where(x => x.Depth == 0).Select(x => ConceptUri(baseUrl, x.Concept)));
                json.WriteEndObject();
                foreach (var (concept, depth) in tree.InOrder(scheme))
                {
                    json.WriteStartObject();
                    json.WriteString("@id", ConceptUri(baseUrl, concept));
                    json.WriteString("@type", "skos:Concept");
                    json.WriteStartObject("skos:inScheme");
                    json.WriteString("@id", SchemeUri(baseUrl, scheme));
                    json.WriteEndObject();
                    if (depth == 0)
                    {
                        json.WriteStartObject("skos:topConceptOf");
                        json.WriteString("@id", SchemeUri(baseUrl, scheme));
                        json.WriteEndObject();
                    }
                    json.WriteString("skos:notation", concept.Notation);
                    Labels(json, "skos:prefLabel", concept.LabelUk, concept.LabelEn);
                    if (concept.BroaderId is { } broaderId && byId.TryGetValue(broaderId, out var broader))
                        References(json, "skos:broader", [ConceptUri(baseUrl, broader)]);
                    References(json, "skos:narrower", tree.Narrower(concept.Id).OrderBy(c => c.Notation, StringComparer.Ordinal).Select(c => ConceptUri(baseUrl, c)));
                    json.WriteEndObject();
                }
            }
            json.WriteEndArray();
            json.WriteEndObject();
        }
        return stream.ToArray();
    }

    public static string Turtle(string baseUrl, IReadOnlyList<Concept> concepts)
    {
        ArgumentNullException.ThrowIfNull(concepts);
        var byId = concepts.ToDictionary(c => c.Id);
        var tree = new ConceptTree(concepts);
        var ttl = new StringBuilder();
        ttl.Append("@prefix skos: <").Append(Skos).Append("> .\n\n");
        foreach (var scheme in ConceptSchemes.All)
        {
            var statements = new List<string>
            {
                "a skos:ConceptScheme",
                $"skos:prefLabel {Literal(scheme.Names().Uk, "uk")} , {Literal(scheme.Names().En, "en")}",
            };
            var tops = tree.InOrder(scheme).Where(x => x.Depth == 0).Select(x => Iri(ConceptUri(baseUrl, x.Concept))).ToList();
            if (tops.Count > 0) statements.Add("skos:hasTopConcept " + string.Join(" , ", tops));
            Subject(ttl, SchemeUri(baseUrl, scheme), statements);
            foreach (var (concept, depth) in tree.InOrder(scheme))
            {
                statements =
                [
                    "a skos:Concept",
                    $"skos:inScheme {Iri(SchemeUri(baseUrl, scheme))}",
                    $"skos:notation {Literal(concept.Notation, null)}",
                    $"skos:prefLabel {Literal(concept.LabelUk, "uk")} , {Literal(concept.LabelEn, "en")}",
                ];
                if (depth == 0) statements.Add($"skos:topConceptOf {Iri(SchemeUri(baseUrl, scheme))}");
                if (concept.BroaderId is { } broaderId && byId.TryGetValue(broaderId, out var broader))
                    statements.Add($"skos:broader {Iri(ConceptUri(baseUrl, broader))}");
                var narrower = tree.Narrower(concept.Id).OrderBy(c => c.Notation, StringComparer.Ordinal).Select(c => Iri(ConceptUri(baseUrl, c))).ToList();
                if (narrower.Count > 0) statements.Add("skos:narrower " + string.Join(" , ", narrower));
                Subject(ttl, ConceptUri(baseUrl, concept), statements);
            }
        }
        return ttl.ToString();
    }

    private static void Subject(StringBuilder ttl, string uri, List<string> statements)
    {
        ttl.Append(Iri(uri)).Append('\n');
        ttl.Append("    ").Append(string.Join(" ;\n    ", statements)).Append(" .\n\n");
    }

    private static string Iri(string uri)
    {
        var clean = new StringBuilder(uri.Length + 2).Append('<');
        foreach (var ch in uri)
        {
            // Characters Turtle forbids inside an IRI reference are percent-encoded (the base URL comes from configuration).
            if (ch <= ' ' || "<>\"{}|^`\\".Contains(ch, StringComparison.Ordinal)) clean.Append('%').Append(((int)ch).ToString("X2", System.Globalization.CultureInfo.InvariantCulture));
            else clean.Append(ch);
        }
        return clean.Append('>').ToString();
    }

    private static string Literal(string value, string? language)
    {
        var text = new StringBuilder(value.Length + 8).Append('"');
        foreach (var ch in value)
        {
            text.Append(ch switch
            {
                '\\' => "\\\\",
                '"' => "\\\"",
                '\n' => "\\n",
                '\r' => "\\r",
                '\t' => "\\t",
                _ => ch.ToString(),
            });
        }
        text.Append('"');
        if (language is not null) text.Append('@').Append(language);
        return text.ToString();
    }

    private static void Labels(Utf8JsonWriter json, string property, string uk, string en)
    {
        json.WriteStartArray(property);
        foreach (var (value, language) in new[] { (uk, "uk"), (en, "en") })
        {
            json.WriteStartObject();
            json.WriteString("@value", value);
            json.WriteString("@language", language);
            json.WriteEndObject();
        }
        json.WriteEndArray();
    }

    private static void References(Utf8JsonWriter json, string property, IEnumerable<string> uris)
    {
        var list = uris.ToList();
        if (list.Count == 0) return;
        json.WriteStartArray(property);
        foreach (var uri in list)
        {
            json.WriteStartObject();
            json.WriteString("@id", uri);
            json.WriteEndObject();
        }
        json.WriteEndArray();
    }
}
