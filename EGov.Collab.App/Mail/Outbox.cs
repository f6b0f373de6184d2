using EGov.Collab.App.Common;
using MimeKit;

namespace EGov.Collab.App.Mail;

/// <summary>The folder of .eml files written by <see cref="OutboxMailSender"/>: write, list, read, prune.</summary>
public sealed class Outbox(PortalPaths paths)
{
    public string Folder => paths.Outbox;

    public async Task<string> WriteAsync(MimeMessage message, DateTimeOffset now, CancellationToken cancellationToken)
    {
        Directory.CreateDirectory(Folder);
        var name = $"{now:yyyyMMdd-HHmmssfff}-{Guid.NewGuid():N}.eml";
        var path = Path.Combine(Folder, name);
        var temporary = path + ".tmp";
        // Declares the transfer encoding of each part, as an SMTP client would before sending.
        message.Prepare(EncodingConstraint.EightBit);
        await message.WriteToAsync(temporary, cancellationToken);
        File.Move(temporary, path);
        return name;
    }

    public IReadOnlyList<OutboxItem> List(int max = 500)
    {
        if (!Directory.Exists(Folder)) return [];
        return new DirectoryInfo(Folder).GetFiles("*.eml")
            .OrderByDescending(f => f.Name, StringComparer.Ordinal)
            .Take(max)
            .Select(Summarise)
            .ToList();
    }

    /// <summary>Reads one message by its file name; null for a name that is not a message in the outbox.</summary>
    public async Task<MimeMessage?> ReadAsync(string fileName, CancellationToken cancellationToken = default)
    {
        if (!IsSafeName(fileName)) return null;
        var path = Path.Combine(Folder, fileName);
        if (!File.Exists(path)) return null;
        return await MimeMessage.LoadAsync(path, cancellationToken);
    }

    public int DeleteOlderThan(DateTimeOffset cutoff)
    {
        if (!Directory.Exists(Folder)) return 0;
        var deleted = 0;
        foreach (var file in new DirectoryInfo(Folder).GetFiles("*.eml"))
        {
            if (file.LastWriteTimeUtc >= cutoff.UtcDateTime) continue;
            file.Delete();
            deleted++;
        }
        return deleted;
    }

    private static bool IsSafeName(string fileName) =>
        !string.IsNullOrEmpty(fileName)
        && fileName.EndsWith(".eml", StringComparison.Ordinal)
        && fileName.IndexOfAny(Path.GetInvalidFileNameChars()) < 0
        && !fileName.Contains("..", StringComparison.Ordinal);

    private static OutboxItem Summarise(FileInfo file)
    {
        using var stream = file.OpenRead();
        var headers = HeaderList.Load(stream);
        return new OutboxItem(file.Name, headers[HeaderId.To] ?? "", headers[HeaderId.Subject] ?? "", new DateTimeOffset(file.LastWriteTimeUtc, TimeSpan.Zero));
    }
}

public sealed record OutboxItem(string FileName, string To, string Subject, DateTimeOffset WrittenAt);
