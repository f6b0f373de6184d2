namespace EGov.Collab.App.Library;

/// <summary>The library's paths, and absolute URLs (citations, OAI-PMH, signposting) built on Portal:PublicUrl only.</summary>
public sealed class LibraryLinks(IConfiguration configuration)
{
    public const string Home = "/library";
    public const string Submit = "/library/submit";
    public const string Mine = "/library/my";
    public const string Review = "/library/review";
    public const string StatisticsCsv = "/library/statistics.csv";
    public const string Oai = "/oai";

    public string BaseUrl
    {
        get
        {
            var configured = configuration["Portal:PublicUrl"];
            return (string.IsNullOrWhiteSpace(configured) ? "http://localhost:5080" : configured).TrimEnd('/');
        }
    }

    public string Absolute(string path) => BaseUrl + (path.StartsWith('/') ? path : "/" + path);

    public static string Item(Guid id) => $"/library/items/{id}";

    public static string Edit(Guid id) => $"/library/items/{id}/edit";

    /// <summary>The current file, shown in the browser.</summary>
    public static string File(Guid id) => $"/library/items/{id}/file";

    public static string Download(Guid id) => $"/library/items/{id}/file?download=1";

    public static string Version(Guid id, int version, bool download = false) =>
        $"/library/items/{id}/files/{version}" + (download ? "?download=1" : "");

    public static string Citation(Guid id, string format) => $"/library/items/{id}/cite.{format}";

    public static string Browse(string parameter, string value) => $"{Home}?{parameter}={Uri.EscapeDataString(value)}";

    /// <summary>The item's OAI-PMH identifier: oai:{host}:{persistent id}.</summary>
    public string OaiIdentifier(string persistentId) => $"oai:{new Uri(BaseUrl).Host}:{persistentId}";
}
