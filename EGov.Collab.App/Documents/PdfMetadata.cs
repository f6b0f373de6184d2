namespace EGov.Collab.App.Documents;

/// <summary>The document information dictionary (what a viewer shows under "Properties").</summary>
internal sealed class PdfMetadata
{
    public string? Title { get; set; }

    public string? Author { get; set; }

    public string? Subject { get; set; }

    public string? Keywords { get; set; }

    public string Creator { get; set; } = "EGov.Collab";

    public DateTimeOffset? Created { get; set; }
}
