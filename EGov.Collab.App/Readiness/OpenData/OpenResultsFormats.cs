using System.Globalization;
using System.Text;
using System.Text.Json;
using EGov.Collab.App.Common;

namespace EGov.Collab.App.Readiness.OpenData;

/// <summary>The two open-data formats: CSV through the portal's one writer, JSON with camelCase names.</summary>
public static class OpenResultsFormats
{
    public static readonly JsonSerializerOptions Json = new(JsonSerializerDefaults.Web);

    public static string Csv(OpenResults results)
    {
        ArgumentNullException.ThrowIfNull(results);
        var output = new StringBuilder();
        Common.Csv.WriteRecord(output, ["rank", "groupRank", "id", "nameUk", "nameEn", "group", "regionCode", "regionNameUk", "regionNameEn", "index",
            .. results.Components.Select(c => c.Code)]);
        foreach (var body in results.Bodies)
        {
            Common.Csv.WriteRecord(output, [Number(body.Rank), Number(body.GroupRank), body.Id.ToString(), body.NameUk, body.NameEn, body.Group,
                body.RegionCode, body.RegionNameUk, body.RegionNameEn, Score(body.Index), .. body.Components.Select(c => Score(c.Score))]);
        }
        return output.ToString();
    }

    public static byte[] CsvBytes(OpenResults results) => [.. Common.Csv.Utf8WithBom.GetPreamble(), .. Common.Csv.Utf8WithBom.GetBytes(Csv(results))];

    private static string Number(int value) => value.ToString(CultureInfo.InvariantCulture);

    private static string Score(decimal value) => value.ToString("0.0000", CultureInfo.InvariantCulture);
}
