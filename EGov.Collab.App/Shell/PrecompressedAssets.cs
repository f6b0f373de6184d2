using System.Collections.Concurrent;
using System.IO.Compression;
using Microsoft.AspNetCore.StaticAssets;
using Microsoft.Net.Http.Headers;

namespace EGov.Collab.App.Shell;

/// <summary>
/// Static assets that the build left without a compressed copy, compressed once at the smallest size and kept.
/// MudBlazor's stylesheet (627 KB) and script reach every page through their fingerprinted URLs, and the build compresses
/// package assets under their plain URLs only; response compression would squeeze them at its fastest level on every
/// request. Here each is compressed on its first request (Brotli at its best quality, or gzip at its smallest) and the
/// bytes are served from memory from then on. Applied to <c>MapStaticAssets</c> as a convention (<see cref="Apply"/>).
/// </summary>
public sealed class PrecompressedAssets(IWebHostEnvironment environment, ILogger<PrecompressedAssets> logger)
{
    /// <summary>Brotli's best quality and its largest window the browsers accept: for a stylesheet this size, about a quarter smaller than gzip.</summary>
    private const int BrotliQuality = 11;
    private const int BrotliWindow = 22;
    private const long MaxBytes = 8 * 1024 * 1024;

    private static readonly string[] CompressibleTypes =
        ["text/", "application/javascript", "application/json", "application/xml", "image/svg+xml"];

    private readonly ConcurrentDictionary<(string Path, string Encoding), Lazy<Task<byte[]?>>> _compressed = new();

    /// <summary>Wraps the endpoint of an uncompressed, compressible asset; leaves every other endpoint as it is.</summary>
    public void Apply(EndpointBuilder endpoint)
    {
        ArgumentNullException.ThrowIfNull(endpoint);
        var asset = endpoint.Metadata.OfType<StaticAssetDescriptor>().FirstOrDefault();
        if (asset is null || endpoint.RequestDelegate is not { } serve || !IsCandidate(asset)) return;
        endpoint.RequestDelegate = context => ServeAsync(context, asset, serve);
    }

    private static bool IsCandidate(StaticAssetDescriptor asset)
    {
        if (asset.Selectors.Count > 0 || Header(asset, HeaderNames.ContentEncoding) is not null) return false;
        var type = Header(asset, HeaderNames.ContentType) ?? "";
        var length = long.TryParse(Header(asset, HeaderNames.ContentLength), out var bytes) ? bytes : long.MaxValue;
        return length is > 1024 and <= MaxBytes && CompressibleTypes.Any(t => type.StartsWith(t, StringComparison.OrdinalIgnoreCase));
    }

    private async Task ServeAsync(HttpContext context, StaticAssetDescriptor asset, RequestDelegate serve)
    {
        var request = context.Request;
        var encoding = HttpMethods.IsGet(request.Method) && request.Headers.Range.Count == 0 ? Preferred(request) : null;
        if (encoding is null)
        {
            await serve(context);
            return;
        }
        var bytes = await _compressed.GetOrAdd((asset.AssetPath, encoding), key => new Lazy<Task<byte[]?>>(() => CompressAsync(key.Path, key.Encoding))).Value;
        if (bytes is null)
        {
            await serve(context);
            return;
        }

        var response = context.Response;
        foreach (var header in asset.ResponseHeaders)
        {
            if (header.Name is not ("Content-Length" or "ETag" or "Accept-Ranges")) response.Headers.Append(header.Name, header.Value);
        }
        // The compressed bytes are another representation of the asset: an entity tag of their own.
        var etag = Header(asset, HeaderNames.ETag) is { Length: > 2 } identity && identity.EndsWith('"') ? identity[..^1] + "-" + encoding + "\"" : null;
        if (etag is not null) response.Headers.ETag = etag;
        response.Headers.ContentEncoding = encoding;
        response.Headers.Vary = HeaderNames.AcceptEncoding;
        if (etag is not null && request.Headers.IfNoneMatch.Any(v => v is not null && v.Contains(etag, StringComparison.Ordinal)))
        {
            response.StatusCode = StatusCodes.Status304NotModified;
            return;
        }
        response.ContentLength = bytes.Length;
        await response.Body.WriteAsync(bytes, context.RequestAborted);
    }

    /// <summary>"br" when the client takes Brotli, else "gzip" when it takes gzip, else null (serve as the build left it).</summary>
    private static string? Preferred(HttpRequest request)
    {
        var accepted = request.GetTypedHeaders().AcceptEncoding;
        bool Takes(string coding) => accepted.Any(a => string.Equals(a.Value.Value, coding, StringComparison.OrdinalIgnoreCase) && a.Quality is null or > 0);
        return Takes("br") ? "br" : Takes("gzip") ? "gzip" : null;
    }

    private async Task<byte[]?> CompressAsync(string path, string encoding)
    {
        var file = environment.WebRootFileProvider.GetFileInfo(path);
        if (!file.Exists || file.Length > MaxBytes) return null;
        byte[] content;
        try
        {
            await using var stream = file.CreateReadStream();
            content = new byte[file.Length];
            await stream.ReadExactlyAsync(content);
        }
        catch (IOException exception)
        {
            // Served as the build left it (and compressed per request) rather than failing the asset.
            logger.LogWarning(exception, "Could not read {Asset} to compress it.", path);
            return null;
        }
        // Once per asset and process, off the request's thread: Brotli at quality 11 takes a second or two for the stylesheet.
        return await Task.Run(() =>
        {
            var compressed = encoding == "br" ? Brotli(content) : Gzip(content);
            logger.LogInformation("Compressed {Asset} once with {Encoding}: {Bytes} → {Compressed} bytes.", path, encoding, content.Length, compressed.Length);
            return compressed;
        });
    }

    private static byte[] Brotli(byte[] content)
    {
        var buffer = new byte[BrotliEncoder.GetMaxCompressedLength(content.Length)];
        if (!BrotliEncoder.TryCompress(content, buffer, out var written, BrotliQuality, BrotliWindow))
            throw new InvalidOperationException("Brotli compression did not fit its own bound.");
        return buffer[..written];
    }

    private static byte[] Gzip(byte[] content)
    {
        using var output = new MemoryStream();
        using (var gzip = new GZipStream(output, CompressionLevel.SmallestSize, leaveOpen: true)) gzip.Write(content);
        return output.ToArray();
    }

    private static string? Header(StaticAssetDescriptor asset, string name) =>
        asset.ResponseHeaders.FirstOrDefault(h => string.Equals(h.Name, name, StringComparison.OrdinalIgnoreCase))?.Value;
}
