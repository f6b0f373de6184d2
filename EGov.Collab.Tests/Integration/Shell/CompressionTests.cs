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

    /// <summary>
    /// The build leaves MudBlazor's fingerprinted stylesheet uncompressed; it is compressed once at the smallest size
    /// (not per request at a level fast enough for every request), and the same bytes, with an entity tag of their own,
    /// come back each time.
    /// </summary>
    [Theory]
    [InlineData("br")]
    [InlineData("gzip")]
    public async Task MudBlazorStylesheet_ComesCompressedAtTheSmallestSize_TheSameBytesEachTime(string encoding)
    {
        using var client = portal.CreatePlainClient();
        var (_, html) = await GetAsync(client, "/");
        var url = "/" + Asset().Matches(html).Select(m => m.Groups["url"].Value).Single(u => u.Contains("MudBlazor.min", StringComparison.Ordinal) && u.EndsWith(".css", StringComparison.Ordinal)).TrimStart('/');
        var identity = await client.GetByteArrayAsync(url);

        using var first = await SendAsync(client, url, encoding);
        using var second = await SendAsync(client, url, encoding);

        Assert.Equal(encoding, first.Content.Headers.ContentEncoding.Single());
        var bytes = await first.Content.ReadAsByteArrayAsync();
        Assert.Equal(identity, Decompress(encoding, bytes));
        Assert.Equal(bytes, await second.Content.ReadAsByteArrayAsync());
        var smallest = Smallest(encoding, identity).Length;
        Assert.True(bytes.Length <= smallest, $"{bytes.Length} bytes with {encoding}; at the smallest size it is {smallest}.");
        var etag = first.Headers.ETag!;
        using var again = new HttpRequestMessage(HttpMethod.Get, url);
        again.Headers.TryAddWithoutValidation("Accept-Encoding", encoding);
        again.Headers.IfNoneMatch.Add(etag);
        using var notModified = await client.SendAsync(again);
        Assert.Equal(HttpStatusCode.NotModified, notModified.StatusCode);
    }

    private static async Task<HttpResponseMessage> SendAsync(HttpClient client, string url, string encoding)
    {
        using var request = new HttpRequestMessage(HttpMethod.Get, url);
        request.Headers.TryAddWithoutValidation("Accept-Encoding", encoding);
        var response = await client.SendAsync(request);
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        return response;
    }

    private static byte[] Decompress(string encoding, byte[] bytes)
    {
        using var input = new MemoryStream(bytes);
        using Stream decoder = encoding == "br"
            ? new System.IO.Compression.BrotliStream(input, System.IO.Compression.CompressionMode.Decompress)
            : new System.IO.Compression.GZipStream(input, System.IO.Compression.CompressionMode.Decompress);
        using var output = new MemoryStream();
        decoder.CopyTo(output);
        return output.ToArray();
    }

    /// <summary>The asset at Brotli's best quality (11, 4 MB window) or gzip's smallest size.</summary>
    private static byte[] Smallest(string encoding, byte[] content)
    {
        if (encoding == "br")
        {
            var buffer = new byte[System.IO.Compression.BrotliEncoder.GetMaxCompressedLength(content.Length)];
            Assert.True(System.IO.Compression.BrotliEncoder.TryCompress(content, buffer, out var written, 11, 22));
            return buffer[..written];
        }
        using var output = new MemoryStream();
        using (var gzip = new System.IO.Compression.GZipStream(output, System.IO.Compression.CompressionLevel.SmallestSize, leaveOpen: true)) gzip.Write(content);
        return output.ToArray();
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
