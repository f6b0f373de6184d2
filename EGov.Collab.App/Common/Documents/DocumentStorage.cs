namespace EGov.Collab.App.Common.Documents;

/// <summary>Where the store keeps files: <c>{data}/documents/ab/abcdef…</c> by SHA-256, and uploads in progress apart.</summary>
public sealed class DocumentStorage(PortalPaths paths)
{
    public string Root { get; } = Path.Combine(paths.DataFolder, "documents");

    public string Incoming => Path.Combine(Root, "incoming");

    public string PathOf(string sha256) => Path.Combine(Root, sha256[..2], sha256);

    /// <summary>A new file for an upload in progress; the caller deletes or moves it.</summary>
    public string NewIncomingFile()
    {
        Directory.CreateDirectory(Incoming);
        return Path.Combine(Incoming, Guid.NewGuid().ToString("N"));
    }
}
