using System.Net;
using System.Text.RegularExpressions;
using EGov.Collab.Tests.Support;

namespace EGov.Collab.Tests.Integration.Shell;

/// <summary>Issue #21.8: the first visit's page, stylesheets and scripts travel compressed.</summary>
[Collection(SharedPortal.Name)]
public sealed partial class CompressionTests(PortalFactory portal)
{
    [Fact]
    public async Task HomePage_AndEveryStylesheetAndScriptItLinks_AreServedCompressed()
    {
        using var client = portal.CreatePlainClient();

        var (encoding, html) = await GetAsync(client, "/");
        var assets = Asset().Matches(html).Select(m => m.Groups["url"].Value).Where(u => !u.StartsWith("http", StringComparison.Ordinal)).Distinct().ToList();

        Assert.Equal("br", encoding);
        Assert.Contains(assets, a => a.Contains("MudBlazor.min", StringComparison.Ordinal) && a.EndsWith(".css", StringComparison.Ordinal));
        foreach (var asset in assets)
        {
            var (assetEncoding, _) = await GetAsync(client, "/" + asset.TrimStart('/'));
            Assert.True(assetEncoding is "br" or "gzip", $"{asset} was served with Content-Encoding '{assetEncoding}'.");
        }
    }

    private static async Task<(string? Encoding, string Body)> GetAsync(HttpClient client, string url)
    {
        using var request = new HttpRequestMessage(HttpMethod.Get, url);
        request.Headers.TryAddWithoutValidation("Accept-Encoding", "br, gzip");
        using var response = await client.SendAsync(request);
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var encoding = response.Content.Headers.ContentEncoding.FirstOrDefault();
        var bytes = await response.Content.ReadAsByteArrayAsync();
        var body = encoding switch
        {
            "br" => Decode(new System.IO.Compression.BrotliStream(new MemoryStream(bytes), System.IO.Compression.CompressionMode.Decompress)),
            "gzip" => Decode(new System.IO.Compression.GZipStream(new MemoryStream(bytes), System.IO.Compression.CompressionMode.Decompress)),
            _ => System.Text.Encoding.UTF8.GetString(bytes),
        };
        return (encoding, body);
    }

    private static string Decode(Stream stream)
    {
        using (stream)
        using (var reader = new StreamReader(stream))
            return reader.ReadToEnd();
    }

    [GeneratedRegex("""<(?:link[^>]*rel="stylesheet"[^>]*href|script[^>]*src)="(?<url>[^"]+\.(?:css|js))"[^>]*>""")]
    private static partial Regex Asset();
}
