using System.IO.Compression;

namespace EGov.Collab.App.Learning.Certificates;

/// <summary>
/// Writes many certificates into one ZIP on a stream. Certificates are rendered in parallel a chunk at a time and
/// written in order, so memory holds one chunk of PDFs (about a hundred kilobytes each), never the whole cohort.
/// PDFs are already compressed: entries are stored, not deflated again.
/// </summary>
public static class CertificateZipWriter
{
    public static int ChunkSize => Math.Max(16, Environment.ProcessorCount * 16);

    public static async Task WriteAsync(IReadOnlyList<CertificateContent> certificates, CertificateLabels labels, Stream output,
        Func<int, Task>? progress, CancellationToken cancellationToken, int? maxDegreeOfParallelism = null)
    {
        ArgumentNullException.ThrowIfNull(certificates);
        using var zip = new ZipArchive(output, ZipArchiveMode.Create, leaveOpen: true);
        var chunk = new byte[ChunkSize][];
        var options = new ParallelOptions
        {
            CancellationToken = cancellationToken,
            MaxDegreeOfParallelism = maxDegreeOfParallelism ?? Environment.ProcessorCount,
        };
        for (var start = 0; start < certificates.Count; start += chunk.Length)
        {
            var count = Math.Min(chunk.Length, certificates.Count - start);
            var first = start;
            Parallel.For(0, count, options, i => chunk[i] = CertificateDocument.Render(certificates[first + i], labels));
            for (var i = 0; i < count; i++)
            {
                var entry = zip.CreateEntry(EntryName(certificates[first + i]), CompressionLevel.NoCompression);
                using (var stream = entry.Open())
                    stream.Write(chunk[i]);
                chunk[i] = [];
            }

            if (progress is not null) await progress(first + count);
        }
    }

    private static string EntryName(CertificateContent certificate) => $"{certificate.Number}.pdf";
}
