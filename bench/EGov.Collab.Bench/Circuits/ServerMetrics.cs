using System.Globalization;
using System.Text.RegularExpressions;

namespace EGov.Collab.Bench.Circuits;

/// <summary>Reads the server's own working set from its Prometheus endpoint (open to a scraper on the same machine).</summary>
public static partial class ServerMetrics
{
    public static async Task<long?> WorkingSetAsync(HttpClient http, Uri server, CancellationToken cancellationToken)
    {
        using var response = await http.GetAsync(new Uri(server, "/metrics"), cancellationToken);
        if (!response.IsSuccessStatusCode) return null;
        var match = WorkingSetLine().Match(await response.Content.ReadAsStringAsync(cancellationToken));
        return match.Success ? (long)double.Parse(match.Groups["value"].Value, CultureInfo.InvariantCulture) : null;
    }

    [GeneratedRegex(@"^egov_process_working_set_bytes(\{[^}]*\})? (?<value>[0-9.eE+]+)", RegexOptions.Multiline)]
    private static partial Regex WorkingSetLine();
}
