using System.IO.Compression;

namespace EGov.Collab.App.Common;

/// <summary>How far an uploaded ZIP container (DOCX, XLSX, plain ZIP) may unpack.</summary>
public sealed record UnpackLimits(int MaxEntries, long MaxEntryBytes, long MaxTotalBytes)
{
    /// <summary>Office documents: a genuine 10 MB .docx/.xlsx stays far below these; a ZIP bomb does not.</summary>
    public static readonly UnpackLimits OfficeDocument = new(MaxEntries: 1_000, MaxEntryBytes: 16 * 1024 * 1024, MaxTotalBytes: 48 * 1024 * 1024);
}

/// <summary>What <see cref="BoundedZip.Check"/> found.</summary>
public enum UnpackVerdict
{
    Ok = 0,
    NotAZip = 1,
    TooLarge = 2,
}

/// <summary>
/// Checks a ZIP container before anything parses it: the number of entries, and every entry's and the whole archive's
/// unpacked size, counted on the inflated bytes themselves (a bomb lies in its declared sizes). Memory stays at one
/// small buffer; the check stops at the first byte over a limit. Reuse it for every upload the portal unpacks.
/// </summary>
public static class BoundedZip
{
    public static UnpackVerdict Check(Stream zip, UnpackLimits limits, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(zip);
        ArgumentNullException.ThrowIfNull(limits);
        var start = zip.CanSeek ? zip.Position : 0;
        try
        {
            using var archive = new ZipArchive(zip, ZipArchiveMode.Read, leaveOpen: true);
            if (archive.Entries.Count > limits.MaxEntries) return UnpackVerdict.TooLarge;
            var buffer = new byte[81_920];
            long total = 0;
            foreach (var entry in archive.Entries)
            {
                if (entry.Length > limits.MaxEntryBytes) return UnpackVerdict.TooLarge;
                using var inflated = entry.Open();
                long entryBytes = 0;
                int read;
                while ((read = inflated.Read(buffer, 0, buffer.Length)) > 0)
                {
                    cancellationToken.ThrowIfCancellationRequested();
                    entryBytes += read;
                    total += read;
                    if (entryBytes > limits.MaxEntryBytes || total > limits.MaxTotalBytes) return UnpackVerdict.TooLarge;
                }
            }
            return UnpackVerdict.Ok;
        }
        catch (InvalidDataException)
        {
            return UnpackVerdict.NotAZip;
        }
        catch (IOException)
        {
            return UnpackVerdict.NotAZip;
        }
        finally
        {
            if (zip.CanSeek) zip.Position = start;
        }
    }
}
