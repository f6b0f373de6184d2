using System.Net;
using System.Text.Json.Nodes;
using System.Text.RegularExpressions;

namespace EGov.Collab.Bench.Circuits;

/// <summary>
/// What a browser reads from a prerendered page before it opens a circuit: the server component markers
/// (<c>&lt;!--Blazor:{…}--&gt;</c>) and the protected component state (<c>&lt;!--Blazor-Server-Component-State:…--&gt;</c>).
/// </summary>
public sealed partial record BlazorPage(Uri Address, IReadOnlyList<JsonObject> Markers, string ApplicationState)
{
    public static async Task<BlazorPage> LoadAsync(HttpClient http, Uri address, CancellationToken cancellationToken)
    {
        using var response = await http.GetAsync(address, cancellationToken);
        response.EnsureSuccessStatusCode();
        return Parse(response.RequestMessage?.RequestUri ?? address, await response.Content.ReadAsStringAsync(cancellationToken));
    }

    public static BlazorPage Parse(Uri address, string html)
    {
        var markers = new List<JsonObject>();
        foreach (Match match in MarkerComment().Matches(html))
        {
            // End markers carry only the prerender id; start markers carry the protected descriptor.
            if (JsonNode.Parse(WebUtility.HtmlDecode(match.Groups["json"].Value)) is JsonObject marker
                && marker["type"]?.GetValue<string>() == "server" && marker["descriptor"] is not null)
                markers.Add(marker);
        }
        var state = StateComment().Match(html) is { Success: true } found ? found.Groups["state"].Value : "";
        return new BlazorPage(address, markers.OrderBy(m => m["sequence"]?.GetValue<int>() ?? 0).ToList(), state);
    }

    /// <summary>The first UpdateRootComponents batch: every server marker added, as blazor.web.js sends it.</summary>
    public string AddOperations()
    {
        var operations = new JsonArray();
        for (var i = 0; i < Markers.Count; i++)
        {
            var marker = (JsonObject)Markers[i].DeepClone();
            marker["uniqueId"] = i;
            operations.Add(new JsonObject { ["type"] = "add", ["ssrComponentId"] = i + 1, ["marker"] = marker });
        }
        return new JsonObject { ["batchId"] = 1, ["operations"] = operations }.ToJsonString();
    }

    [GeneratedRegex(@"<!--Blazor:(?<json>\{.*?\})-->", RegexOptions.Singleline)]
    private static partial Regex MarkerComment();

    [GeneratedRegex(@"<!--Blazor-Server-Component-State:(?<state>[A-Za-z0-9+/=]+)-->")]
    private static partial Regex StateComment();
}
