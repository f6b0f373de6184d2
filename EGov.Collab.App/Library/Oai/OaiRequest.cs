using System.Globalization;

namespace EGov.Collab.App.Library.Oai;

/// <summary>An OAI-PMH 2.0 protocol error (§3.6): its code and a human-readable message.</summary>
public sealed record OaiError(string Code, string Message)
{
    public static OaiError BadVerb(string message) => new("badVerb", message);
    public static OaiError BadArgument(string message) => new("badArgument", message);
    public static readonly OaiError BadResumptionToken = new("badResumptionToken", "The resumption token is invalid or has expired.");
    public static readonly OaiError CannotDisseminateFormat = new("cannotDisseminateFormat", "The metadata format is not supported by this repository or item.");
    public static readonly OaiError IdDoesNotExist = new("idDoesNotExist", "No item has this identifier.");
    public static readonly OaiError NoRecordsMatch = new("noRecordsMatch", "No records match the request.");
    public static readonly OaiError NoMetadataFormats = new("noMetadataFormats", "This item has been withdrawn; no metadata formats are available for it.");
    public static readonly OaiError NoSetHierarchy = new("noSetHierarchy", "This repository has no collections yet.");
}

/// <summary>A harvester's request, checked against §3.1 and §4 of the protocol: verbs, required, optional and exclusive arguments, dates.</summary>
public sealed record OaiRequest(
    string Verb,
    IReadOnlyDictionary<string, string> Arguments,
    string? Identifier,
    string? MetadataPrefix,
    string? Set,
    DateTimeOffset? From,
    DateTimeOffset? Until,
    string? ResumptionToken)
{
    public const string Identify = "Identify";
    public const string ListMetadataFormats = "ListMetadataFormats";
    public const string ListSets = "ListSets";
    public const string GetRecord = "GetRecord";
    public const string ListIdentifiers = "ListIdentifiers";
    public const string ListRecords = "ListRecords";

    private static readonly Dictionary<string, (string[] Required, string[] Optional, bool Resumable)> Verbs = new(StringComparer.Ordinal)
    {
        [Identify] = ([], [], false),
        [ListMetadataFormats] = ([], ["identifier"], false),
        [ListSets] = ([], [], true),
        [GetRecord] = (["identifier", "metadataPrefix"], [], false),
        [ListIdentifiers] = (["metadataPrefix"], ["from", "until", "set"], true),
        [ListRecords] = (["metadataPrefix"], ["from", "until", "set"], true),
    };

    /// <summary>The request, or the protocol error it earns. Each key may hold several values (a repeated argument).</summary>
    public static (OaiRequest? Request, OaiError? Error) Parse(IEnumerable<KeyValuePair<string, string?[]>> raw)
    {
        ArgumentNullException.ThrowIfNull(raw);
        var all = raw.ToList();
        var verbs = all.Where(p => p.Key == "verb").SelectMany(p => p.Value).ToList();
        if (verbs.Count == 0) return (null, OaiError.BadVerb("The verb argument is missing."));
        if (verbs.Count > 1) return (null, OaiError.BadVerb("The verb argument is repeated."));
        var verb = verbs[0] ?? "";
        if (!Verbs.TryGetValue(verb, out var rule)) return (null, OaiError.BadVerb("The verb is not one of the six OAI-PMH verbs."));

        var arguments = new Dictionary<string, string>(StringComparer.Ordinal);
        foreach (var (key, values) in all.Where(p => p.Key != "verb"))
        {
            if (values.Length != 1) return (null, OaiError.BadArgument($"The argument {key} is repeated."));
            var allowed = rule.Required.Contains(key) || rule.Optional.Contains(key) || (rule.Resumable && key == "resumptionToken");
            if (!allowed) return (null, OaiError.BadArgument($"The argument {key} is not allowed with {verb}."));
            arguments[key] = values[0] ?? "";
        }

        if (arguments.TryGetValue("resumptionToken", out var token))
        {
            // The resumption token is an exclusive argument (§3.5).
            if (arguments.Count > 1) return (null, OaiError.BadArgument("resumptionToken is an exclusive argument."));
            return (new OaiRequest(verb, arguments, null, null, null, null, null, token), null);
        }
        foreach (var required in rule.Required)
            if (!arguments.TryGetValue(required, out var value) || value.Length == 0)
                return (null, OaiError.BadArgument($"The argument {required} is required with {verb}."));

        DateTimeOffset? from = null, until = null;
        if (arguments.TryGetValue("from", out var fromText))
        {
            if (!TryParseDate(fromText, out var parsed, out _)) return (null, OaiError.BadArgument("from is not a UTC date (YYYY-MM-DD or YYYY-MM-DDThh:mm:ssZ)."));
            from = parsed;
        }
        if (arguments.TryGetValue("until", out var untilText))
        {
            if (!TryParseDate(untilText, out var parsed, out var dayOnly)) return (null, OaiError.BadArgument("until is not a UTC date (YYYY-MM-DD or YYYY-MM-DDThh:mm:ssZ)."));
            // An until date covers its whole day; an until instant covers its whole second.
            until = dayOnly ? parsed.AddDays(1).AddTicks(-1) : parsed.AddSeconds(1).AddTicks(-1);
        }
        if (fromText is not null && untilText is not null && fromText.Length != untilText.Length)
            return (null, OaiError.BadArgument("from and until have different granularities."));
        if (from > until) return (null, OaiError.BadArgument("from is later than until."));

        return (new OaiRequest(verb, arguments, arguments.GetValueOrDefault("identifier"), arguments.GetValueOrDefault("metadataPrefix"),
            arguments.GetValueOrDefault("set"), from, until, null), null);
    }

    /// <summary>YYYY-MM-DD or YYYY-MM-DDThh:mm:ssZ, the repository's granularity (§3.3.1).</summary>
    public static bool TryParseDate(string text, out DateTimeOffset value, out bool dayOnly)
    {
        dayOnly = text.Length == 10;
        var format = dayOnly ? "yyyy-MM-dd" : "yyyy-MM-dd'T'HH:mm:ss'Z'";
        if (DateTime.TryParseExact(text, format, CultureInfo.InvariantCulture, DateTimeStyles.AdjustToUniversal | DateTimeStyles.AssumeUniversal, out var parsed))
        {
            value = new DateTimeOffset(parsed, TimeSpan.Zero);
            return true;
        }
        value = default;
        return false;
    }

    public static string FormatDate(DateTimeOffset value) =>
        value.UtcDateTime.ToString("yyyy-MM-dd'T'HH:mm:ss'Z'", CultureInfo.InvariantCulture);
}
